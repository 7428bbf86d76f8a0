import { v7 as uuidv7 } from 'uuid';
import { RapportError } from '../../shared/errors';
import { fromRow, toColumn, toColumnValue, type TableSpec } from '../db/tables';
import type { Core } from './core';

/**
 * The one write path for synced rows: stamps the clock, writes the row and appends
 * the change log, all inside the caller's transaction.
 */
export function insertRecord<T>(core: Core, spec: TableSpec, values: Record<string, unknown>): T {
  const id = uuidv7();
  const hlc = core.clock.tick();
  const columns: Record<string, unknown> = {};
  for (const field of spec.fields) {
    if (values[field] !== undefined)
      columns[toColumn(field)] = toColumnValue(spec, field, values[field]);
  }
  // Derived columns are written but not logged: every node computes them itself.
  const written = { ...columns, ...spec.derived?.(values) };
  const names = Object.keys(written);
  const sql = `INSERT INTO ${spec.name} (id, updated_hlc, ${names.join(', ')})
    VALUES (?, ?, ${names.map(() => '?').join(', ')})`;
  core.statement(sql).run(id, hlc, ...Object.values(written));
  core.log.record(hlc, spec.name, id, withoutNulls(columns));
  return getRecord<T>(core, spec, id);
}

/** Writes only the fields whose value differs; returns the row as it now is. */
export function updateRecord<T>(
  core: Core,
  spec: TableSpec,
  id: string,
  patch: Record<string, unknown>,
): T {
  const current = getRawRow(core, spec, id);
  const changed: Record<string, unknown> = {};
  for (const field of spec.fields.concat('archived')) {
    if (!(field in patch)) continue;
    const column = toColumn(field);
    const value = toColumnValue(spec, field, patch[field]);
    if (value !== current[column]) changed[column] = value;
  }
  if (Object.keys(changed).length === 0) return fromRow<T>(spec, current);
  const written = { ...changed };
  if (spec.derived) {
    const merged = { ...fromRow<Record<string, unknown>>(spec, current), ...patch };
    for (const [column, value] of Object.entries(spec.derived(merged))) {
      if (value !== current[column]) written[column] = value;
    }
  }
  const hlc = core.clock.tick();
  const sets = Object.keys(written).map((c) => `${c} = ?`);
  core
    .statement(`UPDATE ${spec.name} SET updated_hlc = ?, ${sets.join(', ')} WHERE id = ?`)
    .run(hlc, ...Object.values(written), id);
  core.log.record(hlc, spec.name, id, changed);
  return fromRow<T>(spec, { ...current, ...written, updated_hlc: hlc });
}

export function getRecord<T>(core: Core, spec: TableSpec, id: string): T {
  return fromRow<T>(spec, getRawRow(core, spec, id));
}

export function findRecord<T>(core: Core, spec: TableSpec, id: string): T | null {
  const row = core.statement(`SELECT * FROM ${spec.name} WHERE id = ? AND deleted = 0`).get(id);
  return row ? fromRow<T>(spec, row as Record<string, unknown>) : null;
}

function getRawRow(core: Core, spec: TableSpec, id: string): Record<string, unknown> {
  const row = core.statement(`SELECT * FROM ${spec.name} WHERE id = ? AND deleted = 0`).get(id);
  if (!row) throw RapportError.notFound(label(spec.name), id);
  return row as Record<string, unknown>;
}

/** Every live row of a table, by name. */
export function listRecords<T>(core: Core, spec: TableSpec, includeArchived: boolean): T[] {
  const where = includeArchived ? 'deleted = 0' : 'deleted = 0 AND archived = 0';
  return core
    .statement(`SELECT * FROM ${spec.name} WHERE ${where} ORDER BY name`)
    .all()
    .map((row) => fromRow<T>(spec, row as Record<string, unknown>));
}

/** Fails with the field's message when a referenced row is missing or archived away. */
export function requireReference(
  core: Core,
  spec: TableSpec,
  field: string,
  id: string | null | undefined,
): void {
  if (!id) return;
  const row = core.statement(`SELECT 1 FROM ${spec.name} WHERE id = ? AND deleted = 0`).get(id);
  if (!row) throw RapportError.validation(field, `${label(spec.name)} ${id} does not exist`);
}

function label(table: string): string {
  const singular = table.replace(/ies$/, 'y').replace(/s$/, '').replace(/_/g, ' ');
  return singular.charAt(0).toUpperCase() + singular.slice(1);
}

function withoutNulls(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null));
}

/** Runs fn as one transaction: all of its writes land, or none do. */
export function inTransaction<T>(core: Core, fn: () => T): T {
  return core.db.transaction(fn)();
}

/**
 * Whether walking up a tree column (an account's parent, a contact's manager) from
 * `from` reaches `target`: setting target's link to `from` would then close a loop.
 */
export function reachesUp(
  core: Core,
  tree: { table: string; link: string },
  from: string,
  target: string,
): boolean {
  const hit = core
    .statement(
      `WITH RECURSIVE up(id, depth) AS (
         SELECT ?, 0
         UNION ALL SELECT t.${tree.link}, up.depth + 1 FROM ${tree.table} t JOIN up ON t.id = up.id
         WHERE t.${tree.link} IS NOT NULL AND up.depth < 100)
       SELECT 1 FROM up WHERE id = ? LIMIT 1`,
    )
    .get(from, target);
  return hit !== undefined;
}
