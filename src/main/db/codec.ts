import type { Column, Storage } from '../../shared/schema/column';
import { storedFields, type Table } from '../../shared/schema/table';
import { hlcMillis } from '../../shared/hlc';

/**
 * The row ↔ API mapping, derived from the table declarations: the API speaks string
 * ids, ISO dates and booleans; the store keeps 16-byte ids and integers (DESIGN §2).
 */
export const DAY_MS = 86_400_000;

/** A UUID string as its 16 bytes. */
export function idBytes(id: string): Buffer {
  return Buffer.from(id.replace(/-/g, ''), 'hex');
}

/** Ids as a JSON array of hex, for SQL's `unhex(value) FROM json_each(?)`: one parameter for any number. */
export function hexIdList(ids: readonly string[]): string {
  return JSON.stringify(ids.map((id) => id.replace(/-/g, '')));
}

/** 16 bytes as the UUID string the API uses. */
export function idText(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export const dayNumber = (day: string): number => Math.round(Date.parse(day) / DAY_MS);
export const dayText = (n: number): string => new Date(n * DAY_MS).toISOString().slice(0, 10);
export const instantText = (ms: number): string => new Date(ms).toISOString();
/** The day (UTC) a moment falls on, as an ISO date. */
export const dayOfInstant = (ms: number): string => dayText(Math.floor(ms / DAY_MS));

const toStore: Record<Storage, (value: unknown) => unknown> = {
  uuid: (v) => idBytes(v as string),
  text: (v) => v,
  integer: (v) => v,
  real: (v) => v,
  boolean: (v) => (v ? 1 : 0),
  day: (v) => dayNumber(v as string),
  instant: (v) => Date.parse(v as string),
  json: (v) => JSON.stringify(v),
};

const fromStore: Record<Storage, (value: unknown) => unknown> = {
  uuid: (v) => idText(v as Buffer),
  text: (v) => v,
  integer: (v) => v,
  real: (v) => v,
  boolean: (v) => v === 1,
  day: (v) => dayText(v as number),
  instant: (v) => instantText(v as number),
  json: (v) => JSON.parse(v as string),
};

/** The value as SQLite stores it (null stays null). */
export function encode(column: Column, value: unknown): unknown {
  return value === undefined || value === null ? null : toStore[column.storage](value);
}

/** The value as the API has it. */
export function decode(column: Column, value: unknown): unknown {
  return value === null || value === undefined ? null : fromStore[column.storage](value);
}

export const toColumn = (field: string): string =>
  field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A table's stored fields with their column names, computed once per table. */
export interface Mapping {
  readonly fields: readonly { field: string; column: string; spec: Column }[];
  /** `SELECT` list that names each column once, in declaration order. */
  readonly select: string;
}

const mappings = new WeakMap<Table, Mapping>();

export function mappingOf(t: Table): Mapping {
  let m = mappings.get(t);
  if (!m) {
    const fields = storedFields(t).map((field) => ({
      field,
      column: toColumn(field),
      spec: t.columns[field] as Column,
    }));
    const select = ['id', 'hlc', 'updated_hlc', 'archived', ...fields.map((f) => f.column)].join(
      ', ',
    );
    m = { fields, select };
    mappings.set(t, m);
  }
  return m;
}

/** A stored row (selected with `mapping.select`) in the API's shape. */
export function decodeRow<T>(t: Table, row: Record<string, unknown>): T {
  const { fields } = mappingOf(t);
  const out: Record<string, unknown> = {
    id: idText(row.id as Buffer),
    archived: row.archived === 1,
    createdAt: instantText(hlcMillis(row.hlc as number)),
    updatedAt: instantText(hlcMillis((row.updated_hlc ?? row.hlc) as number)),
  };
  for (const { field, column, spec } of fields) out[field] = decode(spec, row[column]);
  return out as T;
}
