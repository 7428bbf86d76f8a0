import {
  assignmentsTable,
  type Assignment,
  type CoverageRow,
} from '../../../shared/domain/assignment';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import { currentActor, type Core } from '../../core/core';
import {
  getRecord,
  insertRecord,
  inTransaction,
  updateRecord,
  withLinks,
} from '../../core/records';
import { dayNumber, dayText, hexIdList, idBytes, idText, mappingOf } from '../../db/codec';
import {
  coverageRefusal,
  inForce,
  leftRefusal,
  overlaps,
  type Cover,
} from '../../../shared/rules/coverage';
import { requireReferences } from '../records/crud';

export const today = (): string => new Date().toISOString().slice(0, 10);
const CURRENT = 's.deleted = 0 AND (s.valid_to IS NULL OR s.valid_to >= ?)';

/** The covering team of an account: the assignments in force today, or the whole history. */
export function listCoverage(
  core: Core,
  { accountId, includeEnded }: ParsedInputOf<'listCoverage'>,
): CoverageRow[] {
  const current = includeEnded ? 's.deleted = 0' : CURRENT;
  const params = includeEnded ? [idBytes(accountId)] : [idBytes(accountId), dayNumber(today())];
  const select = mappingOf(assignmentsTable)
    .select.split(', ')
    .map((c) => `s.${c}`)
    .join(', ');
  const rows = core
    .statement(
      `SELECT ${select}, m.name AS member_name, m.sales_force AS member_sales_force,
              m.function AS member_function
       FROM assignments s JOIN team_members m ON m.id = s.member_id
       WHERE s.account_id = ? AND ${current}
       ORDER BY s.is_owner DESC, s.credit_share DESC, m.name`,
    )
    .all(...params) as Record<string, unknown>[];
  const decoded = withLinks<Assignment>(core, assignmentsTable, rows);
  const all = decoded.map((a, i) => ({
    ...a,
    memberName: rows[i]!.member_name as string,
    memberSalesForce: rows[i]!.member_sales_force as CoverageRow['memberSalesForce'],
    memberFunction: rows[i]!.member_function as CoverageRow['memberFunction'],
  }));
  // On a hand-over day the outgoing cover has given way (it stays in the history).
  return includeEnded ? all : inForce(all, today());
}

/** An assignment of the account as the coverage rules read it, with its member. */
export interface Covering extends Cover {
  readonly memberId: string;
  readonly role: Assignment['role'];
}

/**
 * The account's assignments not ended before today (history aside, all the coverage
 * rules read), on the account index.
 */
export function coversOf(core: Core, accountId: string): Covering[] {
  return coversByAccount(core, [accountId]).get(accountId) ?? [];
}

/**
 * coversOf for many accounts, read in one step; the members' names are read once each
 * (a hand-over's accounts share a few members).
 */
export function coversByAccount(
  core: Core,
  accountIds: readonly string[],
): Map<string, Covering[]> {
  const rows = core
    .statement(
      `SELECT s.account_id, s.id, s.member_id, s.role, s.is_owner, s.overlay, s.credit_share,
              s.valid_from, s.valid_to
       FROM assignments s
       WHERE s.account_id IN (SELECT unhex(value) FROM json_each(?)) AND ${CURRENT}`,
    )
    .all(hexIdList(accountIds), dayNumber(today())) as (CoverRow & { account_id: Buffer })[];
  const names = memberNames(core, rows);
  const byAccount = new Map<string, Covering[]>();
  for (const r of rows) {
    const key = idText(r.account_id);
    let list = byAccount.get(key);
    if (!list) byAccount.set(key, (list = []));
    list.push(coverOf(r, names.get(idText(r.member_id)) ?? ''));
  }
  return byAccount;
}

/** The names of the members of these assignments, by member id. */
function memberNames(core: Core, rows: readonly { member_id: Buffer }[]): Map<string, string> {
  const ids = [...new Set(rows.map((r) => idText(r.member_id)))];
  const found = core
    .statement(
      `SELECT id, name FROM team_members WHERE id IN (SELECT unhex(value) FROM json_each(?))`,
    )
    .all(hexIdList(ids)) as { id: Buffer; name: string }[];
  return new Map(found.map((m) => [idText(m.id), m.name]));
}

/** An assignment as coversOf reads it. */
interface CoverRow {
  id: Buffer;
  member_id: Buffer;
  role: Assignment['role'];
  is_owner: number;
  overlay: number;
  credit_share: number;
  valid_from: number;
  valid_to: number | null;
}

/** A stored assignment as the coverage rules read it, with its member's name. */
function coverOf(r: CoverRow, memberName: string): Covering {
  return {
    id: idText(r.id),
    memberId: idText(r.member_id),
    memberName,
    role: r.role,
    isOwner: r.is_owner === 1,
    overlay: r.overlay === 1,
    creditShare: r.credit_share,
    validFrom: dayText(r.valid_from),
    validTo: r.valid_to === null ? null : dayText(r.valid_to),
  };
}

/** The account's owner today: its owner assignment in force (one handed over today gives way). */
export function ownerOf(core: Core, accountId: string): { id: string; name: string } | null {
  const owner = inForce(coversOf(core, accountId), today()).find((c) => c.isOwner);
  return owner ? { id: owner.memberId, name: owner.memberName } : null;
}

export function assignAccount(core: Core, input: ParsedInputOf<'assignAccount'>): Assignment {
  return inTransaction(core, () => {
    requireReferences(core, assignmentsTable, input);
    refuseLeaver(core, input.memberId, input.validTo ?? null);
    // Written first, so a write the role rule forbids is refused as such; a refusal of
    // the coverage rules then undoes it with the transaction.
    const made = insertRecord<Assignment>(core, assignmentsTable, {
      ...input,
      assignedById: currentActor(core)?.id ?? null,
    });
    checkCoverage(core, input.accountId, { ...made, memberName: '' });
    return made;
  });
}

export function updateAssignment(
  core: Core,
  { id, patch }: ParsedInputOf<'updateAssignment'>,
): Assignment {
  return inTransaction(core, () => {
    const current = getRecord<Assignment>(core, assignmentsTable, id);
    const next = updateRecord<Assignment>(core, assignmentsTable, id, patch);
    // After the write (see assignAccount): the transaction undoes it when refused.
    checkCoverage(core, current.accountId, { ...next, memberName: '' });
    return next;
  });
}

/**
 * Ends cover from a date; the row stays as history of who covered the account. A
 * date in the future (re)opens it until then, so it counts against the credit cap.
 */
export function endAssignment(
  core: Core,
  { id, validTo, reason }: ParsedInputOf<'endAssignment'>,
): Assignment {
  return updateAssignment(core, {
    id,
    patch: reason === null ? { validTo } : { validTo, reason },
  });
}

/**
 * Hands an account to a new owner from today. The outgoing owner's assignment ends
 * today and keeps what it was (owner, share, dates: the account's history), with the
 * reason; the incoming owner takes its revenue share, so the account's shares still
 * add up as they did. A lead who wants another split staffs the account instead.
 */
export function setAccountOwner(
  core: Core,
  { accountId, memberId, reason }: ParsedInputOf<'setAccountOwner'>,
): Assignment {
  return inTransaction(core, () => {
    requireReferences(core, assignmentsTable, { accountId, memberId });
    const day = today();
    // The incoming member's own cover (say, as engineer) is folded into the ownership.
    for (const c of inForce(coversOf(core, accountId), day)) {
      if (!c.isOwner && c.memberId !== memberId) continue;
      updateRecord(core, assignmentsTable, c.id, {
        validTo: day,
        reason: reason ?? (c.isOwner ? 'Handed to a new owner' : 'Became the owner'),
      });
    }
    return startOwnership(core, accountId, memberId, reason ?? 'New owner');
  });
}

/**
 * Makes a member the owner of an account from today, as its account manager, with the
 * revenue share the account's other cover in force leaves (all of it on a new account).
 */
export function startOwnership(
  core: Core,
  accountId: string,
  memberId: string,
  reason: string,
): Assignment {
  const day = today();
  refuseLeaver(core, memberId, null);
  const staying = coversOf(core, accountId).filter(
    (c) => !c.overlay && overlaps(c, { validFrom: day, validTo: null }),
  );
  const given = staying.reduce((sum, c) => sum + c.creditShare, 0);
  const owner = {
    accountId,
    memberId,
    role: 'account_manager' as const,
    isOwner: true,
    overlay: false,
    creditShare: Math.max(0, Math.round((100 - given) * 100) / 100),
    validFrom: day,
    validTo: null,
    reason,
  };
  checkCoverage(core, accountId, { ...owner, id: '', memberName: '' });
  return insertRecord<Assignment>(core, assignmentsTable, {
    ...owner,
    assignedById: currentActor(core)?.id ?? null,
  });
}

/** A member as the leaver rule reads them: their name and the day they left. */
export interface Leaver {
  name: string;
  leftOn: string | null;
}

export function leaverOf(core: Core, memberId: string): Leaver | undefined {
  const member = core
    .statement('SELECT name, left_on FROM team_members WHERE id = ?')
    .get(idBytes(memberId)) as { name: string; left_on: number | null } | undefined;
  return (
    member && {
      name: member.name,
      leftOn: member.left_on === null ? null : dayText(member.left_on),
    }
  );
}

/**
 * A member who has left is given no new accounts (src/shared/rules/coverage.ts); `at`
 * places the message (`team.2.` for a staffing's third line).
 */
export function refuseLeaver(
  core: Core,
  memberId: string,
  validTo: string | null,
  at = '',
  member = leaverOf(core, memberId),
): void {
  if (!member) return;
  const refused = leftRefusal(member, { validTo });
  if (refused) throw RapportError.validation(`${at}${refused.field}`, refused.message);
}

/**
 * The rules across an account's assignments (credit out of 100%, one owner at a time),
 * asked with the account's assignments not ended before today: the same rule the sync
 * server asks of a pushed assignment (src/shared/rules/coverage.ts).
 */
export function checkCoverage(core: Core, accountId: string, next: Cover): void {
  const others = coversOf(core, accountId);
  const name = () =>
    (
      core.statement('SELECT name FROM accounts WHERE id = ?').get(idBytes(accountId)) as {
        name: string;
      }
    ).name;
  const refused = coverageRefusal(next, others, today(), others.length > 0 ? name() : '');
  if (refused) throw RapportError.validation(refused.field, refused.message);
}
