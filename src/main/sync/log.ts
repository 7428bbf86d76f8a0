import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { formatStamp, type Hlc } from '../../shared/hlc';
import type { WireChange } from '../../shared/sync/wire';
import { insertInChunks } from '../db/bulkLoad';
import { idText } from '../db/codec';

/** A field's clock as the store keeps it: the clock and the node's number in `nodes`. */
export type Clock = readonly [hlc: Hlc, node: number];

/**
 * The change log (DESIGN §3): one row per field a person set, in API form (the
 * contract's field name, its JSON value), appended in the same transaction as the
 * write, so that sync sends exactly what a person changed. Each entry keeps the clock
 * of the value it replaced (its base), so that a receiver can tell an overwrite from
 * a clash. The clock of a field's current value is kept beside the row itself (its
 * `clocks` column; see records.ts).
 */
/** One write as the log keeps it: its clock, its row, and the fields it set. */
export interface LogEntry {
  hlc: Hlc;
  table: string;
  rowId: Buffer;
  values: Record<string, unknown>;
  /** For an update, the clock each field had before; none for a new row. */
  bases?: Readonly<Record<string, Clock>>;
}

export class ChangeLog {
  /** Statements that append `n` fields at once, by `n` (FIELDS_A_STATEMENT or a power of two). */
  private readonly inserts = new Map<number, Statement>();
  /** The parameters of the fields waiting for a full statement, in order. */
  private readonly pending: unknown[] = [];

  constructor(
    private readonly db: Db,
    readonly nodeIdx: number,
  ) {}

  /** `bases`: for an update, the clock each field had before; none for a new row. */
  record(
    hlc: Hlc,
    table: string,
    rowId: Buffer,
    values: Record<string, unknown>,
    bases?: Readonly<Record<string, Clock>>,
  ): void {
    this.recordMany([{ hlc, table, rowId, values, bases }]);
  }

  /**
   * Appends the writes' fields in order: each write's fields stay together. Fields go in
   * by multi-row INSERTs of up to FIELDS_A_STATEMENT (rows are numbered in the order of
   * their VALUES): fewer statements to run, and fewer statement journals to keep.
   */
  recordMany(entries: readonly LogEntry[]): void {
    const pending = this.pending;
    try {
      for (const { hlc, table, rowId, values, bases } of entries) {
        for (const field in values) {
          const base = bases?.[field];
          pending.push(
            hlc,
            this.nodeIdx,
            table,
            rowId,
            field,
            JSON.stringify(values[field] ?? null),
            base?.[0] ?? null,
            base?.[1] ?? null,
          );
          if (pending.length === FIELDS_A_STATEMENT * PARAMS) this.flush();
        }
      }
      this.flush();
    } finally {
      pending.length = 0;
    }
  }

  private flush(): void {
    insertInChunks(this.statement, this.pending, PARAMS, FIELDS_A_STATEMENT);
    this.pending.length = 0;
  }

  private readonly statement = (n: number): Statement => {
    let insert = this.inserts.get(n);
    if (!insert) {
      insert = this.db.prepare(
        `INSERT INTO changes (hlc, node, tbl, row_id, field, value, base_hlc, base_node)
         VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      );
      this.inserts.set(n, insert);
    }
    return insert;
  };
}

/** Fields appended by one statement, and the parameters of each. */
const FIELDS_A_STATEMENT = 256;
const PARAMS = 8;

/** A logged field as read back: the change log's and the inbox's rows have this shape. */
export interface LogRow {
  seq: number;
  hlc: number;
  node: string;
  tbl: string;
  row_id: Buffer;
  field: string;
  value: string;
  base_hlc: number | null;
  base_node: string | null;
}

const SELECT = `SELECT c.seq, c.hlc, n.node_id AS node, c.tbl, c.row_id, c.field, c.value,
    c.base_hlc, b.node_id AS base_node
  FROM changes c JOIN nodes n ON n.idx = c.node LEFT JOIN nodes b ON b.idx = c.base_node`;

/**
 * This device's changes after `afterSeq`, as wire changes: the fields of one write
 * (consecutive entries with one clock and row) travel as one change, and a page never
 * splits a write, so a retried page is the same page.
 */
export function changesAfter(db: Db, afterSeq: number, limit: number): WireChange[] {
  const rows = db
    .prepare(`${SELECT} WHERE c.seq > ? ORDER BY c.seq LIMIT ?`)
    .all(afterSeq, limit) as LogRow[];
  const last = rows.at(-1);
  if (last && rows.length === limit) {
    // Finish the last write: its remaining fields directly follow it in the log.
    const rest = db
      .prepare(`${SELECT} WHERE c.seq > ? AND c.seq <= ? + 1000 ORDER BY c.seq`)
      .all(last.seq, last.seq) as LogRow[];
    for (const row of rest) {
      if (row.hlc !== last.hlc || row.tbl !== last.tbl || !row.row_id.equals(last.row_id)) break;
      rows.push(row);
    }
  }
  return groupWrites(rows);
}

/** The log entries with these sequence numbers, as wire changes (a rejected write, retried). */
export function changesWithSeqs(db: Db, seqs: readonly number[]): WireChange[] {
  if (seqs.length === 0) return [];
  const rows = db
    .prepare(`${SELECT} WHERE c.seq IN (${seqs.map(() => '?').join(', ')}) ORDER BY c.seq`)
    .all(...seqs) as LogRow[];
  return groupWrites(rows);
}

/** Log rows, in order, as wire changes: consecutive fields of one write become one change. */
export function groupWrites(rows: readonly LogRow[]): WireChange[] {
  const out: WireChange[] = [];
  let current: WireChange | null = null;
  let previous: LogRow | null = null;
  for (const row of rows) {
    const sameWrite =
      current !== null &&
      previous !== null &&
      row.seq === previous.seq + 1 &&
      row.hlc === previous.hlc &&
      row.node === previous.node &&
      row.tbl === previous.tbl &&
      row.row_id.equals(previous.row_id);
    if (!sameWrite || !current) {
      current = {
        node: row.node,
        seq: row.seq,
        hlc: row.hlc,
        table: row.tbl,
        row: idText(row.row_id),
        values: {},
        bases: null,
      };
      out.push(current);
    }
    current.values[row.field] = JSON.parse(row.value);
    if (row.base_hlc !== null && row.base_node !== null) {
      current.bases ??= {};
      current.bases[row.field] = formatStamp({ hlc: row.base_hlc, node: row.base_node });
    }
    previous = row;
  }
  return out;
}

/** The log sequence numbers one wire change stands for (its fields, in order). */
export function seqsOf(change: WireChange): number[] {
  return Object.keys(change.values).map((_, i) => change.seq + i);
}
