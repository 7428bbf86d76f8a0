import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { RapportError } from '../../shared/errors';
import { damagedFile, isSqliteError, primaryCode } from './sqliteErrors';

type Db = Database.Database;

/**
 * Files up to this size are checked before they are used. `PRAGMA quick_check` reads
 * every page: on a 1.1 GB book (100k accounts) it took 2.9–5.2 s from the page cache
 * and 15.7 s cold, ~300 MB/s at best, so 16 MiB stays well under ~150 ms.
 */
export const CHECK_BEFORE_OPEN_BYTES = 16 * 1024 * 1024;

/** `'ok'`, or the first problem SQLite found. */
export function quickCheck(db: Db): string {
  return String(db.pragma('quick_check(1)', { simple: true }));
}

export type IntegrityStatus = 'checked' | 'checking' | 'unchecked' | 'damaged';

/**
 * The whole-file check of one open database, and what happens when it fails. A book
 * too large to check before it opens is checked by a worker thread on its own
 * connection; if it (or any later statement) finds damage, the connection turns
 * `query_only`, so every write is refused, and listeners are told once — the shell
 * shows the message, and the API answers writes with it (see api/errors.ts).
 */
export class IntegrityGuard {
  private state: IntegrityStatus;
  private found: RapportError | null = null;
  private readonly listeners = new Set<(error: RapportError) => void>();
  private worker: Worker | null = null;
  private done: Promise<IntegrityStatus> | null = null;

  constructor(
    private readonly db: Db,
    readonly file: string,
    state: Exclude<IntegrityStatus, 'damaged'>,
  ) {
    this.state = state;
  }

  get status(): IntegrityStatus {
    return this.state;
  }

  /** Why the file may not be written to any more; null while it is sound. */
  get damage(): RapportError | null {
    return this.found;
  }

  /** Calls `listener` once, if and when damage is found (at once if it already was). */
  onDamaged(listener: (error: RapportError) => void): () => void {
    if (this.found) listener(this.found);
    else this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves when no check is running any more. */
  settled(): Promise<IntegrityStatus> {
    return this.done ?? Promise.resolve(this.state);
  }

  reportDamage(): void {
    if (this.found) return;
    this.found = damagedFile(this.file);
    this.state = 'damaged';
    if (this.db.open) this.db.pragma('query_only = ON');
    for (const listener of this.listeners) listener(this.found);
    this.listeners.clear();
  }

  /** Starts the check on a worker thread; the app goes on meanwhile. */
  checkInBackground(): void {
    if (this.worker || this.found) return;
    this.state = 'checking';
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { driver: DRIVER(), file: this.file },
    });
    worker.unref(); // never keeps a quitting app or a finished CLI alive
    this.worker = worker;
    this.done = new Promise((resolve) => {
      const finish = (result: CheckResult | null) => {
        this.worker = null;
        if (result?.damaged) {
          console.error(`The integrity check of ${this.file} failed: ${result.problem}`);
          this.reportDamage();
        } else if (this.state === 'checking') this.state = result ? 'checked' : 'unchecked';
        resolve(this.state);
      };
      worker.once('message', finish);
      worker.once('error', (error) => {
        console.error(`The integrity check of ${this.file} could not run:`, error);
        finish(null);
      });
      worker.once('exit', () => finish(null));
    });
  }

  /** Stops a running check (the file is being closed). */
  stop(): void {
    void this.worker?.terminate();
    this.worker = null;
  }
}

interface CheckResult {
  damaged: boolean;
  problem: string;
}

const DRIVER = () => createRequire(__filename).resolve('better-sqlite3');

/**
 * Plain JavaScript, so the worker needs no TypeScript loader and no separate build
 * entry. Read-write with `query_only`: unlike a read-only connection, it removes the
 * `-wal`/`-shm` it used if it is the last to close, and it can never write.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
let db;
try {
  db = new Database(workerData.file, { fileMustExist: true });
  db.pragma('query_only = ON');
  const problem = String(db.pragma('quick_check(1)', { simple: true }));
  parentPort.postMessage({ damaged: problem !== 'ok', problem });
} catch (error) {
  const code = String(error && error.code);
  const damaged = code.startsWith('SQLITE_CORRUPT') || code.startsWith('SQLITE_NOTADB');
  if (damaged) parentPort.postMessage({ damaged, problem: String(error.message) });
  else throw error;
} finally {
  if (db) db.close();
}
`;

/** True for the SQLite errors that mean the file itself is damaged. */
export function isDamage(error: unknown): boolean {
  if (!isSqliteError(error)) return false;
  const family = primaryCode(error.code);
  return family === 'SQLITE_CORRUPT' || family === 'SQLITE_NOTADB';
}

const guards = new WeakMap<Db, IntegrityGuard>();

export function guardOf(db: Db): IntegrityGuard | undefined {
  return guards.get(db);
}

export function attachGuard(db: Db, guard: IntegrityGuard): IntegrityGuard {
  guards.set(db, guard);
  return guard;
}
