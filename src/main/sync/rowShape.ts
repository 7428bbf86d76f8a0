import type { Column } from '../../shared/schema/column';
import type { Table } from '../../shared/schema/table';
import type { WireChange } from '../../shared/sync/wire';
import { ruleFields } from '../../shared/rules/rowRules';
import { decode, mappingOf, toColumn } from '../db/codec';

/** The SQL and value shapes the merge (merge.ts) reads and writes a row with. */

type Json = WireChange['values'][string];
type Values = Record<string, unknown>;

/**
 * What the merge reads of a row for a change: its clocks, the changed fields (to tell a
 * clash from an equal value) and the fields derived columns are computed from.
 */
export function columnsFor(t: Table, values: Values): string {
  const fields = new Set(Object.keys(values));
  // The other fields of the rules the change's fields are in: the row is checked as it would stand.
  for (const f of ruleFields(t.name, fields)) fields.add(f);
  for (const d of t.derived ?? []) {
    if (d.from.some((f) => fields.has(f))) for (const f of d.from) fields.add(f);
  }
  const columns = ['hlc', 'node', 'clocks', 'archived', 'deleted'];
  for (const f of [...fields].sort()) {
    if (f in t.columns && !(f in (t.links ?? {}))) columns.push(toColumn(f));
  }
  return columns.join(', ');
}

const inserts = new WeakMap<Table, string>();

/** One statement per table that makes a row with every stored column. */
export function insertSql(t: Table): string {
  let sql = inserts.get(t);
  if (!sql) {
    const columns = [
      'id',
      'hlc',
      'node',
      'archived',
      'deleted',
      ...mappingOf(t).fields.map((f) => f.column),
      ...(t.derived ?? []).map((d) => d.column),
    ];
    sql = `INSERT INTO ${t.name} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
      ON CONFLICT (id) DO NOTHING`;
    inserts.set(t, sql);
  }
  return sql;
}

const defaults = new WeakMap<Column, unknown>();

/** What a column's schema gives when a field is left out (undefined: it must be set). */
export function defaultOf(spec: Column): unknown {
  if (!defaults.has(spec)) defaults.set(spec, spec.zod.safeParse(undefined).data);
  return defaults.get(spec);
}

/** The selected fields of a stored row, in API form. */
export function decodeSome(t: Table, row: Values): Values {
  const out: Values = {};
  for (const { field, column, spec } of mappingOf(t).fields) {
    if (column in row) out[field] = decode(spec, row[column]);
  }
  return out;
}

/**
 * The change's values, each checked with its field's schema (a folder is written by
 * any device, a server by any version): a message naming the field when one fails.
 */
export function validValues(t: Table, change: WireChange): Values | string {
  const out: Values = {};
  const allowed = new Set(mappingOf(t).fields.map((f) => f.field));
  for (const [field, value] of Object.entries(change.values)) {
    if (field === 'archived' || field === 'deleted') {
      if (typeof value !== 'boolean') return `${t.label} ${field} must be true or false`;
      out[field] = value;
      continue;
    }
    if (t.links?.[field]) {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        return `${t.label} ${field} must be a list of ids`;
      out[field] = value;
      continue;
    }
    const column = t.columns[field];
    if (!column || !allowed.has(field)) return `${t.label} has no field ${field}`;
    const parsed = column.zod.safeParse(value);
    if (!parsed.success) {
      return `${t.label} ${field}: ${parsed.error.issues[0]?.message ?? 'not a valid value'}`;
    }
    out[field] = parsed.data;
  }
  return out;
}

export function sameJson(a: unknown, b: Json | unknown): boolean {
  const norm = (v: unknown) => (Array.isArray(v) ? [...(v as string[])].sort() : v);
  return JSON.stringify(norm(a) ?? null) === JSON.stringify(norm(b) ?? null);
}
