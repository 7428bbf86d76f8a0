/**
 * Rapport's side of the sync figures of issue 12, on a real server on loopback:
 * - the same 100,000 account documents PouchDB replicates (bench/sync/pouch.ts), sent
 *   by one laptop and received by an empty one through the server;
 * - pushing 10,000 local changes;
 * - a sync with nothing to do.
 *
 *   replicateBench(bookFile, accounts?) → ReplicateFigures
 *   npx tsx bench/sync/replicate.ts <book.db> [accounts]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '../../src/main/core/core';
import { openDatabase } from '../../src/main/db/open';
import { createHttpAdapter } from '../../src/main/sync/adapters/http';
import { pushPending } from '../../src/main/sync/push';
import { snapshotToLog } from '../../src/main/sync/snapshot';
import { synchronize } from '../../src/main/sync/sync';
import { addDevice } from '../../src/server/devices';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import { serveProcess, stopProcess } from './serverProcess';

export interface ReplicateFigures {
  accounts: number;
  /** Seconds for the sender's push and the receiver's pull of those accounts. */
  push: number;
  pull: number;
  /** Pushing 10,000 more local changes (writes), seconds. */
  push10k: number;
  /** A sync with nothing to do, milliseconds: median and slowest of 10. */
  noopMedianMs: number;
  noopMaxMs: number;
}

/**
 * The sender: a new book holding the bench book's first `accounts` accounts (without
 * their parent links, like PouchDB's separate documents) and the team they refer to.
 */
function senderBook(bookFile: string, file: string, accounts: number): Core {
  const core = createCore(openDatabase(file, { create: true }));
  const db = core.db;
  db.prepare('ATTACH DATABASE ? AS src').run(bookFile);
  db.pragma('foreign_keys = OFF');
  db.transaction(() => {
    db.exec('DELETE FROM main.nodes WHERE idx <> (SELECT max(idx) FROM main.nodes)');
    db.exec('INSERT OR IGNORE INTO main.nodes SELECT * FROM src.nodes');
    for (const t of ['teams', 'territories', 'team_members']) {
      db.exec(`INSERT INTO main.${t} SELECT * FROM src.${t}`);
    }
    db.prepare('INSERT INTO main.accounts SELECT * FROM src.accounts WHERE rid <= ?').run(accounts);
    db.exec('UPDATE main.accounts SET parent_id = NULL');
  })();
  db.pragma('foreign_keys = ON');
  db.exec('DETACH DATABASE src');
  return core;
}

const seconds = async (fn: () => Promise<unknown>) => {
  const start = performance.now();
  await fn();
  return (performance.now() - start) / 1000;
};

export async function replicateBench(
  bookFile: string,
  accounts = 100_000,
): Promise<ReplicateFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-replicate-'));
  const dataDir = path.join(dir, 'server');
  const storage = openSqliteStorage(dataDir);
  const tokens = {
    sender: (await addDevice(storage, { name: 'sender', role: 'admin', memberId: null })).token,
    receiver: (await addDevice(storage, { name: 'receiver', role: 'admin', memberId: null })).token,
  };
  await storage.close();
  // The server in its own process, as a team runs it (its work overlaps the laptops').
  const server = await serveProcess(dataDir, { rateLimit: 1_000_000 });
  const adapter = async (name: keyof typeof tokens) =>
    createHttpAdapter({ url: server.url, token: tokens[name], timeoutMs: 120_000 });
  let sender: Core | undefined;
  let receiver: Core | undefined;
  try {
    sender = senderBook(bookFile, path.join(dir, 'sender.db'), accounts);
    const s = sender;
    snapshotToLog(s);
    const up = await adapter('sender');
    const push = await seconds(() => pushPending(s, up, { batch: 5000 }));

    receiver = createCore(openDatabase(path.join(dir, 'receiver.db'), { create: true }));
    const r = receiver;
    const down = await adapter('receiver');
    const pull = await seconds(() => synchronize(r, down, { batch: 5000 }));
    const received = r.db.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
    if (received !== accounts) throw new Error(`received ${received} accounts of ${accounts}`);

    // 10,000 more local changes: one field of 10,000 accounts, through the write path.
    const ids = s.db.prepare('SELECT id FROM accounts LIMIT 10000').pluck().all() as Buffer[];
    const update = s.db.prepare('UPDATE accounts SET cost_to_serve = ? WHERE id = ?');
    s.transaction(() => {
      ids.forEach((id, i) => {
        update.run(1000 + i, id);
        s.log.record(s.clock.tick(), 'accounts', id, { costToServe: 1000 + i });
      });
    });
    const push10k = await seconds(() => pushPending(s, up));
    await synchronize(r, down);

    const noop: number[] = [];
    for (let i = 0; i < 10; i++) noop.push((await seconds(() => synchronize(r, down))) * 1000);
    noop.sort((a, b) => a - b);
    return {
      accounts,
      push,
      pull,
      push10k,
      noopMedianMs: noop[5] ?? NaN,
      noopMaxMs: noop[9] ?? NaN,
    };
  } finally {
    sender?.close();
    receiver?.close();
    await stopProcess(server.child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx bench/sync/replicate.ts <book.db> [accounts]');
  void replicateBench(file, Number(process.argv[3] ?? 100_000)).then((f) =>
    console.log(JSON.stringify(f, null, 2)),
  );
}
