import { purchasesTable, type Purchase } from '../../../shared/domain/commerce';
import { accountRecords, datesInOrder } from '../records/crud';
import { messages } from '../../../shared/domain/messages';

/** What an account bought, latest period first. */
const records = accountRecords<Purchase>(
  purchasesTable,
  'period_start DESC, id DESC',
  datesInOrder('periodStart', 'periodEnd', messages.periodBackwards({})),
);

export const listPurchases = records.list;
export const getPurchase = records.get;
export const createPurchase = records.create;
export const updatePurchase = records.update;
export const archivePurchase = records.archive;
