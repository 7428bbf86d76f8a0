import {
  AssignmentCreate,
  type Assignment,
  type CoverageRow,
} from '../../../shared/domain/assignment';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import { MANAGERS, requireRole } from '../../core/permissions';
import {
  getRecord,
  insertRecord,
  inTransaction,
  requireReference,
  updateRecord,
} from '../../core/records';
import { fromRow, type TableSpec } from '../../db/tables';
import { accountsTable } from '../accounts/table';
import { membersTable } from '../team/tables';

export const assignmentsTable: TableSpec = {
  name: 'assignments',
  fields: [...Object.keys(AssignmentCreate.shape), 'assignedById'],
};

const today = (): string => new Date().toISOString().slice(0, 10);

/** The covering team of an account: current assignments, or the whole history. */
export function listCoverage(
  core: Core,
  { accountId, includeEnded }: ParsedInputOf<'listCoverage'>,
): CoverageRow[] {
  const current = includeEnded ? '' : 'AND (s.valid_to IS NULL OR s.valid_to >= ?)';
  const params = includeEnded ? [accountId] : [accountId, today()];
  return core
    .statement(
      `SELECT s.*, m.name AS member_name, m.sales_force AS member_sales_force, m.function AS member_function
       FROM assignments s JOIN team_members m ON m.id = s.member_id
       WHERE s.account_id = ? AND s.deleted = 0 ${current}
       ORDER BY s.credit_share DESC, m.name`,
    )
    .all(...params)
    .map((row) => fromRow<CoverageRow>(assignmentsTable, row as Record<string, unknown>));
}

export function assignAccount(core: Core, input: ParsedInputOf<'assignAccount'>): Assignment {
  requireRole(core, MANAGERS, 'assign accounts');
  return inTransaction(core, () => {
    requireReference(core, accountsTable, 'accountId', input.accountId);
    requireReference(core, membersTable, 'memberId', input.memberId);
    checkCreditTotal(core, input.accountId, null, input.creditShare, input.validTo);
    return insertRecord<Assignment>(core, assignmentsTable, {
      ...input,
      assignedById: core.actor?.id ?? null,
    });
  });
}

export function updateAssignment(
  core: Core,
  { id, patch }: ParsedInputOf<'updateAssignment'>,
): Assignment {
  requireRole(core, MANAGERS, 'change assignments');
  return inTransaction(core, () => {
    const current = getRecord<Assignment>(core, assignmentsTable, id);
    const validTo = patch.validTo !== undefined ? patch.validTo : current.validTo;
    const validFrom = patch.validFrom ?? current.validFrom;
    if (validTo && validTo < validFrom) {
      throw RapportError.validation('validTo', 'End date cannot be before the start date');
    }
    checkCreditTotal(
      core,
      current.accountId,
      id,
      patch.creditShare ?? current.creditShare,
      validTo,
    );
    return updateRecord<Assignment>(core, assignmentsTable, id, patch);
  });
}

/** Ends cover from a date; the row stays as history of who covered the account. */
export function endAssignment(
  core: Core,
  { id, validTo, reason }: ParsedInputOf<'endAssignment'>,
): Assignment {
  requireRole(core, MANAGERS, 'end assignments');
  return inTransaction(core, () => {
    const current = getRecord<Assignment>(core, assignmentsTable, id);
    if (validTo < current.validFrom) {
      throw RapportError.validation('validTo', 'End date cannot be before the start date');
    }
    return updateRecord<Assignment>(core, assignmentsTable, id, {
      validTo,
      reason: reason ?? current.reason,
    });
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
      `SELECT coalesce(sum(credit_share), 0) AS total FROM assignments
       WHERE account_id = ? AND deleted = 0 AND id IS NOT ? AND (valid_to IS NULL OR valid_to >= ?)`,
    )
    .get(accountId, excludeId, today()) as { total: number };
  if (total + share > 100) {
    const name = (
      core.statement('SELECT name FROM accounts WHERE id = ?').get(accountId) as { name: string }
    ).name;
    throw RapportError.validation(
      'creditShare',
      `Credit shares for ${name} would add up to ${total + share}% (at most 100%; ${total}% is already given)`,
    );
  }
}
