import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { toRapportError } from '../../src/main/api/errors';
import { openCore } from '../../src/main/core/core';
import { guardOf } from '../../src/main/db/integrity';
import { openDatabase } from '../../src/main/db/open';
import { latestVersion, migrations } from '../../src/main/db/migrations';
import { RapportError } from '../../src/shared/errors';
import {
  damageMiddle,
  expectUntouched,
  fileState,
  openToOthers,
  runAsOtherUser,
} from '../support/files';
import { tempDir } from '../support/tempDb';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function dbPath(): string {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  return path.join(dir, 'r.db');
}

/** A new, empty Rapport database, closed cleanly (nothing beside it). */
function freshDatabase(): string {
  const file = dbPath();
  openDatabase(file, { create: true }).close();
  return file;
}

/** The error opening `file` throws: the app's own, naming the file. */
function refusalOf(open: () => unknown): RapportError {
  let error: unknown;
  try {
    const db = open();
    (db as { close?: () => void }).close?.();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(RapportError);
  return error as RapportError;
}

describe('opening a database file', () => {
  it('creates the whole domain schema and records the migrations', () => {
    const file = dbPath();
    const db = openDatabase(file, { create: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .pluck()
      .all() as string[];
    for (const t of ['accounts', 'contacts', 'team_members', 'changes', 'accounts_fts']) {
      expect(tables).toContain(t);
    }
    expect(db.prepare('SELECT version FROM schema_migrations').pluck().all()).toEqual(
      migrations.map((m) => m.version),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('refuses a missing file unless asked to create it', () => {
    expect(() => openDatabase(dbPath())).toThrow(/No Rapport database/);
  });

  it('opens its own database again without re-running migrations', () => {
    const file = freshDatabase();
    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) FROM schema_migrations').pluck().get()).toBe(
      migrations.length,
    );
    db.close();
  });

  it('removes its -wal and -shm when it closes (a clean close leaves none)', () => {
    const file = freshDatabase();
    const db = openDatabase(file);
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    db.close();
    expect(fileState(file).beside).toEqual(['r.db']);
  });
});

describe('refusing a file, untouched and with nothing left beside it', () => {
  it('a file that is not SQLite', () => {
    const file = dbPath();
    fs.writeFileSync(file, 'name,city\nAcme,Oslo\n');
    const before = fileState(file);
    expect(refusalOf(() => openDatabase(file)).message).toBe(
      `${file} is not a Rapport database (not a SQLite file)`,
    );
    expectUntouched(file, before);
  });

  it("another application's SQLite database", () => {
    const file = dbPath();
    const other = new Database(file);
    other.pragma('journal_mode = WAL');
    other.exec('CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES (1)');
    other.close();
    const before = fileState(file);
    expect(refusalOf(() => openDatabase(file)).message).toBe(`${file} is not a Rapport database`);
    expect(refusalOf(() => openDatabase(file, { readonly: true })).message).toMatch(
      /is not a Rapport database/,
    );
    expectUntouched(file, before);
  });

  it('a database written by a newer Rapport, also when only reading', () => {
    const file = freshDatabase();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestVersion + 1}`);
    raw.close();
    const before = fileState(file);
    for (const readonly of [false, true]) {
      expect(refusalOf(() => openDatabase(file, { readonly })).message).toMatch(
        new RegExp(`^${file} was written by a newer Rapport`),
      );
    }
    expectUntouched(file, before);
  });

  it('a file damaged in the middle (8 KiB overwritten), however it is opened', () => {
    const file = freshDatabase();
    damageMiddle(file);
    const before = fileState(file);
    expect(before.beside).toEqual(['r.db']);
    const open = [
      () => openDatabase(file),
      () => openDatabase(file, { readonly: true }),
      () => openCore(file),
      () => openCore(file, { readonly: true }),
    ];
    for (const attempt of open) {
      expect(refusalOf(attempt).message).toMatch(new RegExp(`^${file} is damaged`));
      expectUntouched(file, before);
    }
  });

  it('a damaged file the previous session did not close, keeping its -wal as it was', () => {
    const file = freshDatabase();
    damageMiddle(file);
    leaveWalBehind(file);
    const walBytes = fs.readFileSync(`${file}-wal`);
    expect(walBytes.length).toBeGreaterThan(0);
    const before = fileState(file);
    expect(before.beside).toEqual(['r.db', 'r.db-shm', 'r.db-wal']);
    // Checked before opening, whatever the size: the last session may have written damage.
    expect(refusalOf(() => openDatabase(file, { integrityCheck: 'auto' })).message).toMatch(
      /is damaged/,
    );
    expect(refusalOf(() => openDatabase(file, { readonly: true })).message).toMatch(/is damaged/);
    expectUntouched(file, before);
    expect(fs.readFileSync(`${file}-wal`).equals(walBytes)).toBe(true);
  });

  it('a folder given as the database', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    for (const readonly of [false, true]) {
      expect(refusalOf(() => openDatabase(dir, { readonly, create: true })).message).toBe(
        `${dir} is a folder, not a database file. Give the path of the database file itself (for example ${path.join(dir, 'rapport.db')}).`,
      );
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a file in a folder that does not exist, naming the folder', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const folder = path.join(dir, 'no', 'such');
    const file = path.join(folder, 'r.db');
    for (const create of [false, true]) {
      const error = refusalOf(() => openDatabase(file, { create }));
      expect(error.code).toBe('not_found');
      expect(error.message).toMatch(new RegExp(`^The folder ${folder} does not exist`));
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a file Rapport may read but not write, unless only reading', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'r.db');
    openDatabase(file, { create: true }).close();
    fs.chmodSync(file, 0o444);
    openToOthers(dir, true);
    const before = fileState(file);
    const result = runAsOtherUser(['-r', 'tsx/cjs', '-e', tryOpening(file)]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual({
      write: `${file} is read-only; Rapport needs to write to it. Make the file writable (or copy it to a folder you own) and open it again.`,
      read: 'opened',
    });
    expectUntouched(file, before);
  });

  it('a writable file in a read-only folder, naming the folder', () => {
    const { dir, cleanup } = tempDir();
    cleanups.push(cleanup);
    const file = path.join(dir, 'r.db');
    openDatabase(file, { create: true }).close();
    fs.chmodSync(file, 0o666);
    openToOthers(dir, false);
    cleanups.unshift(() => openToOthers(dir, true));
    const before = fileState(file);
    const result = runAsOtherUser(['-r', 'tsx/cjs', '-e', tryOpening(file)]);
    const outcome = JSON.parse(result.stdout) as { write: string; read: string };
    expect(outcome.write).toBe(
      `The folder ${dir} is read-only; Rapport needs to keep its working files beside ${file}. Make the folder writable (or move the file) and open it again.`,
    );
    expect(outcome.read).toMatch(/its folder is read-only/);
    expectUntouched(file, before);
  });
});

describe('opening only to read', () => {
  it('writes nothing: no migration, no node id, no optimize, nothing beside the file', () => {
    const file = freshDatabase(); // never opened by a core: it has no node id yet
    const before = fileState(file);
    const core = openCore(file, { readonly: true });
    expect(core.nodeId).toMatch(/^[0-9a-f]{16}$/);
    const stats = core.db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get();
    expect(stats).toBeGreaterThan(0);
    const write = (() => {
      try {
        core.db.exec('CREATE TABLE t (x)');
      } catch (error) {
        return toRapportError(error, core);
      }
    })();
    expect(write?.message).toBe(`${file} was opened only for reading; nothing was changed.`);
    core.close();
    expectUntouched(file, before);
  });

  it('refuses a book an older Rapport wrote instead of updating it', () => {
    const file = freshDatabase();
    const raw = new Database(file);
    raw.pragma('user_version = 0');
    raw.close();
    const before = fileState(file);
    expect(refusalOf(() => openDatabase(file, { readonly: true })).message).toBe(
      `${file} holds no Rapport data yet`,
    );
    expectUntouched(file, before);
  });
});

describe('a book too large to check before it opens', () => {
  it('is checked in the background; damage found there stops every later write', async () => {
    const file = freshDatabase();
    damageMiddle(file);
    const core = openCore(file, { integrityCheck: 'background' });
    cleanups.unshift(() => core.close());
    const guard = guardOf(core.db)!;
    const told: string[] = [];
    guard.onDamaged((error) => told.push(error.message));
    expect(await guard.settled()).toBe('damaged');
    expect(told).toEqual([expect.stringMatching(new RegExp(`^${file} is damaged`))]);
    let refused: RapportError | undefined;
    try {
      core.db.exec("INSERT INTO meta (key, value) VALUES ('after', 'damage')");
    } catch (error) {
      refused = toRapportError(error, core);
    }
    expect(refused?.message).toBe(told[0]);
  });

  it('is checked in the background and found sound', async () => {
    const file = freshDatabase();
    const core = openCore(file, { integrityCheck: 'background' });
    cleanups.unshift(() => core.close());
    expect(await guardOf(core.db)!.settled()).toBe('checked');
    core.db.exec("INSERT INTO meta (key, value) VALUES ('after', 'check')");
  });
});

/** Leaves a -wal with a committed change beside the file, as a crash does. */
function leaveWalBehind(file: string): void {
  const driver = require.resolve('better-sqlite3');
  const code = `const D = require(${JSON.stringify(driver)}); const db = new D(${JSON.stringify(file)});
    db.exec("INSERT INTO meta (key, value) VALUES ('crash', 'test')"); process.exit(0);`;
  const result = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  expect(result.stderr).toBe('');
}

/** A script that opens `file` to write and to read, and prints what happened. */
function tryOpening(file: string): string {
  const open = path.resolve(__dirname, '../../src/main/db/open.ts');
  return `const { openDatabase } = require(${JSON.stringify(open)});
    const attempt = (options) => { try { openDatabase(${JSON.stringify(file)}, options).close(); return 'opened'; } catch (e) { return e.message; } };
    console.log(JSON.stringify({ write: attempt({}), read: attempt({ readonly: true }) }));`;
}
