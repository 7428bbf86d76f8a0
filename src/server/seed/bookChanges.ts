import type { Core } from '../../main/core/core';
import { withLinks } from '../../main/core/records';
import { mappingOf } from '../../main/db/codec';
import { hlcAt } from '../../shared/hlc';
import type { Table } from '../../shared/schema/table';
import { TABLES } from '../../shared/schema/tables';
import type { WireChange } from '../../shared/sync/wire';

/** The node a book's rows carry on the wire when a server is filled from it (16 hex digits, like a laptop's). */
export const DEMO_WIRE_NODE = 'de00000000000000';

/** Rows read from the book at a time: the whole of a big table never sits in memory. */
const CHUNK = 5000;

type Row = Record<string, unknown>;

/**
 * A book's live rows as changes, one per row (all its fields, in API form, clocked at
 * the row's last update, from DEMO_WIRE_NODE), table by table in the tables' order (a
 * row's references come before it) and by id within a table, a chunk at a time. Each
 * change's seq follows the last one's by its number of fields, as a laptop's log
 * numbers them.
 */
export function* bookChanges(core: Core): Generator<{ t: Table; changes: WireChange[] }> {
  let seq = 1;
  for (const t of TABLES as readonly Table[]) {
    const next = core.statement(
      `SELECT ${mappingOf(t).select} FROM ${t.name}
       WHERE deleted = 0 AND id > ? ORDER BY id LIMIT ${CHUNK}`,
    );
    let after: Buffer = Buffer.alloc(0);
    for (;;) {
      const stored = next.all(after) as Row[];
      if (stored.length === 0) break;
      after = stored[stored.length - 1]!.id as Buffer;
      const changes = withLinks<Row>(core, t, stored).map((row) => {
        const change = rowChange(t, row, seq);
        seq += Object.keys(change.values).length;
        return change;
      });
      yield { t, changes };
    }
  }
}

/** One row in API form as the change that would create it: its set fields, and archived. */
function rowChange(t: Table, row: Row, seq: number): WireChange {
  const values: WireChange['values'] = {};
  for (const field of Object.keys(t.columns)) {
    const value = row[field];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    values[field] = value as WireChange['values'][string];
  }
  if (row.archived === true) values.archived = true;
  return {
    node: DEMO_WIRE_NODE,
    seq,
    hlc: hlcAt(Date.parse(String(row.updatedAt))),
    table: t.name,
    row: row.id as string,
    values,
    bases: null,
  };
}
