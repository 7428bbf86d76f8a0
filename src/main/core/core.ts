import crypto from 'node:crypto';
import type { Statement } from 'better-sqlite3';
import { HybridClock } from '../../shared/hlc';
import { ChangeLog } from '../sync/changeLog';
import { openDatabase, type Db, type OpenOptions } from '../db/open';
import type { AppRole } from '../../shared/domain/enums';

/** Everything a service needs: the database, this device's clock and who is acting. */
export interface Core {
  readonly db: Db;
  readonly nodeId: string;
  readonly clock: HybridClock;
  readonly log: ChangeLog;
  /** The profile the app runs as (DESIGN §1); null until one is chosen. */
  actor: Actor | null;
  /** Prepared once per SQL text: hot paths must not re-prepare. */
  statement(sql: string): Statement;
  close(): void;
}

export interface Actor {
  id: string;
  appRole: AppRole;
}

export function openCore(file: string, options: OpenOptions = {}): Core {
  return createCore(openDatabase(file, options));
}

export function createCore(db: Db): Core {
  const nodeId = readOrCreateNodeId(db);
  const last = db.prepare('SELECT max(hlc) AS hlc FROM changes').get() as { hlc: string | null };
  const clock = new HybridClock(nodeId, Date.now, last.hlc ?? undefined);
  const statements = new Map<string, Statement>();
  const core: Core = {
    db,
    nodeId,
    clock,
    log: new ChangeLog(db, nodeId),
    actor: null,
    statement(sql) {
      let stmt = statements.get(sql);
      if (!stmt) {
        stmt = db.prepare(sql);
        statements.set(sql, stmt);
      }
      return stmt;
    },
    close: () => db.close(),
  };
  core.actor = loadProfile(core);
  return core;
}

function readOrCreateNodeId(db: Db): string {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'node_id'").get() as
    { value: string } | undefined;
  if (row) return row.value;
  const nodeId = crypto.randomBytes(8).toString('hex');
  db.prepare("INSERT INTO meta (key, value) VALUES ('node_id', ?)").run(nodeId);
  return nodeId;
}

export function loadProfile(core: Core): Actor | null {
  const row = core
    .statement(
      `SELECT m.id, m.app_role AS appRole FROM meta JOIN team_members m ON m.id = meta.value
       WHERE meta.key = 'profile_member_id'`,
    )
    .get() as Actor | undefined;
  return row ?? null;
}

export function setProfile(core: Core, memberId: string): void {
  core
    .statement(
      "INSERT INTO meta (key, value) VALUES ('profile_member_id', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run(memberId);
  core.actor = loadProfile(core);
}
