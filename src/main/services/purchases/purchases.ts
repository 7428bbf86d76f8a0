import { purchasesTable, type Purchase } from '../../../shared/domain/commerce';
import { accountRecords } from '../records/crud';

/** What an account bought, latest period first. */
const records = accountRecords<Purchase>(purchasesTable, 'period_start DESC, id DESC');

export const listPurchases = records.list;
export const getPurchase = records.get;
export const createPurchase = records.create;
export const updatePurchase = records.update;
export const archivePurchase = records.archive;
