import crypto from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { HybridClock } from '../../shared/hlc';
import { ChangeLog } from '../sync/log';
import { closeDatabase, openDatabase, readsOnly, type Db, type OpenOptions } from '../db/open';
import type { AppRole } from '../../shared/domain/enums';
import { idBytes, idText } from '../db/codec';

/** Everything a service needs: the database, this device's clock and who is acting. */
export interface Core {
  readonly db: Db;
  /** This install's own id (random, made on first open). */
  readonly nodeId: string;
  /** Its number in the `nodes` table: what rows and the log store. */
  readonly nodeIdx: number;
  readonly clock: HybridClock;
  readonly log: ChangeLog;
  /** Runs fn in one transaction (nested: a savepoint); one wrapper for every call. */
  transaction<T>(fn: () => T): T;
  /** Prepared once per SQL text: hot paths must not re-prepare. */
  statement(sql: string): Statement;
  close(): void;
}

export interface Actor {
  id: string;
  appRole: AppRole;
}

/** `now`: this device's wall clock (a test sets a laptop's clock a day wrong). */
export function openCore(file: string, options: OpenOptions & { now?: () => number } = {}): Core {
  return createCore(openDatabase(file, options), options.now);
}

export function createCore(db: Db, now: () => number = Date.now): Core {
  const nodeId = readOrCreateNodeId(db);
  const nodeIdx = nodeIndex(db, nodeId);
  // The clock only moves forward and the log is appended in its order, so the last
  // change holds the latest clock: one row read, not a scan of the log or the book.
  const last = db.prepare('SELECT hlc FROM changes ORDER BY seq DESC LIMIT 1').get() as
    { hlc: number } | undefined;
  const clock = new HybridClock(nodeId, now, last?.hlc ?? 0);
  const statements = new Map<string, Statement>();
  const transaction = db.transaction((fn: () => unknown) => fn());
  return {
    db,
    nodeId,
    nodeIdx,
    clock,
    log: new ChangeLog(db, nodeIdx),
    transaction: <T>(fn: () => T) => transaction(fn) as T,
    statement(sql) {
      let stmt = statements.get(sql);
      if (!stmt) {
        stmt = db.prepare(sql);
        statements.set(sql, stmt);
      }
      return stmt;
    },
    close: () => closeDatabase(db),
  };
}

/** Opened only to read, a file that never had a node id gets one for this run only. */
function readOrCreateNodeId(db: Db): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'node_id'").get() as
    { value: string } | undefined;
  if (row) return row.value;
  const nodeId = crypto.randomBytes(8).toString('hex');
  if (readsOnly(db)) return nodeId;
  db.prepare("INSERT INTO meta (key, value) VALUES ('node_id', ?)").run(nodeId);
  return nodeId;
}

/** The small number a node id is stored as; added to `nodes` the first time it is seen. */
export function nodeIndex(db: Db, nodeId: string): number {
  const found = db.prepare('SELECT idx FROM nodes WHERE node_id = ?').get(nodeId) as
    { idx: number } | undefined;
  if (found) return found.idx;
  if (readsOnly(db)) return 0; // nothing is logged by a connection that cannot write
  return Number(db.prepare('INSERT INTO nodes (node_id) VALUES (?)').run(nodeId).lastInsertRowid);
}

/**
 * Who the app runs as, read fresh on every call (DESIGN §9): a lead who makes
 * themselves a rep has a rep's rights from the next call on.
 */
export function currentActor(core: Core): Actor | null {
  const row = core
    .statement(
      `SELECT m.id, m.app_role AS appRole FROM meta JOIN team_members m ON m.id = unhex(meta.value)
       WHERE meta.key = 'profile_member_id' AND m.deleted = 0`,
    )
    .get() as { id: Buffer; appRole: AppRole } | undefined;
  return row ? { id: idText(row.id), appRole: row.appRole } : null;
}

export function setProfile(core: Core, memberId: string): void {
  core
    .statement(
      "INSERT INTO meta (key, value) VALUES ('profile_member_id', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run(idBytes(memberId).toString('hex'));
  core
    .statement('UPDATE nodes SET member_id = ? WHERE idx = ?')
    .run(idBytes(memberId), core.nodeIdx);
}
