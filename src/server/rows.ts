import { compareStamps } from '../shared/hlc';
import { ruleFields } from '../shared/rules/rowRules';
import type { Column } from '../shared/schema/column';
import type { Table } from '../shared/schema/table';
import type { WireChange } from '../shared/sync/wire';

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

/** Fields kept beyond the rules': names for messages, and links a rule compares accounts along. */
const KEPT_FOR: Readonly<Record<string, readonly string[]>> = {
  accounts: ['parentId', 'name'],
  teams: ['leadId'],
  team_members: ['teamId', 'name', 'leftOn'],
  territories: ['teamId'],
  contacts: ['reportsToId', 'name'],
  interactions: ['contactIds'],
};

/**
 * The fields the server merges and keeps per row, each with the clock that set it:
 * what scope and roles read (the account a row belongs to, team links and leads, every
 * field of an assignment, the fields only managers may change), every field a rule
 * across fields reads (src/shared/rules), the names messages give, and `archived`.
 * Every other field is only logged: keeping all of them tripled the cost of a push of
 * edits (every row's state read, merged and written again); the team's value of one of
 * them, for a refused change, is read from the log instead (ingest/team.ts).
 */
export function trackedFields(t: Table): ReadonlySet<string> {
  let fields = tracked.get(t);
  if (!fields) {
    const all = new Set(Object.keys(t.columns));
    const names = new Set<string>(['archived', ...(KEPT_FOR[t.name] ?? [])]);
    if (t.account && t.account !== 'id') names.add(t.account);
    for (const field of ruleFields(t.name, all)) names.add(field);
    for (const [field, column] of Object.entries(t.columns)) {
      if (t.name === 'assignments' || column.managersOnly) names.add(field);
    }
    fields = names;
    tracked.set(t, fields);
  }
  return fields;
}

/** A kept row in API form: each kept field's merged value, or its default when never set. */
export function rowValues(t: Table, id: string, row: StoredRow): Record<string, unknown> {
  const values: Record<string, unknown> = { id, archived: row.state.archived?.v ?? false };
  for (const field of trackedFields(t)) {
    const column = t.columns[field];
    if (column) values[field] = field in row.state ? row.state[field]!.v : defaultOf(column);
  }
  return values;
}

const defaults = new WeakMap<Column, unknown>();

/** The value a field has on a row that never set it (its schema's default, else null). */
export function defaultOf(column: Column): unknown {
  if (!defaults.has(column)) defaults.set(column, column.zod.safeParse(undefined).data ?? null);
  return defaults.get(column);
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

export interface Merged {
  readonly row: StoredRow;
  /** A kept field took the change's value: the scope projections follow. */
  readonly touched: boolean;
  /** The row as kept differs from before (or is new): it is written. */
  readonly dirty: boolean;
}

/** Merges a change into the row's kept fields, per field by (hlc, node), last writer wins. */
export function mergeRow(t: Table, change: WireChange, stored: StoredRow | undefined): Merged {
  const fields = trackedFields(t);
  const state: Record<string, Clocked> = { ...stored?.state };
  let touched = false;
  for (const [field, value] of Object.entries(change.values)) {
    if (!fields.has(field) || !wins(change, state[field])) continue;
    state[field] = { v: value, h: change.hlc, n: change.node };
    touched = true;
  }
  const accountId = accountAfter(t, change, stored) ?? null;
  if (stored && !touched && accountId === stored.accountId) {
    return { row: stored, touched, dirty: false };
  }
  return { row: { accountId, state }, touched, dirty: true };
}

/** An assignment as the scope queries read it (`scope_assignments`). */
export interface Coverage {
  readonly accountId: string;
  readonly memberId: string;
  readonly isOwner: 0 | 1;
  readonly validFrom: string;
  readonly validTo: string | null;
}

/** The typed copies of kept fields that scope and roles join on, one map per table. */
export interface Projections {
  /** team member → team (`scope_members`). */
  readonly members: Map<string, string | null>;
  /** team → lead (`scope_teams`). */
  readonly teams: Map<string, string | null>;
  /** account → parent account (`scope_parents`). */
  readonly parents: Map<string, string | null>;
  /** end customer → the distributor account it is served via (`scope_served`). */
  readonly served: Map<string, string | null>;
  /** assignment → what it covers (`scope_assignments`). */
  readonly coverage: Map<string, Coverage>;
}

export const noProjections = (): Projections => ({
  members: new Map(),
  teams: new Map(),
  parents: new Map(),
  served: new Map(),
  coverage: new Map(),
});

const text = (state: Readonly<Record<string, Clocked>>, field: string): string | null => {
  const v = state[field]?.v;
  return typeof v === 'string' ? v : null;
};

/**
 * Records in `into` what a touched row's kept fields now project to. An assignment
 * counts once the server has its account, member and start; until then its earlier
 * projection (if any) stays, as it does in storage.
 */
export function project(into: Projections, table: string, row: string, state: StoredRow['state']) {
  if (table === 'team_members') into.members.set(row, text(state, 'teamId'));
  if (table === 'teams') into.teams.set(row, text(state, 'leadId'));
  if (table === 'accounts') {
    into.parents.set(row, text(state, 'parentId'));
    into.served.set(row, text(state, 'servedViaId'));
  }
  if (table !== 'assignments') return;
  const accountId = text(state, 'accountId');
  const memberId = text(state, 'memberId');
  const validFrom = text(state, 'validFrom');
  if (!accountId || !memberId || !validFrom) return;
  into.coverage.set(row, {
    accountId,
    memberId,
    isOwner: state.isOwner?.v === true ? 1 : 0,
    validFrom,
    validTo: text(state, 'validTo'),
  });
}
