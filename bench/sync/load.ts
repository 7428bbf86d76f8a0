/**
 * The sync server under load (issue 12): a server on a small seeded book, in its own
 * process (`node bin/rapport.cjs serve`, so its memory is its own), and autocannon on
 * loopback with one connection per device, each device a rep or a lead with its own
 * token, pulling and pushing at once, in turns of three pulls and a push:
 * - pulls from the device's latest cursor: its book page by page at first, then what
 *   the others pushed since (often nothing); every 25th pull is a first pull again
 *   (cursor null), as a new laptop's;
 * - a push of a few real changes to accounts the device may write, with fresh
 *   (node, seq), so they are stored, not recognised as retries.
 * Reports requests a second, p50/p99 latency, errors, non-2xx replies and refused
 * changes (goal: 0 for all three), and the server's resident memory before and after.
 *
 *   loadBench(options?) → LoadFigures
 *   npx tsx bench/sync/load.ts [accounts] [seconds]
 */
import type { ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createCore, type Core } from '../../src/main/core/core';
import { dayNumber, idText } from '../../src/main/db/codec';
import { closeDatabase, openDatabase } from '../../src/main/db/open';
import { generateDemo } from '../../src/main/demo';
import { addDevice } from '../../src/server/devices';
import { today } from '../../src/server/scope';
import { openSqliteStorage } from '../../src/server/storage/sqlite';
import { hlcAt } from '../../src/shared/hlc';
import type { PullPage, PushAck, WireChange } from '../../src/shared/sync/wire';
import { seedServer } from './serverSeed';
import { serveProcess } from './serverProcess';

export interface LoadOptions {
  /** Accounts in the seeded demo book (default 2,000). */
  readonly accounts?: number;
  /** Devices, one connection each (default 50): every lead of the book, then reps. */
  readonly devices?: number;
  /** How long autocannon runs, in seconds (default 10). */
  readonly seconds?: number;
  /** Changes per push (default 5) and per pulled page (default 500). */
  readonly pushSize?: number;
  readonly pageSize?: number;
}

export interface LoadFigures {
  readonly devices: number;
  readonly leads: number;
  readonly seconds: number;
  /** Changes on the server before the run. */
  readonly seeded: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly pulls: number;
  readonly pushes: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /** Pushed changes the server refused (all are allowed: goal 0). */
  readonly rejected: number;
  /** The server process's resident memory, in MB, once started and after the run. */
  readonly rssBeforeMb: number;
  readonly rssAfterMb: number;
}

/** One pull in this many starts from nothing (cursor null), as a new laptop's first. */
const FIRST_PULL_EVERY = 25;

export async function loadBench(options: LoadOptions = {}): Promise<LoadFigures> {
  const accounts = options.accounts ?? 2000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-load-'));
  let server: ChildProcess | undefined;
  try {
    const bookFile = path.join(dir, 'book.db');
    const db = openDatabase(bookFile, { create: true });
    generateDemo(db, { accounts, seed: 1 });
    closeDatabase(db);
    const dataDir = path.join(dir, 'server');
    const seeded = await seedServer(dataDir, bookFile);
    const devices = await makeDevices(dataDir, bookFile, options.devices ?? 50);
    const started = await serveProcess(dataDir);
    server = started.child;
    const rssBeforeMb = rssMb(server);
    const stats = { pulls: 0, pushes: 0, rejected: 0 };
    const result = await run(started.url, devices, options, stats);
    return {
      devices: devices.length,
      leads: devices.filter((d) => d.role === 'lead').length,
      seconds: result.duration,
      seeded: seeded.changes,
      requests: result.requests.total,
      requestsPerSecond: Math.round(result.requests.average),
      pulls: stats.pulls,
      pushes: stats.pushes,
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      rejected: stats.rejected,
      rssBeforeMb,
      rssAfterMb: rssMb(server),
    };
  } finally {
    server?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface LoadDevice {
  readonly role: 'lead' | 'rep';
  readonly memberId: string;
  readonly token: string;
  /** The accounts this device may write today. */
  readonly accounts: readonly string[];
  readonly node: string;
  seq: number;
  hlc: number;
  pulls: number;
  cursor: string | null;
}

/** Every lead who leads a team, then the reps who cover the most accounts, with their tokens. */
async function makeDevices(dataDir: string, bookFile: string, count: number) {
  const core = createCore(openDatabase(bookFile, { readonly: true, integrityCheck: 'skip' }));
  const storage = openSqliteStorage(dataDir);
  try {
    const people = [...peopleOf(core, 'lead'), ...peopleOf(core, 'rep')];
    const devices: LoadDevice[] = [];
    for (let i = 0; devices.length < count; i++) {
      // A small book has fewer people than devices: then some have two laptops.
      const person = people[i % people.length]!;
      const { token } = await addDevice(storage, {
        name: `Load ${person.role} ${i + 1}`,
        role: person.role,
        memberId: person.memberId,
      });
      devices.push({
        ...person,
        token,
        node: crypto.randomBytes(8).toString('hex'),
        seq: 0,
        hlc: 0,
        pulls: 0,
        cursor: null,
      });
    }
    return devices;
  } finally {
    await storage.close();
    core.close();
  }
}

const CURRENT =
  'a.deleted = 0 AND a.valid_from <= :day AND (a.valid_to IS NULL OR a.valid_to >= :day)';

/** Leads with the accounts their teams cover, or reps with the accounts they cover, today. */
function peopleOf(core: Core, role: 'lead' | 'rep') {
  const covering =
    role === 'rep'
      ? 'a.member_id = m.id'
      : `a.member_id IN (SELECT c.id FROM team_members c JOIN teams t ON t.id = c.team_id
           WHERE t.lead_id = m.id OR c.team_id = m.team_id)`;
  const rows = core
    .statement(
      `SELECT m.id AS member, a.account_id AS account FROM team_members m JOIN assignments a
         ON ${covering}
       WHERE m.app_role = :role AND m.deleted = 0 AND ${CURRENT}
       ORDER BY m.id`,
    )
    .all({ role, day: dayNumber(today()) }) as { member: Buffer; account: Buffer }[];
  const byMember = new Map<string, Set<string>>();
  for (const r of rows) {
    const id = idText(r.member);
    const set = byMember.get(id) ?? new Set<string>();
    set.add(idText(r.account));
    byMember.set(id, set);
  }
  return [...byMember]
    .sort((a, b) => b[1].size - a[1].size)
    .map(([memberId, set]) => ({ role, memberId, accounts: [...set] }));
}

/** Resident memory of a process, from /proc (Linux), in MB. */
function rssMb(child: ChildProcess): number {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
  return Math.round(kb / 1024);
}

function run(
  url: string,
  devices: LoadDevice[],
  options: LoadOptions,
  stats: { pulls: number; pushes: number; rejected: number },
): Promise<autocannon.Result> {
  const pageSize = options.pageSize ?? 500;
  const pushSize = options.pushSize ?? 5;
  let next = 0;
  return autocannon({
    url,
    connections: devices.length,
    duration: options.seconds ?? 10,
    method: 'POST',
    // Each connection is one device, with its own token, cursor and log.
    setupClient(client) {
      const device = devices[next++ % devices.length]!;
      const headers = {
        authorization: `Bearer ${device.token}`,
        'content-type': 'application/json',
      };
      const pull: autocannon.Request = {
        method: 'POST',
        path: '/v1/pull',
        headers,
        setupRequest: (request) => {
          stats.pulls += 1;
          const cursor = device.pulls++ % FIRST_PULL_EVERY === 0 ? null : device.cursor;
          return {
            ...request,
            body: JSON.stringify({ node: device.node, cursor, limit: pageSize }),
          };
        },
        onResponse: (status, body) => {
          if (status === 200) device.cursor = (JSON.parse(body) as PullPage).cursor;
        },
      };
      const push: autocannon.Request = {
        method: 'POST',
        path: '/v1/push',
        headers,
        setupRequest: (request) => {
          stats.pushes += 1;
          const changes = Array.from({ length: pushSize }, () => edit(device));
          const body = { node: device.node, member: device.memberId, changes };
          return { ...request, body: JSON.stringify(body) };
        },
        onResponse: (status, body) => {
          if (status === 200) stats.rejected += (JSON.parse(body) as PushAck).rejected.length;
        },
      };
      client.setRequests([pull, pull, push, pull]);
    },
  });
}

/** One real edit a person on this device could make: an account's cost to serve. */
function edit(device: LoadDevice): WireChange {
  device.seq += 1;
  device.hlc = Math.max(hlcAt(Date.now()), device.hlc + 1);
  const account = device.accounts[device.seq % device.accounts.length]!;
  return {
    node: device.node,
    seq: device.seq,
    hlc: device.hlc,
    table: 'accounts',
    row: account,
    values: { costToServe: 100 + device.seq },
    bases: null,
  };
}

if (require.main === module) {
  const [accounts, seconds] = process.argv.slice(2).map(Number);
  void loadBench({ accounts: accounts || undefined, seconds: seconds || undefined }).then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
  );
}
