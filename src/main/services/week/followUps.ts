import { interactionsTable, type Interaction } from '../../../shared/domain/interaction';
import type { AgendaItem } from '../../../shared/domain/week';
import type { Core } from '../../core/core';
import { withLinks } from '../../core/records';
import { mappingOf } from '../../db/codec';
import { COVERED, withContact, type AgendaBook, type Coverage, type Reachable } from './book';

type Values = Record<string, unknown>;

/**
 * An open follow-up: a next step with a due date, not done, on a live interaction; `i` is
 * the alias of an interaction row.
 */
export const openFollowUp = (i: string) =>
  `${i}.next_step_due IS NOT NULL AND ${i}.next_step_done = 0 AND ${i}.deleted = 0 AND ${i}.archived = 0`;
const OPEN = openFollowUp('interactions');

/**
 * Open follow-ups due by the window's last day, overdue ones included, at the accounts
 * the member covers and wherever the member logged them (a colleague's account they
 * visited stays theirs to follow up). Each half reads its own partial index of open
 * follow-ups (migration 0005).
 */
export function openFollowUps(core: Core, coverage: Coverage): Interaction[] {
  const rows = core.statement(OPEN_FOLLOW_UPS).all(coverage) as Values[];
  return withLinks<Interaction>(core, interactionsTable, rows);
}

const select = mappingOf(interactionsTable).select;
export const OPEN_FOLLOW_UPS = `SELECT ${select} FROM interactions
  WHERE account_id IN (${COVERED}) AND ${OPEN} AND next_step_due <= :to
  UNION
  SELECT ${select} FROM interactions
  WHERE member_id = :member AND ${OPEN} AND next_step_due <= :to`;

/**
 * The contact a follow-up is with: the first one named who may be contacted, else the
 * first one named (shown, without a channel), else none.
 */
export function followUpContact(
  book: AgendaBook,
  interaction: Pick<Interaction, 'accountId' | 'contactIds'>,
): Reachable | null {
  const named = interaction.contactIds
    .map((id) => book.contact(interaction.accountId, id))
    .filter((c): c is Reachable => c !== null);
  return named.find((c) => !c.doNotContact) ?? named[0] ?? null;
}

/** Each follow-up as an agenda item; one due before `from` is overdue. */
export function followUpItems(
  book: AgendaBook,
  followUps: readonly Interaction[],
  from: string,
): AgendaItem[] {
  return followUps.flatMap((i) => {
    const account = book.account(i.accountId);
    if (!account || !i.nextStepDue) return [];
    return [
      {
        ref: { kind: 'follow_up' as const, interactionId: i.id },
        day: i.nextStepDue,
        kind: 'follow_up' as const,
        overdue: i.nextStepDue < from,
        title: i.nextStep ?? i.subject,
        years: null,
        interactionId: i.id,
        ...withContact(account, followUpContact(book, i)),
      },
    ];
  });
}
