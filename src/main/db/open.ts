import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { normalize } from '../../shared/text';
import { CollatedLanguage, sortKey } from '../../shared/collation';
import { RapportError } from '../../shared/errors';
import { latestVersion, migrations } from './migrations';
import { resumeIndexing } from './bulkLoad';
import { healthOfColumns } from './figures/health';
import {
  canWrite,
  checkPlace,
  checkSqliteHeader,
  checkWritable,
  removeSideFilesWeMade,
  sideFilesOf,
  type SideFiles,
} from './fileChecks';
import {
  attachGuard,
  guardOf,
  CHECK_BEFORE_OPEN_BYTES,
  IntegrityGuard,
  isDamage,
  quickCheck,
} from './integrity';
import { damagedFile, fromSqliteError, isSqliteError } from './sqliteErrors';

export type Db = Database.Database;

/** 'RPRT': marks a SQLite file as a Rapport database (PRAGMA application_id). */
export const APPLICATION_ID = 0x52505254;

export interface OpenOptions {
  /** Create the file if it does not exist (the CLI's `demo`, the app's first start). */
  create?: boolean;
  /**
   * For commands that only read: no migration, no `PRAGMA optimize`, no write of any
   * kind (the connection is `query_only`), and no `-wal`/`-shm` left behind.
   */
  readonly?: boolean;
  /**
   * When `PRAGMA quick_check` reads the whole file. `auto`: before opening when the
   * file is small (≤ 16 MiB), or was not closed cleanly (a `-wal` is beside it) or needs
   * a migration; otherwise in the background, and not at all to read only (reading
   * cannot spread damage). `skip`: for a second connection to a file this app already
   * opened and checked (a job worker).
   */
  integrityCheck?: 'auto' | 'before-open' | 'background' | 'skip';
}

/**
 * Opens (or creates) a Rapport database and brings its schema up to date. A file that
 * is not a Rapport database, is damaged, or is newer than this app is refused with a
 * clear message, without a byte written to it or a `-wal`/`-shm` left beside it.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (!checkPlace(file, options)) return createDatabase(file);
  checkSqliteHeader(file);
  if (!options.readonly) checkWritable(file);
  const { db, when } = inspect(file, options);
  try {
    if (options.readonly) {
      configureForReading(db);
    } else {
      db.pragma('query_only = OFF');
      configure(db);
      migrate(db, file, true);
      resumeIndexing(db);
      db.pragma('optimize = 0x10002');
    }
    const guard = new IntegrityGuard(db, file, when === 'before-open' ? 'checked' : 'unchecked');
    if (when === 'background') guard.checkInBackground();
    attachGuard(db, guard);
    return db;
  } catch (error) {
    db.close();
    throw refusal(error, file);
  }
}

/** True for a connection opened only to read (writes fail with SQLITE_READONLY). */
export function readsOnly(db: Db): boolean {
  return db.readonly || db.pragma('query_only', { simple: true }) === 1;
}

/** Closes the file, stopping a whole-file check that may still be running. */
export function closeDatabase(db: Db): void {
  guardOf(db)?.stop();
  db.close();
}

function createDatabase(file: string): Db {
  const db = new Database(file);
  try {
    configure(db);
    migrate(db, file, false);
    attachGuard(db, new IntegrityGuard(db, file, 'checked'));
    return db;
  } catch (error) {
    db.close();
    throw refusal(error, file);
  }
}

type CheckTime = 'before-open' | 'background' | 'skip';

/**
 * Opens a connection that cannot write (`query_only`) and refuses what we must not
 * open. Read-write unless a `-wal` is already there or the file may not be written:
 * only a read-write connection removes its `-wal`/`-shm` on close. A read-only one
 * (which also never checkpoints a leftover `-wal` into the file) is tidied after.
 */
function inspect(file: string, options: OpenOptions): { db: Db; when: CheckTime } {
  const before = sideFilesOf(file);
  const readWrite = !before.wal && canWrite(file) && canWrite(path.dirname(path.resolve(file)));
  let db = connect(file, readWrite, before);
  try {
    const version = refuseForeign(db, file, options);
    const when = whenToCheck(file, options, before, version);
    if (when === 'before-open' && quickCheck(db) !== 'ok') throw damagedFile(file);
    if (!readWrite && !options.readonly) {
      db.close(); // a leftover -wal is for a read-write connection to recover
      db = new Database(file, { fileMustExist: true });
      db.pragma('query_only = ON');
    }
    return { db, when };
  } catch (error) {
    db.close();
    throw refusal(error, file);
  }
}

function connect(file: string, readWrite: boolean, before: SideFiles): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: !readWrite, fileMustExist: true });
  } catch (error) {
    throw refusal(error, file);
  }
  if (readWrite) {
    db.pragma('query_only = ON');
  } else {
    const close = db.close.bind(db);
    db.close = () => {
      close();
      removeSideFilesWeMade(file, before);
      return db;
    };
  }
  return db;
}

/** Small, or (to write) not closed cleanly or about to be migrated: checked before use. */
function whenToCheck(
  file: string,
  options: OpenOptions,
  before: SideFiles,
  version: number,
): CheckTime {
  const asked = options.integrityCheck ?? 'auto';
  if (asked !== 'auto') return asked;
  if (fs.statSync(file).size <= CHECK_BEFORE_OPEN_BYTES) return 'before-open';
  // Reading cannot spread damage, and a read that meets some says so (SQLITE_CORRUPT):
  // `rapport stats` beside a running app (whose -wal is there) must not take seconds.
  if (options.readonly) return 'skip';
  if (before.wal || version < latestVersion) return 'before-open';
  return 'background';
}

/**
 * A foreign, newer (or, to read only, older) database is refused, reading only.
 * Returns the file's schema version.
 */
function refuseForeign(db: Db, file: string, options: OpenOptions): number {
  const appId = db.pragma('application_id', { simple: true }) as number;
  const version = db.pragma('user_version', { simple: true }) as number;
  const tables = db
    .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")
    .pluck()
    .get() as number;
  if (appId !== APPLICATION_ID && (appId !== 0 || tables > 0)) {
    throw new RapportError('validation', `${file} is not a Rapport database`);
  }
  if (version > latestVersion) {
    throw new RapportError(
      'validation',
      `${file} was written by a newer Rapport (schema ${version}; this app knows up to ${latestVersion}). Update Rapport to open it.`,
    );
  }
  if (options.readonly && version < latestVersion) {
    throw new RapportError(
      'validation',
      version === 0
        ? `${file} holds no Rapport data yet`
        : `${file} was written by an older Rapport (schema ${version}); open it once in the app to update it, then try again.`,
    );
  }
  for (const m of migrations) {
    const reason = version > 0 && m.version > version ? m.refuse?.(db, file) : null;
    if (reason) throw new RapportError('validation', reason);
  }
  return version;
}

/** SQLite's failures while opening, as the app's errors; anything else as it was. */
function refusal(error: unknown, file: string): unknown {
  if (isDamage(error)) return damagedFile(file);
  if (isSqliteError(error)) return fromSqliteError(error, file);
  return error;
}

function configureForReading(db: Db): void {
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // SQLite's default page cache is 2 MB: a lead's board or report reads the index pages
  // of thousands of accounts, which then came from the file again on every call (on the
  // 100k book, 4,863 accounts' figures took twice as long). Pages are cached as they are
  // read, so a small book never uses it all.
  db.pragma('cache_size = -65536');
  // Used by the search triggers; the same function the query side uses.
  db.function('rapport_normalize', { deterministic: true }, (text: unknown) =>
    normalize(String(text ?? '')),
  );
  // Used by the triggers that keep each account's health for the list (db/figures).
  db.function('rapport_health', { deterministic: true, varargs: true }, healthOfColumns);
  // Used by the migration that gives existing accounts their sort keys per language.
  db.function('rapport_sort_key', { deterministic: true }, (text: unknown, language: unknown) =>
    sortKey(String(text ?? ''), CollatedLanguage.parse(language)),
  );
}

function configure(db: Db): void {
  configureForReading(db);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  // Keeps the query planner's statistics fresh (SQLite's advice for long-lived
  // connections); bounded so a large book opens quickly.
  db.pragma('analysis_limit = 400');
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
