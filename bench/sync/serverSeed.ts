/**
 * Seeding a big sync server for the benchmarks: an empty SQLite server storage is
 * filled from an existing Rapport demo book, the same way `rapport serve --demo` fills
 * one (one change per row, from the demo's wire node, authored by the book's profile,
 * src/server/seed), streamed table by table, a chunk of rows per transaction. Then a
 * device is made for an admin, for the lead of the largest team (whose team covers the
 * most accounts today) and for that team's busiest rep.
 *
 * Then, what a device's first full pull costs the server: every page of its scope
 * fetched through the http adapter in a loop (not applied), from a server on loopback.
 *
 *   seedServer(dataDir, bookFile) → { changes, seconds, admin, lead, rep }
 *   fullPull(dataDir, token, pageSize = 5000) → { changes, pages, seconds, slowestPageMs }
 *   npx tsx bench/sync/serverSeed.ts <book.db> [dataDir]   (seeds, then pulls as lead and admin)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../src/main/core/core';
import { openDatabase } from '../../src/main/db/open';
import { createHttpAdapter } from '../../src/main/sync/adapters/http';
import { addDevice } from '../../src/server/devices';
import { startServer } from '../../src/server/serve';
import { bookChanges } from '../../src/server/seed/bookChanges';
import { loadBook } from '../../src/server/seed/load';
import { bookProfile, largestTeamLead, teamPeople } from '../../src/server/seed/people';
import { openSqliteStorage } from '../../src/server/storage/sqlite';

/** A device made on the seeded server: its token is what a client sends. */
export interface SeededDevice {
  readonly deviceId: string;
  /** The team member it syncs as (null for the admin). */
  readonly memberId: string | null;
  readonly name: string;
  readonly token: string;
}

export interface SeededServer {
  /** Changes stored (one per live row of the book). */
  readonly changes: number;
  /** Seconds to fill the storage (devices included). */
  readonly seconds: number;
  readonly admin: SeededDevice;
  /** The lead of the team whose members cover the most accounts today. */
  readonly lead: SeededDevice;
  /** The rep of that team who covers the most accounts today. */
  readonly rep: SeededDevice;
}

/**
 * Fills the empty SQLite server storage in `dataDir` (made if missing) from the book
 * file, which is only read. Fails when the storage already holds changes.
 */
export async function seedServer(dataDir: string, bookFile: string): Promise<SeededServer> {
  const start = performance.now();
  const core = createCore(openDatabase(bookFile, { readonly: true, integrityCheck: 'skip' }));
  const storage = openSqliteStorage(dataDir, { loading: true });
  try {
    const changes = await loadBook(storage, bookChanges(core), bookProfile(core));
    const [lead, rep] = teamPeople(core, largestTeamLead(core), 1);
    if (!lead || !rep) throw new Error('The book has no team with a rep who covers accounts');
    const device = async (
      name: string,
      role: 'admin' | 'lead' | 'rep',
      memberId: string | null,
    ) => {
      const made = await addDevice(storage, { name, role, memberId });
      return { deviceId: made.device.id, memberId, name, token: made.token };
    };
    return {
      changes,
      admin: await device('Bench admin', 'admin', null),
      lead: await device(`${lead.name} (bench lead)`, 'lead', lead.memberId),
      rep: await device(`${rep.name} (bench rep)`, 'rep', rep.memberId),
      seconds: (performance.now() - start) / 1000,
    };
  } finally {
    await storage.close();
    core.close();
  }
}

export interface FullPull {
  readonly changes: number;
  readonly pages: number;
  /** From the first request to the last page's arrival (JSON parsed and checked by the adapter). */
  readonly seconds: number;
  readonly slowestPageMs: number;
}

/**
 * A device's first full pull from the seeded server in `dataDir`, served in this
 * process on loopback: every page fetched with the http adapter, none applied.
 */
export async function fullPull(dataDir: string, token: string, pageSize = 5000): Promise<FullPull> {
  const storage = openSqliteStorage(dataDir);
  const server = await startServer({ storage, port: 0, rateLimit: 1_000_000 });
  try {
    const adapter = createHttpAdapter({ url: server.url, token, timeoutMs: 600_000 });
    const node = 'b0b0b0b0b0b0b0b0';
    const start = performance.now();
    let cursor: string | null = null;
    let changes = 0;
    let pages = 0;
    let slowest = 0;
    for (;;) {
      const asked = performance.now();
      const page = await adapter.pull(node, cursor, pageSize);
      slowest = Math.max(slowest, performance.now() - asked);
      changes += page.changes.length;
      pages += 1;
      cursor = page.cursor;
      if (!page.more) break;
    }
    const seconds = (performance.now() - start) / 1000;
    return { changes, pages, seconds, slowestPageMs: Math.round(slowest) };
  } finally {
    await server.close();
    await storage.close();
  }
}

if (require.main === module) {
  const [book, dir] = process.argv.slice(2);
  if (!book) throw new Error('usage: npx tsx bench/sync/serverSeed.ts <book.db> [dataDir]');
  const dataDir = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-seed-'));
  void (async () => {
    const seeded = await seedServer(dataDir, book);
    const mb = Math.round(fs.statSync(path.join(dataDir, 'server.db')).size / 2 ** 20);
    console.log(JSON.stringify({ dataDir, changes: seeded.changes, seconds: seeded.seconds, mb }));
    console.log(JSON.stringify({ lead: await fullPull(dataDir, seeded.lead.token) }));
    console.log(JSON.stringify({ admin: await fullPull(dataDir, seeded.admin.token) }));
  })();
}
