import { AccountFields } from '../../../shared/domain/account';
import { normalize } from '../../../shared/text';
import type { TableSpec } from '../../db/tables';

export const accountsTable: TableSpec = {
  name: 'accounts',
  fields: Object.keys(AccountFields.shape),
  derived: (row) => ({ sort_name: normalize(String(row.name ?? '')) }),
};
