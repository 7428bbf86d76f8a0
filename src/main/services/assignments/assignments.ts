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
import { dayNumber, dayText, idBytes, idText, mappingOf } from '../../db/codec';
import { coverageRefusal, type Cover } from '../../../shared/rules/coverage';
import { requireReferences } from '../records/crud';

const today = (): string => new Date().toISOString().slice(0, 10);
const CURRENT = 's.deleted = 0 AND (s.valid_to IS NULL OR s.valid_to >= ?)';

/** The covering team of an account: current assignments, or the whole history. */
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
  return decoded.map((a, i) => ({
    ...a,
    memberName: rows[i]!.member_name as string,
    memberSalesForce: rows[i]!.member_sales_force as CoverageRow['memberSalesForce'],
    memberFunction: rows[i]!.member_function as CoverageRow['memberFunction'],
  }));
}

interface Ownership {
  /** The owner assignment. */
  assignmentId: string;
  memberId: string;
  memberName: string;
}

/** The account's current owner assignments (DESIGN §9: one at a time), on the owner index. */
function currentOwners(core: Core, accountId: string): Ownership[] {
  const rows = core
    .statement(
      `SELECT s.id, m.id AS memberId, m.name FROM assignments s
       JOIN team_members m ON m.id = s.member_id
       WHERE s.account_id = ? AND s.is_owner = 1 AND ${CURRENT}`,
    )
    .all(idBytes(accountId), dayNumber(today())) as {
    id: Buffer;
    memberId: Buffer;
    name: string;
  }[];
  return rows.map((r) => ({
    assignmentId: idText(r.id),
    memberId: idText(r.memberId),
    memberName: r.name,
  }));
}

/** The account's owner: its current owner assignment, or null. */
export function ownerOf(core: Core, accountId: string): { id: string; name: string } | null {
  const [owner] = currentOwners(core, accountId);
  return owner ? { id: owner.memberId, name: owner.memberName } : null;
}

export function assignAccount(core: Core, input: ParsedInputOf<'assignAccount'>): Assignment {
  return inTransaction(core, () => {
    requireReferences(core, assignmentsTable, input);
    checkCoverage(core, input.accountId, { ...input, id: '', memberName: '' });
    return insertRecord<Assignment>(core, assignmentsTable, {
      ...input,
      assignedById: currentActor(core)?.id ?? null,
    });
  });
}

export function updateAssignment(
  core: Core,
  { id, patch }: ParsedInputOf<'updateAssignment'>,
): Assignment {
  return inTransaction(core, () => {
    const current = getRecord<Assignment>(core, assignmentsTable, id);
    const next = { ...current, ...patch };
    checkCoverage(core, current.accountId, { ...next, memberName: '' });
    return updateRecord<Assignment>(core, assignmentsTable, id, patch);
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

/** Hands an account to a new owner: the old owner assignment ends today. */
export function setAccountOwner(
  core: Core,
  { accountId, memberId, reason }: ParsedInputOf<'setAccountOwner'>,
): Assignment {
  return inTransaction(core, () => {
    requireReferences(core, assignmentsTable, { accountId, memberId });
    for (const owner of currentOwners(core, accountId)) {
      updateRecord(core, assignmentsTable, owner.assignmentId, {
        validTo: today(),
        isOwner: false,
        reason: reason ?? 'Handed to a new owner',
      });
    }
    return startOwnership(core, accountId, memberId, reason ?? 'New owner');
  });
}

/** Makes a member the owner of an account from today, as its account manager. */
export function startOwnership(
  core: Core,
  accountId: string,
  memberId: string,
  reason: string,
): Assignment {
  return insertRecord<Assignment>(core, assignmentsTable, {
    accountId,
    memberId,
    role: 'account_manager',
    isOwner: true,
    creditShare: 0,
    validFrom: today(),
    validTo: null,
    reason,
    assignedById: currentActor(core)?.id ?? null,
  });
}

/**
 * The rules across an account's assignments (credit out of 100%, one owner at a time),
 * asked with the account's assignments that count today: the same rule the sync server
 * asks of a pushed assignment (src/shared/rules/coverage.ts).
 */
function checkCoverage(core: Core, accountId: string, next: Cover): void {
  const rows = core
    .statement(
      `SELECT s.id, m.name, s.is_owner, s.credit_share, s.valid_from, s.valid_to
       FROM assignments s JOIN team_members m ON m.id = s.member_id
       WHERE s.account_id = ? AND ${CURRENT}`,
    )
    .all(idBytes(accountId), dayNumber(today())) as {
    id: Buffer;
    name: string;
    is_owner: number;
    credit_share: number;
    valid_from: number;
    valid_to: number | null;
  }[];
  const others: Cover[] = rows.map((r) => ({
    id: idText(r.id),
    memberName: r.name,
    isOwner: r.is_owner === 1,
    creditShare: r.credit_share,
    validFrom: dayText(r.valid_from),
    validTo: r.valid_to === null ? null : dayText(r.valid_to),
  }));
  const name = () =>
    (
      core.statement('SELECT name FROM accounts WHERE id = ?').get(idBytes(accountId)) as {
        name: string;
      }
    ).name;
  const refused = coverageRefusal(next, others, today(), others.length > 0 ? name() : '');
  if (refused) throw RapportError.validation(refused.field, refused.message);
}
