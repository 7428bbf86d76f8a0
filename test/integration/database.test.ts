import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { latestVersion } from '../../src/main/db/migrations';
import { tempDir } from '../support/tempDb';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function dbPath(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return path.join(dir, 'r.db');
}

const bytesOf = (file: string) => fs.readFileSync(file);

describe('opening a database file', () => {
  it('creates the whole domain schema and records the migration', () => {
    const file = dbPath();
    const db = openDatabase(file, { create: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .pluck()
      .all() as string[];
    for (const t of [
      'accounts',
      'contacts',
      'team_members',
      'teams',
      'territories',
      'assignments',
      'interactions',
      'purchases',
      'opportunities',
      'offerings',
      'offering_services',
      'assessments',
      'partner_agreements',
      'changes',
      'conflicts',
      'accounts_fts',
      'contacts_fts',
    ]) {
      expect(tables).toContain(t);
    }
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual([1]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a missing file unless asked to create it', () => {
    expect(() => openDatabase(dbPath())).toThrow(/No Rapport database/);
  });

  it('refuses a file that is not SQLite, and leaves it untouched', () => {
    const file = dbPath();
    fs.writeFileSync(file, 'name,city\nAcme,Oslo\n');
    const before = bytesOf(file);
    expect(() => openDatabase(file)).toThrow(/not a Rapport database/);
    expect(bytesOf(file).equals(before)).toBe(true);
  });

  it("refuses another application's SQLite database, and leaves it untouched", () => {
    const file = dbPath();
    const other = new Database(file);
    other.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)');
    other.close();
    const before = bytesOf(file);
    expect(() => openDatabase(file)).toThrow(/not a Rapport database/);
    expect(bytesOf(file).equals(before)).toBe(true);
  });

  it('refuses a database written by a newer Rapport, and leaves it untouched', () => {
    const file = dbPath();
    openDatabase(file, { create: true }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const before = bytesOf(file);
    expect(() => openDatabase(file)).toThrow(/newer Rapport/);
    expect(bytesOf(file).equals(before)).toBe(true);
  });

  it('refuses a damaged file with a clear message, and leaves it untouched', () => {
    const file = dbPath();
    const db = openDatabase(file, { create: true });
    db.pragma('journal_mode = DELETE');
    db.close();
    const bytes = bytesOf(file);
    bytes.fill(0x5a, 200, bytes.length); // keep the header, scribble over the rest
    fs.writeFileSync(file, bytes);
    expect(() => openDatabase(file)).toThrow(/damaged|not a Rapport database/);
    expect(bytesOf(file).equals(bytes)).toBe(true);
  });

  it('opens its own database again without re-running migrations', () => {
    const file = dbPath();
    openDatabase(file, { create: true }).close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(1);
    db.close();
  });
});
