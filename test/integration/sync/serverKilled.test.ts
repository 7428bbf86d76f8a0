import { spawn, spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/main/core/core';
import { listRecords } from '../../../src/main/core/records';
import { changesAfter } from '../../../src/main/sync/log';
import { SERVER_DB } from '../../../src/server/storage/sqlite';
import { accountsTable } from '../../../src/shared/domain/account';
import { contactsTable } from '../../../src/shared/domain/contact';
import { laptopBook } from '../../support/laptopBook';
import { peek } from '../../support/peek';
import { tempDir } from '../../support/tempDb';
import { rapport, startServeProcess } from '../server/process';

/**
 * `rapport serve` killed with SIGKILL at many points while a laptop pushes to it and
 * while another pulls from it (small batches, so that there are many requests to die
 * in), and started again on the same data: the laptop's sync fails with a clear error
 * instead of hanging, and after a final sync that is let finish, nothing is lost and
 * nothing is doubled, on the server or on the laptop.
 */
const cli = path.resolve(__dirname, '../../../bin/rapport.cjs');
const dir = tempDir();
const data = path.join(dir.dir, 'server');
const serverDb = path.join(data, SERVER_DB);
const source = path.join(dir.dir, 'source.db');
const target = path.join(dir.dir, 'target.db');
const tokens = { [source]: '', [target]: '' };
/** How long a sync may take to notice that its server died (it should be at once). */
const NOTICE_MS = 10_000;
let url: string;
let port: number;
let server: Awaited<ReturnType<typeof startServeProcess>>;

/** A port nothing listens on, kept for every restart so the laptops find the server again. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port: free } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(free));
    });
  });
}

async function startServer(): Promise<void> {
  server = await startServeProcess(['--data', data, '--port', String(port)]);
  url = server.url;
}

const alive = () => server.child.exitCode === null && server.child.signalCode === null;

async function killServer(): Promise<void> {
  if (!alive()) return;
  const exited = new Promise<void>((resolve) => server.child.once('exit', () => resolve()));
  server.child.kill('SIGKILL');
  await exited;
}

const tokenIn = (stdout: string) => /Token \(shown this once[^)]*\): (\S+)/.exec(stdout)?.[1];

beforeAll(async () => {
  const core = await laptopBook(source);
  core.close();
  for (const [db, name] of [
    [source, 'Laptop A'],
    [target, 'Laptop B'],
  ] as const) {
    const added = await rapport([
      'users',
      'add',
      '--data',
      data,
      '--name',
      name,
      '--role',
      'admin',
    ]);
    expect(added.code, added.stderr).toBe(0);
    tokens[db] = tokenIn(added.stdout)!;
  }
  port = await freePort();
  await startServer();
}, 60_000);
afterAll(async () => {
  if (alive()) await server.stop();
  dir.cleanup();
});

interface Outcome {
  /** `progress` right after the server died. */
  progress: number;
  code: number | null;
  stderr: string;
}

/**
 * Starts `rapport sync` on `db` and kills the server (SIGKILL) as soon as `progress`
 * reaches `at`; waits for the sync to end, then starts the server again on the same
 * data and port. A sync that outlives its dead server by NOTICE_MS is a hang: it is
 * killed and the test fails.
 */
async function serverKilledAt(db: string, progress: () => number, at: number): Promise<Outcome> {
  const child = spawn(
    process.execPath,
    [cli, 'sync', '--db', db, '--adapter', url, '--token', tokens[db]!, '--batch', '20'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let code: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (c) => {
      code = c;
      resolve();
    }),
  );
  while (code === undefined && progress() < at) await new Promise((r) => setTimeout(r, 5));
  await killServer();
  const reached = progress();
  const hung = setTimeout(() => child.kill('SIGKILL'), NOTICE_MS);
  await exited;
  clearTimeout(hung);
  await startServer();
  expect(code, `rapport sync still ran ${NOTICE_MS} ms after its server died`).not.toBeNull();
  return { progress: reached, code: code ?? null, stderr };
}

/** Kills the server at five points from a sixth to five sixths of `whole`. */
async function killRepeatedly(db: string, progress: () => number, whole: number) {
  const outcomes: Outcome[] = [];
  for (let k = 1; k <= 5; k++) outcomes.push(await serverKilledAt(db, progress, (whole * k) / 6));
  return outcomes;
}

/**
 * Every sync cut off by its server says so in one line and exits 1; the kills must have
 * landed part-way, at different points, or the test proved nothing.
 */
function expectCutOff(outcomes: Outcome[], whole: number): void {
  const seen = outcomes.map((o) => `${o.progress} (exit ${o.code})`).join(', ');
  for (const o of outcomes) {
    expect(o.code, `progress after each kill: ${seen}`).toBe(1);
    expect(o.stderr).toMatch(/^rapport: The sync server at \S+ cannot be reached: .+\n$/);
  }
  const partWay = new Set(outcomes.map((o) => o.progress).filter((n) => n > 0 && n < whole));
  expect(partWay.size, `progress after each kill: ${seen}`).toBeGreaterThanOrEqual(4);
}

function syncToEnd(db: string): { status: number | null; stderr: string } {
  return spawnSync(
    process.execPath,
    [cli, 'sync', '--db', db, '--adapter', url, '--token', tokens[db]!, '--batch', '20'],
    { encoding: 'utf8' },
  );
}

function book(core: Core) {
  return {
    accounts: listRecords(core, accountsTable, true, 'id'),
    contacts: listRecords(core, contactsTable, true, 'id'),
  };
}

/** Every change in a laptop's log, as node:seq, table and row. */
function sentBy(db: string): string[] {
  const core = openCore(db, { readonly: true });
  try {
    return changesAfter(core.db, 0, 1_000_000).map((c) => `${c.node}:${c.seq} ${c.table} ${c.row}`);
  } finally {
    core.close();
  }
}

function expectServerIntact(): void {
  const conn = new Database(serverDb, { readonly: true, fileMustExist: true });
  try {
    expect(conn.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    conn.close();
  }
}

describe('the sync server killed at any point', () => {
  it('mid-push: the server ends with every change of the laptop exactly once', async () => {
    const whole = sentBy(source).length;
    const outcomes = await killRepeatedly(
      source,
      () => peek(serverDb, 'SELECT count(*) FROM changes'),
      whole,
    );
    const last = syncToEnd(source);
    expect(last.stderr).toBe('');
    expect(last.status).toBe(0);

    const sent = sentBy(source);
    const conn = new Database(serverDb, { readonly: true, fileMustExist: true });
    const held = conn
      .prepare("SELECT node || ':' || node_seq || ' ' || tbl || ' ' || row_id FROM changes")
      .pluck()
      .all() as string[];
    conn.close();
    expect(new Set(held).size).toBe(held.length);
    expect(held.sort()).toEqual(sent.sort());
    expect(held.length).toBe(whole);
    expectServerIntact();
    expectCutOff(outcomes, whole);
  }, 60_000);

  it('mid-pull: a new laptop ends with exactly the book that was sent', async () => {
    const whole = 600; // 300 accounts and their 300 contacts
    const outcomes = await killRepeatedly(
      target,
      () =>
        peek(target, 'SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM contacts)'),
      whole,
    );
    const last = syncToEnd(target);
    expect(last.stderr).toBe('');
    expect(last.status).toBe(0);

    const [a, b] = [openCore(source, { readonly: true }), openCore(target, { readonly: true })];
    try {
      expect(book(b)).toEqual(book(a));
      expect(book(b).accounts).toHaveLength(300);
      expect(b.db.prepare('SELECT count(*) FROM sync_inbox').pluck().get()).toBe(0);
      expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      a.close();
      b.close();
    }
    expectServerIntact();
    expectCutOff(outcomes, whole);
  }, 60_000);
});
