import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toRapportError } from '../../src/main/api/errors';
import type { Core } from '../../src/main/core/core';
import type { RapportError } from '../../src/shared/errors';

// Real failures from a real SQLite file, with a small table of the test's own (not
// Rapport's schema, which changes independently of this mapping).
const SCHEMA = `
  CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    cost_to_serve INTEGER NOT NULL CHECK (cost_to_serve >= 0),
    name TEXT UNIQUE,
    parent_id INTEGER REFERENCES deals(id),
    score INTEGER,
    CONSTRAINT score_range CHECK (score BETWEEN 0 AND 100)
  ) STRICT;
  CREATE TRIGGER deals_no_draft BEFORE INSERT ON deals WHEN NEW.name = 'draft'
    BEGIN SELECT RAISE(ABORT, 'A deal cannot be called draft'); END;`;

let dir: string;
let file: string;
let db: Database.Database;
let opened: Database.Database[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-errors-'));
  file = path.join(dir, 'book.db');
  db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.exec(SCHEMA);
  db.prepare('INSERT INTO deals (id, cost_to_serve, name, score) VALUES (1, 5, ?, 10)').run('Acme');
  opened = [db];
});
afterEach(() => {
  for (const d of opened) if (d.open) d.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function connect(options?: Database.Options): Database.Database {
  const d = new Database(file, options);
  opened.push(d);
  return d;
}

/** The error `run` throws, as SQLite raised it and as the API reports it. */
function failure(run: () => unknown, on: Database.Database = db, ownText = false) {
  let raw: (Error & { code: string }) | undefined;
  try {
    run();
  } catch (error) {
    raw = error as Error & { code: string };
  }
  if (!raw) throw new Error('expected a failure');
  const mapped: RapportError = toRapportError(raw, { db: on } as unknown as Core);
  // SQLite's own words never reach the user.
  if (!ownText) expect(mapped.message).not.toContain(raw.message);
  return { raw, mapped };
}

const insert = (values: Record<string, unknown>) =>
  db
    .prepare(
      'INSERT INTO deals (id, cost_to_serve, name, parent_id, score) VALUES (@id, @costToServe, @name, @parentId, @score)',
    )
    .run({ id: 2, costToServe: 1, name: 'Globex', parentId: null, score: 1, ...values });

describe('SQLite failures as errors a person can act on', () => {
  it('names the field of a missing required value, in the API form', () => {
    const { raw, mapped } = failure(() => insert({ costToServe: null }));
    expect(raw.code).toBe('SQLITE_CONSTRAINT_NOTNULL');
    expect(mapped.code).toBe('validation');
    expect(mapped.message).toBe('costToServe is required.');
    expect(mapped.issues).toEqual([{ field: 'costToServe', message: 'costToServe is required' }]);
  });

  it('names the field a CHECK is about, or the constraint it is named by', () => {
    const check = failure(() => insert({ costToServe: -1 }));
    expect(check.raw.code).toBe('SQLITE_CONSTRAINT_CHECK');
    expect(check.mapped.message).toBe('costToServe has a value that is not allowed.');
    expect(check.mapped.issues[0]?.field).toBe('costToServe');
    const named = failure(() => insert({ score: 1000 }));
    expect(named.mapped.issues[0]?.field).toBe('scoreRange');
  });

  it('reports a value already used as a conflict on that field', () => {
    const { raw, mapped } = failure(() => insert({ name: 'Acme' }));
    expect(raw.code).toBe('SQLITE_CONSTRAINT_UNIQUE');
    expect(mapped.code).toBe('conflict');
    expect(mapped.message).toBe('Another record already has this name.');
    expect(mapped.issues.map((i) => i.field)).toEqual(['name']);
    const id = failure(() => insert({ id: 1 }));
    expect(id.raw.code).toBe('SQLITE_CONSTRAINT_PRIMARYKEY');
    expect(id.mapped.message).toBe('A record with this id already exists.');
  });

  it('explains a reference to a record that does not exist', () => {
    const { raw, mapped } = failure(() => insert({ parentId: 99 }));
    expect(raw.code).toBe('SQLITE_CONSTRAINT_FOREIGNKEY');
    expect(mapped.message).toMatch(/refers to a record that does not exist/);
  });

  it('says what kind of value a STRICT column takes', () => {
    const { raw, mapped } = failure(() => insert({ costToServe: 'a lot' }));
    expect(raw.code).toBe('SQLITE_CONSTRAINT_DATATYPE');
    expect(mapped.message).toBe('costToServe must be a whole number.');
  });

  it("passes on the text of the app's own trigger rules", () => {
    const { mapped } = failure(() => insert({ name: 'draft' }), db, true);
    expect(mapped.message).toBe('A deal cannot be called draft');
  });

  it('asks to try again when another program holds the file', () => {
    const other = connect({ timeout: 0 });
    db.exec('BEGIN IMMEDIATE');
    const { raw, mapped } = failure(
      () => other.exec('INSERT INTO deals (id, cost_to_serve) VALUES (3, 1)'),
      other,
    );
    db.exec('ROLLBACK');
    expect(raw.code).toBe('SQLITE_BUSY');
    expect(mapped.code).toBe('conflict');
    expect(mapped.message).toBe(
      `Another program is using ${file} right now; try again in a moment. Nothing was changed.`,
    );
  });

  it('says a file opened to read cannot be written, or cannot be written at all', () => {
    const reader = connect({ readonly: true });
    const ro = failure(() => reader.exec('DELETE FROM deals'), reader);
    expect(ro.raw.code).toBe('SQLITE_READONLY');
    expect(ro.mapped.code).toBe('forbidden');
    expect(ro.mapped.message).toMatch(new RegExp(`^${file} cannot be written to`));
    const queryOnly = connect();
    queryOnly.pragma('query_only = ON');
    const qo = failure(() => queryOnly.exec('DELETE FROM deals'), queryOnly);
    expect(qo.mapped.message).toBe(`${file} was opened only for reading; nothing was changed.`);
  });

  it('says the disk is full', () => {
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const { raw, mapped } = failure(() => insert({ name: 'x'.repeat(100_000) }));
    expect(raw.code).toBe('SQLITE_FULL');
    expect(mapped.message).toMatch(/^The disk holding .* is full; free some space/);
  });

  it('says the file is damaged', () => {
    db.exec('CREATE TABLE notes (body TEXT)');
    const fill = db.prepare('INSERT INTO notes VALUES (?)');
    for (let i = 0; i < 400; i++) fill.run(`note ${i} `.repeat(40));
    db.close();
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, bytes.length / 2, bytes.length / 2 + 8192);
    fs.writeFileSync(file, bytes);
    const damaged = connect();
    const { raw, mapped } = failure(() => damaged.prepare('SELECT * FROM notes').all(), damaged);
    expect(raw.code).toMatch(/^SQLITE_CORRUPT/);
    expect(mapped.message).toMatch(new RegExp(`^${file} is damaged`));
  });

  it('says a file that is not a database is damaged', () => {
    const junk = path.join(dir, 'junk.db');
    fs.writeFileSync(junk, Buffer.alloc(8192, 0x41));
    const d = new Database(junk);
    opened.push(d);
    const { raw, mapped } = failure(() => d.prepare('SELECT * FROM sqlite_schema').all(), d);
    expect(raw.code).toBe('SQLITE_NOTADB');
    expect(mapped.message).toMatch(/is damaged/);
  });

  it('reports a disk or file-system failure', () => {
    db.close();
    // A read-only connection cannot take the exclusive lock a heap-memory WAL index
    // needs: a real SQLITE_IOERR_LOCK.
    const reader = connect({ readonly: true });
    reader.pragma('locking_mode = EXCLUSIVE');
    const { raw, mapped } = failure(() => reader.prepare('SELECT * FROM deals').all(), reader);
    expect(raw.code).toMatch(/^SQLITE_IOERR/);
    expect(mapped.message).toMatch(/^The disk or file system failed while Rapport was using/);
  });

  it('reports a file it cannot open', () => {
    const { raw, mapped } = failure(() => new Database(dir)); // a folder
    expect(raw.code).toBe('SQLITE_CANTOPEN');
    expect(mapped.message).toMatch(/cannot open/);
  });

  it('hides a fault in Rapport itself behind a message that points to the log', () => {
    const { raw, mapped } = failure(() => db.exec('SELECT * FROM no_such_table'));
    expect(raw.code).toBe('SQLITE_ERROR');
    expect(mapped.code).toBe('internal');
    expect(mapped.message).toMatch(/Something went wrong inside Rapport/);
  });
});
