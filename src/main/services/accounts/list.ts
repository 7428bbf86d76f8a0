import type { AccountListRow, AccountPage } from '../../../shared/domain/account';
import type { ParsedInputOf } from '../../../shared/api';
import type { Core } from '../../core/core';

/** Sort keys map to indexed columns; the id breaks ties so pages never overlap. */
const ORDER: Record<ParsedInputOf<'listAccounts'>['sort']['key'], string> = {
  name: 'a.sort_name',
  city: 'a.city',
  country: 'a.country',
  lifecycle: 'a.lifecycle',
  tier: 'a.tier',
  owner: 'm.name',
  updated: 'a.updated_hlc',
};

const FILTER_COLUMNS = {
  kind: 'a.kind',
  salesForce: 'a.sales_force',
  lifecycle: 'a.lifecycle',
  ownerId: 'a.owner_id',
} as const;

/** One page of the account list, filtered and sorted in SQL. */
export function listAccounts(core: Core, query: ParsedInputOf<'listAccounts'>): AccountPage {
  const where = ['a.deleted = 0'];
  const params: unknown[] = [];
  const { filter, sort } = query;
  if (!filter.includeArchived) where.push('a.archived = 0');
  for (const [key, column] of Object.entries(FILTER_COLUMNS)) {
    const values = filter[key as keyof typeof FILTER_COLUMNS];
    if (values && values.length > 0) {
      where.push(`${column} IN (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    }
  }
  if (filter.parentId) {
    where.push('a.parent_id = ?');
    params.push(filter.parentId);
  }
  const whereSql = where.join(' AND ');
  const direction = sort.desc ? 'DESC' : 'ASC';
  const rows = core
    .statement(
      `SELECT a.id, a.name, a.kind, a.city, a.country, a.lifecycle, a.tier,
              a.sales_force AS salesForce, a.owner_id AS ownerId, m.name AS ownerName,
              p.name AS parentName, a.archived
       FROM accounts a
       LEFT JOIN team_members m ON m.id = a.owner_id
       LEFT JOIN accounts p ON p.id = a.parent_id
       WHERE ${whereSql}
       ORDER BY ${ORDER[sort.key]} ${direction} NULLS LAST, a.id ${direction}
       LIMIT ? OFFSET ?`,
    )
    .all(...params, query.limit, query.offset) as (Omit<AccountListRow, 'archived'> & {
    archived: number;
  })[];
  const { total } = core
    .statement(`SELECT count(*) AS total FROM accounts a WHERE ${whereSql}`)
    .get(...params) as { total: number };
  return {
    rows: rows.map((r) => ({ ...r, archived: r.archived === 1 })),
    total,
    offset: query.offset,
  };
}
