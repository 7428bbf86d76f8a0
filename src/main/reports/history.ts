import type { CoverageSpell, FieldChange } from '../../shared/domain/history';
import type { ParsedJobInputOf } from '../../shared/jobs';
import { accountReadRefusal } from '../../shared/roles/readRule';
import { enumLabel, wordsOf } from '../../shared/words';
import { currentActor, type Core } from '../core/core';
import { localFacts, today } from '../core/permissions';
import { idText } from '../db/codec';
import { accountHistory } from '../services/history/accountHistory';
import type { Cell, ReportColumn, ReportTable } from './table';

/** One start or end of an assignment: who moved what, when, why, and who did it. */
interface Move {
  day: string;
  event: 'started' | 'ended';
  account: string;
  spell: CoverageSpell;
  reason: string | null;
  by: string | null;
  /** When the change was recorded, if the change log has it. */
  at: string | null;
}

/**
 * The assignment history (an audit, from the account histories the app shows): every
 * assignment started or ended — hand-overs and their undoing among them — with the
 * day, the member, role and share, the reason, and who made it, newest first. Only the
 * accounts whose history the role rule lets the signed-in member read (a rep: those
 * they cover; a lead: the team's book; an admin: all); one account named that they may
 * not read is refused as the app refuses it. Optionally one account, and a period.
 */
export function historyReport(core: Core, input: ParsedJobInputOf<'export'>): ReportTable {
  const w = wordsOf(input.language);
  const c = w.report.columns;
  const inPeriod = (m: Move) =>
    (!input.from || m.day >= input.from) && (!input.to || m.day <= input.to);
  const moves = readableAccounts(core, input.accountId)
    .flatMap(({ id, name }) => movesOf(name, accountHistory(core, { accountId: id })))
    .filter(inPeriod)
    .sort(newestFirst);
  const columns: ReportColumn[] = [
    { header: c.day, kind: 'date' },
    { header: c.event, kind: 'text' },
    { header: c.account, kind: 'text' },
    { header: c.member, kind: 'text' },
    { header: c.role, kind: 'text' },
    { header: c.isOwner, kind: 'boolean' },
    { header: c.creditShare, kind: 'number' },
    { header: c.reason, kind: 'text' },
    { header: c.previousOwner, kind: 'text' },
    { header: c.by, kind: 'text' },
    { header: c.recordedAt, kind: 'text' },
  ];
  return {
    title: w.report.titles.history,
    columns,
    count: moves.length,
    *rows() {
      for (const m of moves) {
        const cells: Cell[] = [
          m.day,
          enumLabel(w, 'historyEvent', m.event),
          m.account,
          m.spell.memberName,
          enumLabel(w, 'coverageRole', m.spell.role),
          m.spell.isOwner,
          m.spell.creditShare,
          m.reason,
          m.event === 'started' ? m.spell.previousOwner : null,
          m.by,
          m.at && `${m.at.slice(0, 10)} ${m.at.slice(11, 16)}`,
        ];
        yield cells;
      }
    },
  };
}

/**
 * The accounts to report: the one named (its history refuses a reader the rule refuses),
 * or every account ever assigned whose history the role rule lets the member read.
 */
function readableAccounts(core: Core, accountId: string | undefined) {
  const facts = localFacts(core);
  if (accountId) return [{ id: accountId, name: facts.accountName(accountId) }];
  const actor = currentActor(core);
  const day = today();
  const rows = core
    .statement(
      `SELECT a.id, a.name FROM accounts a
       WHERE a.deleted = 0 AND EXISTS (SELECT 1 FROM assignments s
         WHERE s.account_id = a.id AND s.deleted = 0)`,
    )
    .all() as { id: Buffer; name: string }[];
  return rows
    .map((r) => ({ id: idText(r.id), name: r.name }))
    .filter((a) => !actor || accountReadRefusal(actor, a.id, facts, day) === null);
}

/**
 * Each assignment's start and end, with the reason and the author of the write that
 * made each, from the change log; an assignment the log does not hold (one synced in
 * as a snapshot, or the demo's) keeps what the row says: its reason is the last one
 * given, the end's if it ended, and who assigned it.
 */
function movesOf(
  account: string,
  { coverage, changes }: ReturnType<typeof accountHistory>,
): Move[] {
  return coverage.flatMap((spell) => {
    const writes = changes.filter((ch) => ch.table === 'assignments' && ch.rowId === spell.id);
    // The log's first write of a row it did not see made is flagged `created` too: only
    // a write naming the member made the assignment (no change of one names it again).
    const made = writeOf(writes, (ch) => ch.created && ch.field === 'memberId');
    const ended = writeOf(writes, (ch) => ch.field === 'validTo' && ch.after !== null);
    const start: Move = {
      day: spell.validFrom,
      event: 'started',
      account,
      spell,
      reason: made ? made.reason : spell.validTo === null ? spell.reason : null,
      by: made?.by ?? spell.assignedBy,
      at: made?.at ?? null,
    };
    if (spell.validTo === null) return [start];
    const end: Move = {
      day: spell.validTo,
      event: 'ended',
      account,
      spell,
      reason: ended?.reason ?? spell.reason,
      by: ended?.by ?? null,
      at: ended?.at ?? null,
    };
    return [start, end];
  });
}

/**
 * The newest write (one clock, one device) with a change that `picks`: its author, when
 * it was, and the reason it set. `changes` are newest first.
 */
function writeOf(changes: readonly FieldChange[], picks: (change: FieldChange) => boolean) {
  const found = changes.find(picks);
  if (!found) return null;
  const reason = changes.find(
    (ch) => ch.at === found.at && ch.device === found.device && ch.field === 'reason',
  );
  return {
    by: found.memberName,
    at: found.at,
    reason: typeof reason?.after === 'string' ? reason.after : null,
  };
}

/** The latest day first; within a day, the latest recorded, a start before its end. */
function newestFirst(a: Move, b: Move): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  const at = (a.at ?? '').localeCompare(b.at ?? '');
  if (at !== 0) return -at;
  if (a.event !== b.event) return a.event === 'started' ? -1 : 1;
  return a.account < b.account ? -1 : a.account > b.account ? 1 : 0;
}
