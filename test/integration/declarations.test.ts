import { afterAll, describe, expect, it } from 'vitest';
import { isNullable, type Column, type Storage } from '../../src/shared/schema/column';
import { TABLES } from '../../src/shared/schema/tables';
import { mappingOf } from '../../src/main/db/codec';
import { openTestCore } from '../support/tempDb';

/**
 * The migrations and the table declarations must agree: every declared field has its
 * column with the declared type and nullability, nothing else is stored, and every
 * allowed-value list and range is CHECKed by the database too.
 */
const SQL_TYPE: Record<Storage, string> = {
  uuid: 'BLOB',
  text: 'TEXT',
  integer: 'INTEGER',
  real: 'REAL',
  boolean: 'INTEGER',
  day: 'INTEGER',
  instant: 'INTEGER',
  json: 'TEXT',
};
const BASE = ['rid', 'id', 'hlc', 'node', 'updated_hlc', 'clocks', 'archived', 'deleted'];

const t = openTestCore();
afterAll(() => t.close());
const db = t.core.db;

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
}

function sample(column: Column): unknown {
  if (column.values) return column.values[0];
  if (column.range) return Number.isFinite(column.range[0]) ? column.range[0] : 1;
  const samples: Record<Storage, unknown> = {
    uuid: Buffer.alloc(16, 7),
    text: 'x',
    integer: 1,
    real: 1.5,
    boolean: 0,
    day: 20_000,
    instant: 1_700_000_000_000,
    json: '[]',
  };
  return samples[column.storage];
}

describe.each(TABLES.map((table) => [table.name, table] as const))('%s', (name, table) => {
  const { fields } = mappingOf(table);
  const info = db.prepare(`PRAGMA table_info(${name})`).all() as ColumnInfo[];

  it('stores exactly the declared fields, plus the base, derived and kept columns', () => {
    // a table clustered on its id (WITHOUT ROWID) has no rid; the searched ones do
    const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(name);
    const clustered = /WITHOUT ROWID/.test(sql as string);
    if (['accounts', 'contacts'].includes(name)) expect(clustered).toBe(false);
    const expected = [
      ...BASE.filter((c) => !(clustered && c === 'rid')),
      ...fields.map((f) => f.column),
      ...(table.derived ?? []).map((d) => d.column),
      ...(table.kept ?? []),
    ];
    expect(info.map((c) => c.name).sort()).toEqual(expected.sort());
  });

  it('gives each field the type and nullability its declaration says', () => {
    for (const { column, spec } of fields) {
      const col = info.find((c) => c.name === column)!;
      expect({ column, type: col.type }).toEqual({ column, type: SQL_TYPE[spec.storage] });
      expect({ column, notNull: col.notnull === 1 }).toEqual({
        column,
        notNull: !isNullable(spec),
      });
    }
  });

  it('refuses in SQL what the declaration refuses: values outside a list or a range', () => {
    db.pragma('foreign_keys = OFF');
    const row: Record<string, unknown> = {
      id: Buffer.alloc(16, 1),
      hlc: 1,
      node: 1,
      updated_hlc: 1,
    };
    for (const { column, spec } of fields) row[column] = isNullable(spec) ? null : sample(spec);
    for (const d of table.derived ?? []) row[d.column] = 'x';
    const names = Object.keys(row);
    const insert = db.prepare(
      `INSERT INTO ${name} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`,
    );
    const attempt = (column: string, value: unknown) =>
      db.transaction(() => {
        insert.run({ ...row, [column]: value });
        throw new Error('accepted');
      });
    try {
      for (const { column, spec } of fields) {
        for (const allowed of spec.values ?? []) {
          expect(() => attempt(column, allowed)()).toThrow('accepted');
        }
        if (spec.values) expect(() => attempt(column, 'not-a-value')()).toThrow(/CHECK/);
        const [min, max] = spec.range ?? [-Infinity, Infinity];
        if (Number.isFinite(min)) expect(() => attempt(column, min - 1)()).toThrow(/CHECK/);
        if (Number.isFinite(max)) expect(() => attempt(column, max + 1)()).toThrow(/CHECK/);
        if (spec.storage === 'uuid') {
          expect(() => attempt(column, Buffer.alloc(15))()).toThrow(/CHECK/);
        }
      }
    } finally {
      db.pragma('foreign_keys = ON');
    }
  });

  it('keeps each set-valued field in its link table', () => {
    for (const link of Object.values(table.links ?? {})) {
      const cols = (db.prepare(`PRAGMA table_info(${link.table})`).all() as ColumnInfo[]).map(
        (c) => c.name,
      );
      expect(cols.sort()).toEqual([link.member, link.owner].sort());
    }
  });
});
