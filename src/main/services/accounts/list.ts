import type { AccountListRow, AccountPage } from '../../../shared/domain/account';
import type { ParsedInputOf } from '../../../shared/api';
import type { Core } from '../../core/core';
import { dayNumber, idBytes, idText, instantText } from '../../db/codec';
import { OWNER_JOIN, ownsOn } from '../assignments/ownerSql';

/** Sort keys map to columns; the id breaks ties so pages never overlap. */
const ORDER: Record<
  ParsedInputOf<'listAccounts'>['sort']['key'],
  { column: string; nullable: boolean }
> = {
  name: { column: 'a.sort_name', nullable: false },
  city: { column: 'a.city', nullable: true },
  country: { column: 'a.country', nullable: true },
  lifecycle: { column: 'a.lifecycle', nullable: false },
  tier: { column: 'a.tier', nullable: false },
  owner: { column: 'm.name', nullable: true },
  updated: { column: 'coalesce(a.updated_hlc, a.hlc)', nullable: false },
  // Empty (never contacted, never assessed) sorts first ascending: those need a look
  // first, and SQLite's own order of NULLs lets the indexes give the order.
  lastContact: { column: 'a.last_contact_at', nullable: false },
  health: { column: 'a.health', nullable: false },
};

const DAY_MS = 86_400_000;

const FILTER_COLUMNS = {
  kind: 'a.kind',
  salesForce: 'a.sales_force',
  lifecycle: 'a.lifecycle',
} as const;

/**
 * One page of the account list, filtered and sorted in SQL. The page's ids are found
 * first, on the list indexes alone, so a page deep in the list skips rows without
 * joining them; only the rows shown are joined to owner and parent names.
 */
export function listAccounts(core: Core, query: ParsedInputOf<'listAccounts'>): AccountPage {
  const { whereSql, params, order, ownerJoin } = listOrder(query);
  const rows = core
    .statement(
      `WITH page AS (
         SELECT a.id FROM accounts a ${ownerJoin} WHERE ${whereSql} ORDER BY ${order}
         LIMIT :limit OFFSET :offset)
       SELECT a.id, a.name, a.kind, a.city, a.country, a.lifecycle, a.tier,
              a.sales_force AS salesForce, o.member_id AS ownerId, m.name AS ownerName,
              p.name AS parentName, a.archived, a.last_contact_at AS lastContactAt, a.health
       FROM page JOIN accounts a ON a.id = page.id
       ${OWNER_JOIN}
       LEFT JOIN accounts p ON p.id = a.parent_id
       ORDER BY ${order}`,
    )
    .all({ ...params, limit: query.limit, offset: query.offset }) as StoredRow[];
  const { total } = core
    .statement(`SELECT count(*) AS total FROM accounts a WHERE ${whereSql}`)
    .get(params) as { total: number };
  return {
    rows: rows.map((r) => ({
      ...r,
      id: idText(r.id),
      ownerId: r.ownerId && idText(r.ownerId),
      archived: r.archived === 1,
      lastContactAt: r.lastContactAt === null ? null : instantText(r.lastContactAt),
    })),
    total,
    offset: query.offset,
  };
}

/**
 * The list's rows in its order, as SQL over the accounts `a`: its filter (`whereSql`,
 * with `params`), its order, and the owner join the order needs (`m`: the owner), for
 * a page and for an export of the whole list.
 */
export function listOrder(
  query: Pick<ParsedInputOf<'listAccounts'>, 'filter' | 'sort' | 'language'>,
) {
  const { whereSql, params } = filterSql(query.filter);
  const { column, nullable } =
    query.sort.key === 'name' && query.language !== 'en'
      ? { column: `a.sort_${query.language}`, nullable: false }
      : ORDER[query.sort.key];
  const direction = query.sort.desc ? 'DESC' : 'ASC';
  // NULLS LAST only where a column can be empty: it would stop an index giving the order.
  const order = `${column} ${direction}${nullable ? ' NULLS LAST' : ''}, a.id ${direction}`;
  const ownerJoin = query.sort.key === 'owner' ? OWNER_JOIN : '';
  return { whereSql, params, order, ownerJoin };
}

type StoredRow = Omit<AccountListRow, 'id' | 'ownerId' | 'archived' | 'lastContactAt'> & {
  id: Buffer;
  lastContactAt: number | null;
  ownerId: Buffer | null;
  archived: number;
};

/** Named parameters: `day` (today, for who owns what now) is always there. */
function filterSql(filter: ParsedInputOf<'listAccounts'>['filter']): {
  whereSql: string;
  params: Record<string, unknown>;
} {
  const where = ['a.deleted = 0'];
  const params: Record<string, unknown> = { day: dayNumber(new Date().toISOString().slice(0, 10)) };
  const list = (name: string, values: readonly unknown[]) => {
    values.forEach((v, i) => (params[`${name}${i}`] = v));
    return values.map((_, i) => `:${name}${i}`).join(', ');
  };
  if (!filter.includeArchived) where.push('a.archived = 0');
  for (const [key, column] of Object.entries(FILTER_COLUMNS)) {
    const values = filter[key as keyof typeof FILTER_COLUMNS];
    if (values && values.length > 0) where.push(`${column} IN (${list(key, values)})`);
  }
  if (filter.ownerId && filter.ownerId.length > 0) {
    const owners = list('owner', filter.ownerId.map(idBytes));
    where.push(`a.id IN (SELECT s.account_id FROM assignments s
      WHERE s.member_id IN (${owners}) AND ${ownsOn('s')})`);
  }
  if (filter.notContactedInDays !== undefined) {
    where.push('(a.last_contact_at IS NULL OR a.last_contact_at < :contactedSince)');
    params.contactedSince = Date.now() - filter.notContactedInDays * DAY_MS;
  }
  if (filter.parentId) {
    where.push('a.parent_id = :parent');
    params.parent = idBytes(filter.parentId);
  }
  if (filter.servedViaId) {
    where.push('a.served_via_id = :via');
    params.via = idBytes(filter.servedViaId);
  }
  return { whereSql: where.join(' AND '), params };
}
