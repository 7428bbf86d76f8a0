/**
 * A 10,000-account hand-over reaching a receiver's laptop by sync (issue 20: ≤ 5 s), on
 * a real server in its own process on loopback. The bench book is copied and one rep
 * of its first team made the owner of 10,000 accounts (bench/workspace/handover.ts);
 * the server is seeded from it; an admin's laptop downloads the book, and each of the
 * three receivers' laptops its own. The admin hands the 10,000 over, then the figures:
 * the admin's sync that sends it, and a receiver's sync that brings its share of the
 * accounts in, with their contacts, interactions and history.
 *
 *   handOverSyncBench(bookFile) → HandOverSyncFigures
 *   npx tsx bench/sync/handOver.ts <book.db>
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../src/main/api/dispatch';
import { createCore, setProfile, type Core } from '../../src/main/core/core';
import { idText } from '../../src/main/db/codec';
import { openDatabase } from '../../src/main/db/open';
import { createHttpAdapter } from '../../src/main/sync/adapters/http';
import { synchronize } from '../../src/main/sync/sync';
import { addDevice } from '../../src/server/devices';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import type { HandOverResult } from '../../src/shared/domain/handover';
import { bookOfTenThousand } from '../workspace/handover';
import { seedServer } from './serverSeed';
import { serveProcess, stopProcess } from './serverProcess';

export interface HandOverSyncFigures {
  accounts: number;
  /** The admin's sync that sends the hand-over: changes and seconds. */
  push: { changes: number; seconds: number };
  /** A receiver's sync that brings its accounts in: accounts, changes and seconds. */
  pull: { accounts: number; changes: number; seconds: number };
}

const timed = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const value = await fn();
  return [value, (performance.now() - start) / 1000];
};

export async function handOverSyncBench(bookFile: string): Promise<HandOverSyncFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-handover-sync-'));
  const book = path.join(dir, 'book.db');
  fs.copyFileSync(bookFile, book);
  const cores: Core[] = [];
  let server: Awaited<ReturnType<typeof serveProcess>> | null = null;
  try {
    const prepared = createCore(openDatabase(book));
    const plan = bookOfTenThousand(prepared);
    const actor = prepared.db
      .prepare("SELECT value FROM meta WHERE key = 'profile_member_id'")
      .pluck()
      .get() as string;
    prepared.close();
    const dataDir = path.join(dir, 'server');
    const seeded = await seedServer(dataDir, book);
    const storage = openSqliteStorage(dataDir);
    const receiverToken = (
      await addDevice(storage, {
        name: 'Receiver',
        role: 'rep',
        memberId: plan.receivers.memberIds[0]!,
      })
    ).token;
    await storage.close();
    server = await serveProcess(dataDir, { rateLimit: 1_000_000 });
    const laptop = (name: string, token: string) => {
      const core = createCore(openDatabase(path.join(dir, `${name}.db`), { create: true }));
      cores.push(core);
      const adapter = createHttpAdapter({ url: server!.url, token, timeoutMs: 600_000 });
      return { core, sync: () => synchronize(core, adapter, { batch: 5000 }) };
    };
    const admin = laptop('admin', seeded.admin.token);
    await admin.sync();
    setProfile(admin.core, idText(Buffer.from(actor, 'hex')));
    const receiver = laptop('receiver', receiverToken);
    await receiver.sync();
    const before = accountsOn(receiver.core);

    const reply = dispatch(admin.core, 'handOver', plan);
    if (!reply.ok) throw new Error(`handOver: ${reply.error.message}`);
    const done = reply.value as HandOverResult;
    const [sent, pushSeconds] = await timed(() => admin.sync());
    const [received, pullSeconds] = await timed(() => receiver.sync());
    if (sent.rejected > 0)
      throw new Error(`the server refused ${sent.rejected} of the hand-over's changes`);
    return {
      accounts: done.accounts,
      push: { changes: sent.pushed, seconds: pushSeconds },
      pull: {
        accounts: accountsOn(receiver.core) - before,
        changes: received.pulled,
        seconds: pullSeconds,
      },
    };
  } finally {
    for (const core of cores) core.close();
    if (server) await stopProcess(server.child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const accountsOn = (core: Core) =>
  core.db.prepare('SELECT count(*) FROM accounts WHERE deleted = 0').pluck().get() as number;

export function handOverSyncRows(f: HandOverSyncFigures) {
  return [
    {
      measure: `a ${f.accounts}-account hand-over reaching a receiver's laptop by sync: the lead's push (${f.push.changes} changes) + the receiver's pull (${f.pull.accounts} accounts, ${f.pull.changes} changes)`,
      value: `${(f.push.seconds + f.pull.seconds).toFixed(1)} s (${f.push.seconds.toFixed(1)} + ${f.pull.seconds.toFixed(1)})`,
      goal: '≤ 5 s',
    },
  ];
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx bench/sync/handOver.ts <book.db>');
  void handOverSyncBench(file).then((f) => console.table(handOverSyncRows(f)));
}
