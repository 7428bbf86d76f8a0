import { compareStamps } from '../shared/hlc';
import type { Table } from '../shared/schema/table';
import type { WireChange } from '../shared/sync/wire';
import type { Sql } from './storage/storage';

/** A field's merged value with the clock that set it. */
export interface Clocked {
  readonly v: unknown;
  readonly h: number;
  readonly n: string;
}

/** What the server knows of a row: its account, and the fields scope and roles read. */
export interface StoredRow {
  readonly accountId: string | null;
  readonly state: Readonly<Record<string, Clocked>>;
}

const tracked = new WeakMap<Table, ReadonlySet<string>>();

/**
 * The fields the server merges and keeps per row: the account a row belongs to, the
 * team links and leads that define a team's book, every field of an assignment (who
 * covers what, when), the fields only managers may change (a rep's change is compared
 * with their current value), an account's parent (scope brings a site's parents
 * along) and name (for messages), and `archived`. Everything else is only logged.
 */
export function trackedFields(t: Table): ReadonlySet<string> {
  let fields = tracked.get(t);
  if (!fields) {
    const names = new Set<string>(['archived']);
    if (t.account && t.account !== 'id') names.add(t.account);
    if (t.name === 'team_members' || t.name === 'territories') names.add('teamId');
    if (t.name === 'teams') names.add('leadId');
    if (t.name === 'accounts') for (const f of ['parentId', 'name']) names.add(f);
    for (const [field, column] of Object.entries(t.columns)) {
      if (t.name === 'assignments' || column.managersOnly) names.add(field);
    }
    fields = names;
    tracked.set(t, fields);
  }
  return fields;
}

export async function loadRow(sql: Sql, t: Table, rowId: string): Promise<StoredRow | undefined> {
  const row = await sql.get<{ accountId: string | null; state: string }>(
    'SELECT account_id AS "accountId", state FROM rows WHERE tbl = :tbl AND row_id = :row',
    { tbl: t.name, row: rowId },
  );
  return row && { accountId: row.accountId, state: JSON.parse(row.state) };
}

/**
 * The account a change's row belongs to once it is applied: the row itself for an
 * account, the account field it sets, or the one the row already has. Undefined when
 * the server cannot tell (a change to a row it never saw that names no account).
 */
export function accountAfter(
  t: Table,
  change: WireChange,
  stored: StoredRow | undefined,
): string | null | undefined {
  if (t.account === null) return null;
  if (t.account === 'id') return change.row;
  const named = change.values[t.account];
  if (typeof named === 'string' && wins(change, stored?.state[t.account])) return named;
  return stored?.accountId ?? undefined;
}

const wins = (change: WireChange, current: Clocked | undefined) =>
  !current || compareStamps(change, { hlc: current.h, node: current.n }) > 0;

/**
 * Merges a change into the row's kept fields, per field by (hlc, node), last writer
 * wins, and keeps the scope projections in step. Returns the row as it now is.
 */
export async function mergeRow(
  sql: Sql,
  t: Table,
  change: WireChange,
  stored: StoredRow | undefined,
): Promise<StoredRow> {
  const fields = trackedFields(t);
  const state: Record<string, Clocked> = { ...stored?.state };
  let touched = false;
  for (const [field, value] of Object.entries(change.values)) {
    if (!fields.has(field) || !wins(change, state[field])) continue;
    state[field] = { v: value, h: change.hlc, n: change.node };
    touched = true;
  }
  const merged: StoredRow = { accountId: accountAfter(t, change, stored) ?? null, state };
  if (stored && !touched && merged.accountId === stored.accountId) return stored;
  await sql.run(
    `INSERT INTO rows (tbl, row_id, account_id, state) VALUES (:tbl, :row, :account, :state)
     ON CONFLICT (tbl, row_id) DO UPDATE SET account_id = excluded.account_id, state = excluded.state`,
    { tbl: t.name, row: change.row, account: merged.accountId, state: JSON.stringify(state) },
  );
  if (touched) await project(sql, t.name, change.row, state);
  return merged;
}

const value = (state: Record<string, Clocked>, field: string): string | null => {
  const v = state[field]?.v;
  return typeof v === 'string' ? v : null;
};

/** The typed copies of kept fields that the scope queries join on. */
async function project(
  sql: Sql,
  table: string,
  row: string,
  state: Record<string, Clocked>,
): Promise<void> {
  const upsert = (into: string, column: string, v: string | null) =>
    sql.run(
      `INSERT INTO ${into} (row_id, ${column}) VALUES (:row, :v)
       ON CONFLICT (row_id) DO UPDATE SET ${column} = excluded.${column}`,
      { row, v },
    );
  if (table === 'team_members') await upsert('scope_members', 'team_id', value(state, 'teamId'));
  if (table === 'teams') await upsert('scope_teams', 'lead_id', value(state, 'leadId'));
  if (table === 'accounts') await upsert('scope_parents', 'parent_id', value(state, 'parentId'));
  if (table !== 'assignments') return;
  const account = value(state, 'accountId');
  const member = value(state, 'memberId');
  const from = value(state, 'validFrom');
  // An assignment counts once the server has its account, member and start.
  if (!account || !member || !from) return;
  await sql.run(
    `INSERT INTO scope_assignments (row_id, account_id, member_id, is_owner, valid_from, valid_to)
     VALUES (:row, :account, :member, :owner, :from, :to)
     ON CONFLICT (row_id) DO UPDATE SET account_id = excluded.account_id,
       member_id = excluded.member_id, is_owner = excluded.is_owner,
       valid_from = excluded.valid_from, valid_to = excluded.valid_to`,
    {
      row,
      account,
      member,
      owner: state.isOwner?.v === true ? 1 : 0,
      from,
      to: value(state, 'validTo'),
    },
  );
}
