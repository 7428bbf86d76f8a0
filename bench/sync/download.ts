/**
 * A new laptop's first full download (issue 12: the whole book, ~2.4M rows, ≤ 30 s):
 * a server seeded from the bench book (bench/sync/serverSeed.ts), an empty book, and
 * one `synchronize` with the admin's token (the demo's biggest lead covers a few
 * hundred accounts, so only an admin's book is the whole one), over loopback HTTP, in
 * pages of 5,000, from a server in its own process as a team runs it; then a search,
 * to show the book is ready to use.
 *
 *   downloadBench(bookFile) → DownloadFigures
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../src/main/core/core';
import { openDatabase } from '../../src/main/db/open';
import { dispatch } from '../../src/main/api/dispatch';
import { createHttpAdapter } from '../../src/main/sync/adapters/http';
import { synchronize } from '../../src/main/sync/sync';
import { seedServer, type SeededDevice } from './serverSeed';
import { serveProcess, stopProcess } from './serverProcess';

export interface DownloadFigures {
  /** Seconds to fill the server from the book (not part of the download). */
  seedSeconds: number;
  /** Changes (rows) the laptop received, and in how long. */
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  /** Rows still waiting in the inbox afterwards (should be 0). */
  held: number;
  /** A search in the new book, right after: milliseconds. */
  searchMs: number;
  /** The lead's smaller first download, for scale. */
  lead: { rows: number; seconds: number };
}

async function download(dataDir: string, device: SeededDevice, dir: string, name: string) {
  const server = await serveProcess(dataDir, { rateLimit: 1_000_000 });
  const core = createCore(openDatabase(path.join(dir, `${name}.db`), { create: true }));
  try {
    const adapter = createHttpAdapter({ url: server.url, token: device.token, timeoutMs: 600_000 });
    const start = performance.now();
    const report = await synchronize(core, adapter, { batch: 5000 });
    const seconds = (performance.now() - start) / 1000;
    const held = core.db.prepare('SELECT count(*) FROM sync_inbox').pluck().get() as number;
    const name = core.db
      .prepare(
        'SELECT name FROM accounts ORDER BY rid LIMIT 1 OFFSET (SELECT count(*) / 2 FROM accounts)',
      )
      .pluck()
      .get();
    const searchStart = performance.now();
    const hits = dispatch(core, 'search', { text: String(name), limit: 20 });
    const searchMs = performance.now() - searchStart;
    if (!hits.ok || (hits.value as unknown[]).length === 0) {
      throw new Error(`search for ${String(name)} found nothing after the download`);
    }
    return { rows: report.pulled, seconds, held, searchMs };
  } finally {
    core.close();
    await stopProcess(server.child);
  }
}

export async function downloadBench(bookFile: string): Promise<DownloadFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-download-'));
  try {
    const dataDir = path.join(dir, 'server');
    const seeded = await seedServer(dataDir, bookFile);
    const lead = await download(dataDir, seeded.lead, dir, 'lead');
    console.log(`  lead: ${lead.rows} rows in ${lead.seconds.toFixed(1)} s`);
    const admin = await download(dataDir, seeded.admin, dir, 'admin');
    return {
      seedSeconds: seeded.seconds,
      rows: admin.rows,
      seconds: admin.seconds,
      rowsPerSecond: admin.rows / admin.seconds,
      held: admin.held,
      searchMs: admin.searchMs,
      lead: { rows: lead.rows, seconds: lead.seconds },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx bench/sync/download.ts <book.db>');
  void downloadBench(file).then((f) => console.log(JSON.stringify(f, null, 2)));
}
