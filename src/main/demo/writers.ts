/**
 * The demo's writes, derived from the table declarations (src/shared/domain): one
 * prepared INSERT per declared table, with the base columns of every synced row, the
 * stored fields in declaration order, and the derived columns the declaration
 * computes. A row is handed over in API form (camelCase fields, string ids,
 * 'YYYY-MM-DD' days, ISO instants) and each field is encoded by the codec. Link fields
 * (an interaction's contactIds) go to their link table.
 *
 * The demo writes well over a million rows, so the hot path allocates little: one
 * parameter array per table, reused; each id encoded to its 16 bytes once, when its
 * row is written, and looked up when other rows refer to it; day numbers memoised.
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

/**
 * Ids as 16 bytes, each encoded once: the bytes of a row's own id are kept while
 * other rows may still refer to it. `pin` keeps what was written so far for the whole
 * run (the organisation, the catalogue); `forget` drops the rest (an account's rows).
 */
export class IdBytes {
  private readonly pinned = new Map<string, Buffer>();
  private readonly recent = new Map<string, Buffer>();

  own(id: string): Buffer {
    const bytes = idBytes(id);
    this.recent.set(id, bytes);
    return bytes;
  }

  of(id: string): Buffer {
    return this.recent.get(id) ?? this.pinned.get(id) ?? idBytes(id);
  }

  pin(): void {
    for (const [id, bytes] of this.recent) this.pinned.set(id, bytes);
    this.recent.clear();
  }

  forget(): void {
    this.recent.clear();
  }
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
  readonly insert: ReturnType<Db['prepare']>;
  readonly table: string;
  rows: number;
}

/** The stored form of a field's declared default (what zod fills in), if it has one. */
function defaultOf(spec: Column): unknown {
  const parsed = spec.zod.safeParse(undefined);
  return parsed.success ? encode(spec, parsed.data) : MISSING;
}

class TableWriter {
  readonly fields: FieldWriter[];
  readonly derived: NonNullable<Table['derived']>;
  readonly links: LinkWriter[];
  private readonly insert: ReturnType<Db['prepare']>;
  private readonly params: unknown[];
  private readonly pair: [Buffer | null, Buffer | null] = [null, null];
  rows = 0;

  constructor(
    db: Db,
    private readonly t: Table,
    private readonly node: number,
    private readonly ids: IdBytes,
    encoderOf: (spec: Column) => Encoder,
  ) {
    const mapping = mappingOf(t);
    this.fields = mapping.fields.map(({ field, spec }) => ({
      field,
      encode: encoderOf(spec),
      fallback: defaultOf(spec),
    }));
    this.derived = t.derived ?? [];
    const columns = [
      'id',
      'hlc',
      'node',
      'updated_hlc',
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
      rows: 0,
    }));
  }

  get name(): string {
    return this.t.name;
  }

  write(row: Record<string, unknown>): void {
    const p = this.params;
    const key = this.ids.own(row.id as string);
    const hlc = hlcAt(Date.parse(row.createdAt as string));
    p[0] = key;
    p[1] = hlc;
    p[2] = this.node;
    p[3] = hlc; // a snapshot: every row's last write is its creation
    p[4] = row.archived === true ? 1 : 0;
    let i = 5;
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
      const pair = this.pair;
      pair[0] = key;
      for (const member of members) {
        pair[1] = this.ids.of(member);
        link.insert.run(pair);
      }
      link.rows += members.length;
    }
  }
}

export interface Writers {
  /** Writes one row of a declared table (and its links), given in API form. */
  write<C extends Columns>(table: Table<C>, row: DemoRow<C>): void;
  /** The 16-byte ids of the rows written, for the lookups the generator makes. */
  readonly ids: IdBytes;
  /** Rows written so far, per table (link tables included). */
  counts(): Record<DemoTable, number>;
}

/** Prepares one writer per declared table; every row is stamped with node `node`. */
export function prepareWriters(db: Db, node: number): Writers {
  const ids = new IdBytes();
  const days = new Map<string, number>();
  const encoderOf = (spec: Column): Encoder => {
    switch (spec.storage) {
      case 'uuid':
        return (v) => ids.of(v as string);
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
  };
  const writers = new Map<Table, TableWriter>();
  for (const t of TABLES as readonly Table[]) {
    writers.set(t, new TableWriter(db, t, node, ids, encoderOf));
  }
  return {
    write(table, row) {
      const writer = writers.get(table as unknown as Table);
      if (!writer) throw new Error(`Not a declared table: ${table.name}`);
      writer.write(row as unknown as Record<string, unknown>);
    },
    ids,
    counts() {
      const out: Record<string, number> = {};
      for (const writer of writers.values()) {
        out[writer.name] = writer.rows;
        for (const link of writer.links) out[link.table] = link.rows;
      }
      return out as Record<DemoTable, number>;
    },
  };
}
