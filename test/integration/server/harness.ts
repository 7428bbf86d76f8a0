import path from 'node:path';
import type { Writable } from 'node:stream';
import { createHttpAdapter } from '../../../src/main/sync/adapters/http';
import type { SyncAdapter } from '../../../src/main/sync/adapters/adapter';
import { addDevice, type DeviceRole } from '../../../src/server/devices';
import { startServer, type RunningServer } from '../../../src/server/serve';
import { openPostgresStorage } from '../../../src/server/storage/postgres';
import { openSqliteStorage } from '../../../src/server/storage/sqlite';
import type { Storage } from '../../../src/server/storage/storage';
import type { PullPage, WireChange } from '../../../src/shared/sync/wire';
import { v7 as uuid } from 'uuid';
import { tempDir } from '../../support/tempDb';
import { Writer } from './book';
import type { PgCluster } from '../../support/postgres';

/** A fresh, empty storage of one kind, and how to remove it. */
export type StorageFactory = () => Promise<{ storage: Storage; cleanup: () => Promise<void> }>;

export const sqliteFactory: StorageFactory = async () => {
  const { dir, cleanup } = tempDir();
  const storage = openSqliteStorage(path.join(dir, 'server'));
  return { storage, cleanup: async () => cleanup() };
};

/**
 * One database per cluster, emptied after each test: much quicker than a new database
 * each time, and each test still starts from nothing.
 */
export const postgresFactory = (cluster: () => PgCluster): StorageFactory => {
  let url: Promise<string> | undefined;
  return async () => {
    url ??= cluster().createDatabase();
    const storage = await openPostgresStorage(await url);
    const tables = await storage.all<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'",
    );
    // DELETE, not TRUNCATE: on tables this small it is many times quicker.
    const empty = async () => {
      for (const t of tables) await storage.run(`DELETE FROM ${t.name}`);
    };
    return { storage, cleanup: empty };
  };
};

export interface Harness {
  readonly storage: Storage;
  /** Moves the server's clock by `ms` (a day on, to see what a device may do tomorrow). */
  shiftClock(ms: number): void;
  readonly server: RunningServer;
  readonly url: string;
  /** A device of the role, and the adapter a laptop would use with its token. */
  device(role: DeviceRole, memberId: string | null, name?: string): Promise<Client>;
  close(): Promise<void>;
}

export interface Client {
  readonly id: string;
  readonly token: string;
  readonly adapter: SyncAdapter;
}

export async function startHarness(
  factory: StorageFactory,
  options: { rateLimit?: number; bodyLimit?: number; logStream?: Writable } = {},
): Promise<Harness> {
  const { storage, cleanup } = await factory();
  let shift = 0;
  const server = await startServer({
    storage,
    port: 0,
    now: () => Date.now() + shift,
    rateLimit: options.rateLimit,
    bodyLimit: options.bodyLimit,
    log: options.logStream ? { stream: options.logStream, level: 'info' } : false,
  });
  return {
    storage,
    shiftClock: (ms) => (shift += ms),
    server,
    url: server.url,
    async device(role, memberId, name = `${role} laptop`) {
      const { device, token } = await addDevice(storage, { name, role, memberId });
      return {
        id: device.id,
        token,
        adapter: createHttpAdapter({ url: server.url, token, timeoutMs: 10_000 }),
      };
    },
    async close() {
      await server.close();
      await cleanup();
      await storage.close();
    },
  };
}

/** Every page from the cursor on, as one list, with the purges and the last cursor. */
export async function pullAll(
  adapter: SyncAdapter,
  node: string,
  cursor: string | null = null,
  limit = 1000,
): Promise<{ changes: WireChange[]; purge: string[]; cursor: string; pages: PullPage[] }> {
  const pages: PullPage[] = [];
  let at = cursor;
  for (;;) {
    const page = await adapter.pull(node, at, limit);
    pages.push(page);
    at = page.cursor;
    if (!page.more) break;
  }
  return {
    changes: pages.flatMap((p) => p.changes),
    purge: pages.flatMap((p) => p.purge),
    cursor: at as string,
    pages,
  };
}

/** The rows a list of changes touches, as `table:row`. */
export const rowsOf = (changes: readonly WireChange[]) =>
  new Set(changes.map((c) => `${c.table}:${c.row}`));

export const idOf = (c: WireChange) => `${c.node}/${c.seq}`;

/** Three laptops on one running server, each with its own device token. */
export function httpTeam(factory: StorageFactory) {
  return async () => {
    const harness = await startHarness(factory);
    const members = [0, 1, 2].map(() => uuid());
    const nodes = [0, 1, 2].map(() => new Writer().node);
    const clients = await Promise.all(
      members.map((member, i) => harness.device('admin', member, `Laptop ${i + 1}`)),
    );
    return {
      adapter: (i: number) => createHttpAdapter({ url: harness.url, token: clients[i]!.token }),
      node: (i: number) => nodes[i]!,
      member: (i: number) => members[i]!,
      cleanup: () => harness.close(),
    };
  };
}
