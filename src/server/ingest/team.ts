import { compareStamps, formatStamp, type Stamp } from '../../shared/hlc';
import type { Table } from '../../shared/schema/table';
import type { Rejection, TeamValue, WireChange } from '../../shared/sync/wire';
import { defaultOf, trackedFields } from '../rows';
import type { Sql } from '../storage/storage';
import type { BatchView } from './view';
import { rowKey } from './write';

/** A refused change of a known table, whose answer is to carry the team's values. */
export interface Refused {
  readonly t: Table;
  readonly change: WireChange;
}

/**
 * The team's value of each field a refused change set, with the clock that set it (or
 * its default, unclocked, when no change ever set it); null when the server has no
 * such row. Asked once the batch's accepted changes are written, so it is what the
 * server holds after the push: a kept field is read from the row's state, any other
 * from the log of the row's changes (one query a row, and only for refusals).
 */
export async function teamValues(
  sql: Sql,
  view: BatchView,
  refused: readonly Refused[],
): Promise<Rejection['team'][]> {
  const logged = new Map<string, Map<string, Clocked>>();
  for (const { t, change } of refused) {
    if (!view.row(t, change.row)) continue;
    const tracked = trackedFields(t);
    if (Object.keys(change.values).some((f) => !tracked.has(f) && f in t.columns)) {
      const key = rowKey(t.name, change.row);
      if (!logged.has(key)) logged.set(key, await loggedValues(sql, t.name, change.row));
    }
  }
  return refused.map(({ t, change }) => {
    const kept = view.row(t, change.row);
    if (!kept) return null;
    const log = logged.get(rowKey(t.name, change.row));
    const team: Record<string, TeamValue> = {};
    for (const field of Object.keys(change.values)) {
      const column = t.columns[field];
      if (!column && field !== 'archived') continue;
      const state = kept.state[field];
      const set = state ? { value: state.v, hlc: state.h, node: state.n } : log?.get(field);
      team[field] = set
        ? { value: set.value as never, stamp: formatStamp(set) }
        : { value: (column ? defaultOf(column) : false) as never, stamp: null };
    }
    return team;
  });
}

interface Clocked extends Stamp {
  readonly value: unknown;
}

/** Each field's last written value in the row's log, by (hlc, node). */
async function loggedValues(sql: Sql, tbl: string, row: string): Promise<Map<string, Clocked>> {
  const changes = await sql.all<{ node: string; hlc: number | string; vals: string }>(
    'SELECT node, hlc, vals FROM changes WHERE tbl = :tbl AND row_id = :row',
    { tbl, row },
  );
  const last = new Map<string, Clocked>();
  for (const c of changes) {
    const stamp = { hlc: Number(c.hlc), node: c.node };
    for (const [field, value] of Object.entries(JSON.parse(c.vals) as Record<string, unknown>)) {
      const before = last.get(field);
      if (!before || compareStamps(stamp, before) > 0) last.set(field, { ...stamp, value });
    }
  }
  return last;
}
