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
import { dayNumber, idBytes, idText, mappingOf } from '../../db/codec';
import { requireReferences } from '../records/crud';
import { messages } from '../../../shared/domain/messages';

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
    checkCreditTotal(core, input.accountId, null, input.creditShare, input.validTo);
    if (input.isOwner) checkOneOwner(core, input.accountId, null, input.validTo);
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
    if (next.validTo && next.validTo < next.validFrom) {
      throw RapportError.validation('validTo', messages.endBeforeStart({}));
    }
    checkCreditTotal(core, current.accountId, id, next.creditShare, next.validTo);
    if (next.isOwner) checkOneOwner(core, current.accountId, id, next.validTo);
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

/** Credit on one account is shared out of 100%: the current shares may not exceed it. */
function checkCreditTotal(
  core: Core,
  accountId: string,
  excludeId: string | null,
  share: number,
  validTo: string | null,
): void {
  if (validTo && validTo < today()) return;
  const { total } = core
    .statement(
      `SELECT coalesce(sum(credit_share), 0) AS total FROM assignments s
       WHERE s.account_id = ? AND s.id IS NOT ? AND ${CURRENT}`,
    )
    .get(idBytes(accountId), excludeId && idBytes(excludeId), dayNumber(today())) as {
    total: number;
  };
  if (total + share > 100) {
    const name = (
      core.statement('SELECT name FROM accounts WHERE id = ?').get(idBytes(accountId)) as {
        name: string;
      }
    ).name;
    throw RapportError.validation(
      'creditShare',
      `Credit shares for ${name} would add up to ${total + share}% (at most 100%; ${total}% is already given)`,
    );
  }
}

/** An account has one owner at a time. */
function checkOneOwner(
  core: Core,
  accountId: string,
  excludeId: string | null,
  validTo: string | null,
): void {
  if (validTo && validTo < today()) return;
  const owner = currentOwners(core, accountId).find((o) => o.assignmentId !== excludeId);
  if (owner) {
    throw RapportError.validation(
      'isOwner',
      `${owner.memberName} already owns this account; hand it over instead (set a new owner)`,
    );
  }
}
