import { accountsTable, type Account } from '../../../shared/domain/account';
import {
  assignmentsTable,
  type Staffing,
  type StaffingEntry,
} from '../../../shared/domain/assignment';
import type { CoverageRole } from '../../../shared/domain/enums';
import { messages } from '../../../shared/domain/messages';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import {
  coverageRefusal,
  inForce,
  splitRefusal,
  templateGaps,
  type Cover,
} from '../../../shared/rules/coverage';
import { membersTable } from '../../../shared/domain/team';
import { currentActor, type Core } from '../../core/core';
import type { Authorize } from '../../core/permissions';
import {
  getRecord,
  insertRows,
  inTransaction,
  requireReference,
  updateRows,
} from '../../core/records';
import { hexIdList, idBytes, idText } from '../../db/codec';
import {
  coversByAccount,
  leaverOf,
  listCoverage,
  refuseLeaver,
  today,
  type Covering,
  type Leaver,
} from './assignments';

/** An assignment in force that the staffing keeps exactly as it is. */
const unchanged = (was: Covering, entry: Line) =>
  was.memberId === entry.memberId &&
  was.role === entry.role &&
  was.isOwner === entry.isOwner &&
  was.overlay === entry.overlay &&
  was.creditShare === entry.creditShare &&
  // a revenue share names no end (it keeps the one it has); an overlay's is its own
  (!entry.overlay || was.validTo === (entry.validTo ?? null));

/** A line of a staffing as the core writes it (a hand-over's lines have no id or end). */
type Line = Omit<StaffingEntry, 'id' | 'validTo'> & { id?: string | null; validTo?: string | null };

/**
 * Sets an account's whole staffing from today, as one write (issue 20): its revenue
 * shares add up to exactly 100% (or it has none), with one owner. An assignment in
 * force that the staffing keeps as it is stays; every other one ends today, keeping
 * what it was as history (with the reason); each new or changed one starts today. A
 * hand-over day is the incoming cover's (src/shared/rules/coverage.ts), so nothing
 * ended today counts against what starts today, and each write on its own keeps the
 * rules the sync server asks of it: the ends go first, then the starts.
 */
export function staffAccount(
  core: Core,
  { accountId, team, reason }: ParsedInputOf<'staffAccount'>,
): Staffing {
  return inTransaction(core, () => {
    const account = getRecord<Account>(core, accountsTable, accountId);
    const day = today();
    const split = splitRefusal(
      team.map((e) => ({ ...e, id: '', memberName: '', validFrom: day, validTo: null })),
      day,
      account.name,
    );
    if (split) throw RapportError.validation('team', split.message);
    restaff(core, [{ account: { id: accountId, name: account.name }, team }], reason ?? null);
    return staffingOf(core, accountId, account);
  });
}

/** An account and the team it is to have in force from today. */
export interface Restaffing {
  account: { id: string; name: string };
  team: readonly Line[];
}

/**
 * Makes each account's cover in force the given team from today, inside the caller's
 * transaction (staffing one account, a hand-over of thousands and its undo). A line
 * with an id keeps that assignment; one without keeps an assignment in force exactly
 * like it, if there is one (so nothing is ended and restarted for nothing), else starts
 * a new one today. Every other assignment in force ends today with the reason. All of
 * it is checked before anything is written, then written in bulk: the ends first, then
 * the starts, each through the one write path with `authorize` (the role check; the
 * live book's by default). `covers` are the accounts' coversByAccount when the caller
 * has just read them. A refused line is named by its place (`team.2.memberId`).
 */
export function restaff(
  core: Core,
  items: readonly Restaffing[],
  reason: string | null,
  {
    authorize,
    covers = coversByAccount(
      core,
      items.map((i) => i.account.id),
    ),
  }: { authorize?: Authorize; covers?: ReadonlyMap<string, Covering[]> } = {},
): void {
  const day = today();
  requireAccounts(core, items);
  const members = new Map<string, Leaver | undefined>();
  const memberOf = (id: string) => {
    if (!members.has(id)) {
      requireReference(core, membersTable, 'memberId', id);
      members.set(id, leaverOf(core, id));
    }
    return members.get(id);
  };
  const ends: { id: string; patch: Record<string, unknown> }[] = [];
  const starts: Record<string, unknown>[] = [];
  const assignedById = currentActor(core)?.id ?? null;
  for (const { account, team } of items) {
    const all = covers.get(account.id) ?? [];
    const current = new Map(inForce(all, day).map((c) => [c.id, c]));
    const kept = new Set<string>();
    const starting: { entry: Line; at: string }[] = [];
    team.forEach((entry, i) => {
      const id = entry.id ?? null;
      const was = id
        ? current.get(id)
        : [...current.values()].find((c) => !kept.has(c.id) && unchanged(c, entry));
      if (id && !was) {
        throw RapportError.validation(
          `team.${i}.id`,
          messages.notInForce({ account: account.name }),
        );
      }
      if (was && unchanged(was, entry)) kept.add(was.id);
      else if (entry.validTo && entry.validTo < day) {
        throw RapportError.validation(`team.${i}.validTo`, messages.endBeforeStart({}));
      } else starting.push({ entry, at: `team.${i}.` });
    });
    const ending = [...current.values()].filter((c) => !kept.has(c.id) && c.validTo !== day);
    for (const c of ending) {
      ends.push({ id: c.id, patch: { validTo: day, reason: reason ?? 'Staffing changed' } });
    }
    // The coverage rules see each start as the writes before it leave the account.
    const others: Cover[] = all.map((c) => (ending.includes(c) ? { ...c, validTo: day } : c));
    for (const { entry, at } of starting) {
      refuseLeaver(core, entry.memberId, entry.validTo ?? null, at, memberOf(entry.memberId));
      const next = {
        accountId: account.id,
        memberId: entry.memberId,
        role: entry.role,
        isOwner: entry.isOwner,
        overlay: entry.overlay,
        creditShare: entry.creditShare,
        validFrom: day,
        validTo: entry.validTo ?? null,
        reason: reason ?? 'Staffed',
        assignedById,
      };
      const cover = { ...next, id: `${at}new`, memberName: '' };
      const refused = coverageRefusal(cover, others, day, account.name);
      if (refused) throw RapportError.validation(refused.field, refused.message);
      others.push(cover);
      starts.push(next);
    }
  }
  updateRows(core, assignmentsTable, ends, authorize);
  insertRows(core, assignmentsTable, starts, authorize);
}

/** Every account must be a live one (as a single write's reference check asks). */
function requireAccounts(core: Core, items: readonly Restaffing[]): void {
  const live = new Set(
    (
      core
        .statement(
          `SELECT id FROM accounts
           WHERE id IN (SELECT unhex(value) FROM json_each(?)) AND deleted = 0`,
        )
        .pluck()
        .all(hexIdList(items.map((i) => i.account.id))) as Buffer[]
    ).map(idText),
  );
  for (const { account } of items) {
    if (!live.has(account.id)) requireReference(core, accountsTable, 'accountId', account.id);
  }
}

/** An account's staffing today, with what its team's template asks for that nobody fills. */
export function getStaffing(core: Core, { accountId }: ParsedInputOf<'getStaffing'>): Staffing {
  return staffingOf(core, accountId, getRecord<Account>(core, accountsTable, accountId));
}

function staffingOf(core: Core, accountId: string, account: Account): Staffing {
  const coverage = listCoverage(core, { accountId, includeEnded: false });
  const owner = coverage.find((c) => c.isOwner);
  if (!owner) return { coverage, missing: [] };
  const roles = coverage.map((c) => c.role);
  return {
    coverage,
    missing: templateGaps(account.salesForce, templateOf(core, owner.memberId), roles),
  };
}

/** The template of a member's team (as an account's owner): empty when they have no team. */
function templateOf(core: Core, memberId: string): CoverageRole[] {
  const row = core
    .statement(`SELECT ${TEAM_TEMPLATE('m')} AS template FROM team_members m WHERE m.id = ?`)
    .get(idBytes(memberId)) as { template: string | null } | undefined;
  return row?.template ? (JSON.parse(row.template) as CoverageRole[]) : [];
}

/** The template of the team of the member `m` (an alias), as JSON; null without a team. */
export const TEAM_TEMPLATE = (m: string) =>
  `(SELECT t.template FROM teams t WHERE t.id = ${m}.team_id AND t.deleted = 0)`;
