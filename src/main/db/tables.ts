/**
 * The allow-list of what may be written where: each synced table names its fields
 * (camelCase, as the domain types have them). Column names are derived, never taken
 * from input, so no caller can reach a column that is not listed here.
 */
export interface TableSpec {
  readonly name: string;
  readonly fields: readonly string[];
  /** Fields stored as JSON text. */
  readonly json?: readonly string[];
  /** Fields stored as 0/1. */
  readonly booleans?: readonly string[];
  /** Columns computed from the row, never set by a caller (e.g. a sort key). */
  readonly derived?: (row: Record<string, unknown>) => Record<string, unknown>;
}

export const toColumn = (field: string): string =>
  field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const toField = (column: string): string =>
  column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

const BASE_BOOLEANS = ['archived'];

export function booleanFields(spec: TableSpec): readonly string[] {
  return [...BASE_BOOLEANS, ...(spec.booleans ?? [])];
}

/** Turns a SQLite row into the domain shape: camelCase keys, booleans, parsed JSON. */
export function fromRow<T>(spec: TableSpec, row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  const bools = booleanFields(spec);
  for (const [column, value] of Object.entries(row)) {
    if (column === 'deleted' || column === 'sort_name') continue;
    const field = toField(column);
    if (bools.includes(field)) out[field] = value === 1;
    else if (spec.json?.includes(field)) out[field] = JSON.parse(String(value));
    else out[field] = value;
  }
  return out as T;
}

/** The value as SQLite stores it. */
export function toColumnValue(spec: TableSpec, field: string, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (booleanFields(spec).includes(field)) return value ? 1 : 0;
  if (spec.json?.includes(field)) return JSON.stringify(value);
  return value;
}
