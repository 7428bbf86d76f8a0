import { purchasesTable, type Purchase } from '../../../shared/domain/commerce';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import { accountRecords } from '../records/crud';

type Values = Record<string, unknown>;

/**
 * A period ends on or after its start. The boundary checks a patch that names both
 * dates; this catches a patch that moves only one of them past the stored other.
 */
function periodInOrder(_core: Core, after: Values, before: Values | null): void {
  if ((after.periodEnd as string) < (after.periodStart as string)) {
    throw RapportError.validation(
      before ? 'patch.periodEnd' : 'periodEnd',
      'Period end cannot be before its start',
    );
  }
}

/** What an account bought, latest period first. */
const records = accountRecords<Purchase>(
  purchasesTable,
  'period_start DESC, id DESC',
  periodInOrder,
);

export const listPurchases = records.list;
export const getPurchase = records.get;
export const createPurchase = records.create;
export const updatePurchase = records.update;
export const archivePurchase = records.archive;
