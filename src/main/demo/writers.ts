/**
 * The demo's writes, derived from the table declarations (src/shared/domain): one
 * prepared INSERT per declared table, with the base columns of every synced row, the
 * stored fields in declaration order, and the derived columns the declaration
 * computes. A row is handed over in API form (camelCase fields, string ids,
 * 'YYYY-MM-DD' days, ISO instants) and each field is stored as the codec stores it.
 * Link fields (an interaction's contactIds) go to their link table.
 *
 * The demo writes millions of rows, so the hot path allocates nothing of its own: one
 * parameter array per table, reused; an id is written as its 16 bytes into a buffer
 * kept for its column (SQLite copies what it binds), so no Buffer is made per id;
 * day numbers are memoised.
 * Nothing is written to the change log: the demo is a snapshot, not a person's edits.
 */
import type { z } from 'zod';
import type { Column } from '../../shared/schema/column';
import type { Columns, Table } from '../../shared/schema/table';
import { TABLES } from '../../shared/schema/tables';
import { hlcAt } from '../../shared/hlc';
import { dayNumber, encode, idBytes, mappingOf } from '../db/codec';
import type { Db } from '../db/open';

/** The base of every row: its id, when it was made, and whether it is archived. */
interface RowBase {
  readonly id: string;
  /** ISO instant: the row's creation clock (createdAt is derived from it). */
  readonly createdAt: string;
  readonly archived?: boolean;
}

/** A row of a table with columns C, in API form; a field left out takes its default. */
export type DemoRow<C extends Columns> = RowBase & {
  readonly [K in keyof C]?: z.input<C[K]['zod']>;
};

/** A table the demo writes: a declared one or a link table. */
export type DemoTable = string;

const HEX = new Int8Array(128).fill(-1);
for (let i = 0; i < 16; i++) {
  HEX[i.toString(16).charCodeAt(0)] = i;
  HEX[i.toString(16).toUpperCase().charCodeAt(0)] = i;
}

/**
 * An id's 16 bytes, written into `out`: what the codec's `idBytes` gives, without
 * making a Buffer (ids are written millions of times).
 */
export function writeIdBytes(id: string, out: Buffer): Buffer {
  let j = 0;
  if (id.length === 36) {
    for (let i = 0; i < 36 && j < 17; i++) {
      const c = id.charCodeAt(i);
      if (c === 45 && (i === 8 || i === 13 || i === 18 || i === 23)) continue;
      const hi = c < 128 ? (HEX[c] as number) : -1;
      const d = id.charCodeAt(++i);
      const lo = d < 128 ? (HEX[d] as number) : -1;
      if (hi < 0 || lo < 0) break;
      out[j++] = (hi << 4) | lo;
    }
  }
  if (j !== 16) idBytes(id).copy(out); // not a canonical UUID: as the codec has it
  return out;
}

type Encoder = (value: unknown) => unknown;
const MISSING = Symbol('missing');

interface FieldWriter {
  readonly field: string;
  readonly encode: Encoder;
  /** The stored form of the declared default, or MISSING for a required field. */
  readonly fallback: unknown;
}

interface LinkWriter {
  readonly field: string;
  readonly table: string;
  readonly insert: ReturnType<Db['prepare']>;
  readonly pair: [Buffer, Buffer];
  rows: number;
}

/** The stored form of a field's declared default (what zod fills in), if it has one. */
function defaultOf(spec: Column): unknown {
  const parsed = spec.zod.safeParse(undefined);
  return parsed.success ? encode(spec, parsed.data) : MISSING;
}

/** How each field is stored: the codec's conversions, with ids and days made cheap. */
function encoderOf(spec: Column, days: Map<string, number>): Encoder {
  switch (spec.storage) {
    case 'uuid': {
      const scratch = Buffer.alloc(16);
      return (v) => writeIdBytes(v as string, scratch);
    }
    case 'day':
      return (v) => {
        let n = days.get(v as string);
        if (n === undefined) {
          n = dayNumber(v as string);
          days.set(v as string, n);
        }
        return n;
      };
    case 'text':
    case 'integer':
    case 'real':
      return (v) => v;
    default:
      return (v) => encode(spec, v);
  }
}

class TableWriter {
  readonly fields: FieldWriter[];
  readonly derived: NonNullable<Table['derived']>;
  readonly links: LinkWriter[];
  private readonly insert: ReturnType<Db['prepare']>;
  private readonly params: unknown[];
  private readonly key = Buffer.alloc(16);
  rows = 0;

  constructor(
    db: Db,
    private readonly t: Table,
    private readonly node: number,
    days: Map<string, number>,
    private readonly latest: number,
  ) {
    const mapping = mappingOf(t);
    this.fields = mapping.fields.map(({ field, spec }) => ({
      field,
      encode: encoderOf(spec, days),
      fallback: defaultOf(spec),
    }));
    this.derived = t.derived ?? [];
    // updated_hlc and clocks stay NULL: a demo row was never changed since it was made.
    const columns = [
      'id',
      'hlc',
      'node',
      'archived',
      ...mapping.fields.map((f) => f.column),
      ...this.derived.map((d) => d.column),
    ];
    this.insert = db.prepare(
      `INSERT INTO ${t.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    this.params = new Array<unknown>(columns.length).fill(null);
    this.links = Object.entries(t.links ?? {}).map(([field, link]) => ({
      field,
      table: link.table,
      insert: db.prepare(`INSERT INTO ${link.table} (${link.owner}, ${link.member}) VALUES (?, ?)`),
      pair: [this.key, Buffer.alloc(16)],
      rows: 0,
    }));
  }

  get name(): string {
    return this.t.name;
  }

  write(row: Record<string, unknown>): void {
    const p = this.params;
    p[0] = writeIdBytes(row.id as string, this.key);
    p[1] = hlcAt(Math.min(Date.parse(row.createdAt as string), this.latest));
    p[2] = this.node;
    p[3] = row.archived === true ? 1 : 0;
    let i = 4;
    for (const f of this.fields) {
      const value = row[f.field];
      if (value === undefined) {
        if (f.fallback === MISSING) {
          throw new Error(`Demo ${this.t.name} row ${String(row.id)} lacks ${f.field}`);
        }
        p[i++] = f.fallback;
      } else {
        p[i++] = value === null ? null : f.encode(value);
      }
    }
    for (const d of this.derived) p[i++] = d.compute(row);
    this.insert.run(p);
    this.rows++;
    for (const link of this.links) {
      const members = row[link.field] as readonly string[] | undefined;
      if (!members || members.length === 0) continue;
      for (const member of members) {
        writeIdBytes(member, link.pair[1]);
        link.insert.run(link.pair);
      }
      link.rows += members.length;
    }
  }
}

export interface Writers {
  /** Writes one row of a declared table (and its links), given in API form. */
  write<C extends Columns>(table: Table<C>, row: DemoRow<C>): void;
  /** Rows written so far, per table (link tables included). */
  counts(): Record<DemoTable, number>;
  /** The tables written: the declared ones and their link tables. */
  readonly tables: readonly string[];
}

/**
 * Prepares one writer per declared table; every row is stamped with node `node`, and
 * with its creation time but never later than `latest` (the start of the demo's today):
 * a clock from the future would carry every laptop that receives it past the sync
 * server's clock, and the server refuses a change made ahead of it.
 */
export function prepareWriters(db: Db, node: number, latest: number): Writers {
  const days = new Map<string, number>();
  const writers = new Map<Table, TableWriter>();
  for (const t of TABLES as readonly Table[]) {
    writers.set(t, new TableWriter(db, t, node, days, latest));
  }
  return {
    write(table, row) {
      const writer = writers.get(table as unknown as Table);
      if (!writer) throw new Error(`Not a declared table: ${table.name}`);
      writer.write(row as unknown as Record<string, unknown>);
    },
    tables: [...writers.values()].flatMap((w) => [w.name, ...w.links.map((l) => l.table)]),
    counts() {
      const out: Record<string, number> = {};
      for (const writer of writers.values()) {
        out[writer.name] = writer.rows;
        for (const link of writer.links) out[link.table] = link.rows;
      }
      return out;
    },
  };
}
