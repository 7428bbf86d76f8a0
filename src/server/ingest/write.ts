import type { Table } from '../../shared/schema/table';
import type { WireChange } from '../../shared/sync/wire';
import { noProjections, project, type Merged, type StoredRow } from '../rows';
import type { Param, Sql } from '../storage/storage';

/** A stored row's key in the maps of a batch. */
export const rowKey = (table: string, row: string) => `${table}\u0000${row}`;

/**
 * Everything one transaction stores, gathered in memory first and written set-wise at
 * the end (see `writeAll`): the new changes in order, each touched row's final kept
 * state, and the scope projections as the last change to each row left them.
 */
export class WriteSet {
  readonly changes: { change: WireChange; table: string; account: string | null }[] = [];
  readonly rows = new Map<string, { table: string; row: string; kept: StoredRow }>();
  readonly projections = noProjections();

  add(t: Table, change: WireChange, account: string | null, merged: Merged): void {
    this.changes.push({ change, table: t.name, account });
    if (merged.dirty) {
      this.rows.set(rowKey(t.name, change.row), {
        table: t.name,
        row: change.row,
        kept: merged.row,
      });
    }
    if (merged.touched) project(this.projections, t.name, change.row, merged.row.state);
  }
}

const CHANGE_COLUMNS = [
  'node',
  'node_seq',
  'hlc',
  'tbl',
  'row_id',
  'account_id',
  'vals',
  'bases',
  'author',
  'received_at',
];

/** Later values replace earlier ones: the set holds each row's final state. */
const upsert = (key: string, columns: readonly string[]) =>
  `ON CONFLICT (${key}) DO UPDATE SET ${columns.map((c) => `${c} = excluded.${c}`).join(', ')}`;

/**
 * Writes a set in the caller's transaction, set-wise (Sql.insert): the changes (their
 * sequence numbers follow the set's order), then the rows and projections, each
 * written once however many changes of the set touched it.
 */
export async function writeAll(
  sql: Sql,
  set: WriteSet,
  author: string | null,
  receivedAt: string,
): Promise<void> {
  await sql.insert(
    'changes',
    CHANGE_COLUMNS,
    set.changes.map(({ change, table, account }): Param[] => [
      change.node,
      change.seq,
      change.hlc,
      table,
      change.row,
      account,
      JSON.stringify(change.values),
      change.bases === null ? null : JSON.stringify(change.bases),
      author,
      receivedAt,
    ]),
  );
  await sql.insert(
    'rows',
    ['tbl', 'row_id', 'account_id', 'state'],
    [...set.rows.values()].map((r) => [
      r.table,
      r.row,
      r.kept.accountId,
      JSON.stringify(r.kept.state),
    ]),
    upsert('tbl, row_id', ['account_id', 'state']),
  );
  const { members, teams, parents, served, coverage } = set.projections;
  const pairs = async (into: string, column: string, map: Map<string, string | null>) =>
    sql.insert(into, ['row_id', column], [...map], upsert('row_id', [column]));
  await pairs('scope_members', 'team_id', members);
  await pairs('scope_teams', 'lead_id', teams);
  await pairs('scope_parents', 'parent_id', parents);
  await pairs('scope_served', 'via_id', served);
  const covering = ['account_id', 'member_id', 'is_owner', 'valid_from', 'valid_to'];
  await sql.insert(
    'scope_assignments',
    ['row_id', ...covering],
    [...coverage].map(([row, c]) => [
      row,
      c.accountId,
      c.memberId,
      c.isOwner,
      c.validFrom,
      c.validTo,
    ]),
    upsert('row_id', covering),
  );
}
