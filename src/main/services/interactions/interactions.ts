import { interactionsTable, type Interaction } from '../../../shared/domain/interaction';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import { currentActor, type Core } from '../../core/core';
import { withLinks } from '../../core/records';
import { dayNumber, idBytes, mappingOf } from '../../db/codec';
import { accountRecords, requireContactsOf } from '../records/crud';
import { messages } from '../../../shared/domain/messages';

type Values = Record<string, unknown>;

/**
 * Rules of an interaction beyond its fields, checked with the row as it will be: the
 * contacts present work at its account, and its next step is not due in the past when
 * it is set (that it is not due before the interaction is a row rule of the write path).
 */
function interactionRules(core: Core, after: Values, before: Values | null): void {
  requireContactsOf(
    core,
    after.accountId as string,
    (after.contactIds as string[] | undefined) ?? [],
    `${before ? 'patch.' : ''}contactIds`,
  );
  notDueInThePast(after, before);
}

/**
 * A follow-up is something still to do: a new one cannot be due before today. Only a
 * due date being set is checked, so an overdue follow-up can still be edited or marked
 * done. The sync merge writes a peer's accepted rows without this rule.
 */
function notDueInThePast(after: Values, before: Values | null): void {
  const due = after.nextStepDue as string | null | undefined;
  if (!due || after.nextStepDone === true || due === before?.nextStepDue) return;
  const today = localToday();
  if (due < today) {
    throw RapportError.validation(
      before ? 'patch.nextStepDue' : 'nextStepDue',
      messages.dueInThePast({ today }),
    );
  }
}

/**
 * Today on this laptop's calendar: the core runs beside the person, and a rep west of
 * Greenwich setting a follow-up for this evening must not find it "in the past" in UTC.
 */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const records = accountRecords<Interaction>(
  interactionsTable,
  'occurred_at DESC, id DESC',
  interactionRules,
);

export const listInteractions = records.list;
export const getInteraction = records.get;
export const updateInteraction = records.update;
export const archiveInteraction = records.archive;

/** Logged by whoever is signed in, unless the rep logs it for a colleague. */
export function createInteraction(
  core: Core,
  input: ParsedInputOf<'createInteraction'>,
): Interaction {
  const memberId = input.memberId ?? currentActor(core)?.id ?? null;
  return records.create(core, { ...input, memberId });
}

/**
 * Open follow-ups (a next step with a due date, not yet done), soonest first: what a
 * rep has to do this week. Reads the `interactions_due` partial index, which holds
 * only open follow-ups.
 */
export function listFollowUps(
  core: Core,
  { memberId, dueBefore, limit }: ParsedInputOf<'listFollowUps'>,
): Interaction[] {
  const byMember = memberId ? 'AND member_id = ?' : '';
  const rows = core
    .statement(
      `SELECT ${mappingOf(interactionsTable).select} FROM interactions
       WHERE next_step_due IS NOT NULL AND next_step_done = 0 AND deleted = 0
         AND next_step_due < ? AND archived = 0 ${byMember}
       ORDER BY next_step_due, occurred_at LIMIT ?`,
    )
    .all(dayNumber(dueBefore), ...(memberId ? [idBytes(memberId)] : []), limit) as Values[];
  return withLinks<Interaction>(core, interactionsTable, rows);
}
