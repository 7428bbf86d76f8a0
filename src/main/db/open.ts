import fs from 'node:fs';
import Database from 'better-sqlite3';
import { normalize } from '../../shared/text';
import { RapportError } from '../../shared/errors';
import { latestVersion, migrations } from './migrations';

export type Db = Database.Database;

/** 'RPRT': marks a SQLite file as a Rapport database (PRAGMA application_id). */
export const APPLICATION_ID = 0x52505254;
const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

export interface OpenOptions {
  /** Create the file if it does not exist (the CLI's `demo`, the app's first start). */
  create?: boolean;
}

/**
 * Opens (or creates) a Rapport database and brings its schema up to date. A file that
 * is not a Rapport database, is damaged, or is newer than this app is refused with a
 * clear message and left untouched.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (!exists && !options.create) {
    throw new RapportError('not_found', `No Rapport database at ${file}`);
  }
  if (exists) inspectExisting(file);
  const db = new Database(file);
  try {
    configure(db);
    migrate(db, file, exists);
    db.pragma('optimize = 0x10002');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // Keeps the query planner's statistics fresh (SQLite's advice for long-lived
  // connections); bounded so a large book opens quickly.
  db.pragma('analysis_limit = 400');
  // Used by the search triggers; the same function the query side uses.
  db.function('rapport_normalize', { deterministic: true }, (text: unknown) =>
    normalize(String(text ?? '')),
  );
}

/**
 * Reads the file without writing a byte, and refuses what we must not open. A damaged
 * schema fails here; a full integrity check would read the whole book on every start.
 */
function inspectExisting(file: string): void {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw new RapportError('validation', `${file} is not a Rapport database (not a SQLite file)`);
  }
  let probe: Db | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = probe
      .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'")
      .get() as {
      n: number;
    };
    if (appId !== APPLICATION_ID && (appId !== 0 || tables.n > 0)) {
      throw new RapportError('validation', `${file} is not a Rapport database`);
    }
    if (version > latestVersion) {
      throw new RapportError(
        'validation',
        `${file} was written by a newer Rapport (schema ${version}; this app knows up to ${latestVersion}). Update Rapport to open it.`,
      );
    }
  } catch (error) {
    if (error instanceof RapportError) throw error;
    throw new RapportError(
      'validation',
      `${file} is damaged or not a Rapport database (${(error as Error).message})`,
    );
  } finally {
    probe?.close();
  }
}

function migrate(db: Db, file: string, existed: boolean): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return;
  if (existed && current > 0) backUp(db, file, current);
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const record = db.prepare(
    'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  );
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${latestVersion}`);
  })();
}

/** A copy of the file as it was, before its schema changes (DESIGN §2). */
function backUp(db: Db, file: string, version: number): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
  fs.copyFileSync(file, `${file}.v${version}.bak`);
}
