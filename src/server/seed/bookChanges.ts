import type { Core } from '../../main/core/core';
import { decode, mappingOf } from '../../main/db/codec';
import { hlcAt, hlcMillis } from '../../shared/hlc';
import type { Table } from '../../shared/schema/table';
import { TABLES } from '../../shared/schema/tables';
import type { WireChange } from '../../shared/sync/wire';

/** The node a book's rows carry on the wire when a server is filled from it (16 hex digits, like a laptop's). */
export const DEMO_WIRE_NODE = 'de00000000000000';

/**
 * Rows read from the book at a time: few enough that each chunk is garbage before the
 * collector's next young-generation pass (5,000 at a time made collection cost more
 * than the reading).
 */
const CHUNK = 500;

type Row = Record<string, unknown>;

/**
 * A book's live rows as changes, one per row (all its set fields, in API form,
 * clocked at the row's last update, from DEMO_WIRE_NODE), table by table in the
 * tables' order (a row's references come before it) and by id within a table, a chunk
 * at a time. Each change's seq follows the last one's by its number of fields, as a
 * laptop's log numbers them.
 *
 * Values are decoded by the app's own codec, but ids are read as text and link
 * fields as JSON arrays by SQLite itself: a 16-byte id read as a Buffer costs the
 * garbage collector more than all the rest of the row (millions of them in a big book).
 */
export function* bookChanges(core: Core): Generator<{ t: Table; changes: WireChange[] }> {
  let seq = 1;
  for (const t of TABLES as readonly Table[]) {
    const { fields } = mappingOf(t);
    // hex(NULL) is '', not NULL: an empty reference must stay empty.
    const hex = (column: string) => `iif(${column} IS NULL, NULL, lower(hex(${column})))`;
    const links = Object.entries(t.links ?? {}).map(
      ([field, l]) =>
        `(SELECT json_group_array(${hex(`l.${l.member}`)}) FROM ${l.table} l
          WHERE l.${l.owner} = t.id) AS "${field}"`,
    );
    const columns = fields.map(({ column, spec }) =>
      spec.storage === 'uuid' ? `${hex(`t.${column}`)} AS ${column}` : `t.${column}`,
    );
    const next = core.statement(
      `SELECT ${hex('t.id')} AS key, t.hlc, t.updated_hlc, t.archived, ${[...columns, ...links].join(', ')}
       FROM ${t.name} t WHERE t.deleted = 0 AND t.id > ? ORDER BY t.id LIMIT ${CHUNK}`,
    );
    let after = Buffer.alloc(0);
    for (;;) {
      const stored = next.all(after) as Row[];
      if (stored.length === 0) break;
      after = Buffer.from(stored[stored.length - 1]!.key as string, 'hex');
      const changes = stored.map((row) => {
        const change = rowChange(t, row, seq);
        seq += Object.keys(change.values).length;
        return change;
      });
      yield { t, changes };
    }
  }
}

/** A 32-digit hexadecimal id as the UUID string the API uses. */
const uuidOf = (hex: string) =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;

/** One stored row as the change that would create it: its set fields, and archived. */
function rowChange(t: Table, row: Row, seq: number): WireChange {
  const values: WireChange['values'] = {};
  for (const { field, column, spec } of mappingOf(t).fields) {
    const stored = row[column];
    if (stored === null || stored === undefined) continue;
    values[field] = (
      spec.storage === 'uuid' ? uuidOf(stored as string) : decode(spec, stored)
    ) as WireChange['values'][string];
  }
  for (const field of Object.keys(t.links ?? {})) {
    const members = (JSON.parse(row[field] as string) as string[]).map(uuidOf);
    if (members.length > 0) values[field] = members;
  }
  if (row.archived === 1) values.archived = true;
  return {
    node: DEMO_WIRE_NODE,
    seq,
    hlc: hlcAt(hlcMillis((row.updated_hlc ?? row.hlc) as number)),
    table: t.name,
    row: uuidOf(row.key as string),
    values,
    bases: null,
  };
}
