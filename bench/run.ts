/**
 * `npm run bench`: figures at 100,000 accounts (not pass/fail). Generates the dataset
 * once into bench/.cache, then times the queries a user waits on and the cost of the
 * change log on writes. Prints a table and writes bench/results.json.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../src/main/db/open';
import { migrations } from '../src/main/db/migrations';
import { createCore, type Core } from '../src/main/core/core';
import { dispatch } from '../src/main/api/dispatch';
import { JobRunner } from '../src/main/jobs';
import type { JobEvent } from '../src/shared/jobs';
import { idText } from '../src/main/db/codec';
import type { MethodName } from '../src/shared/api';
import { TABLES } from '../src/shared/schema/tables';
import { syncFigures } from './sync';
import { searchAsYouType } from './workspace/search';
import { overviewFigures, overviewRows } from './workspace/overview';
import { weekFigures, weekRows } from './workspace/week';
import { relationshipFigures, relationshipRows } from './workspace/relationship';
import { selectionFigures, selectionRows } from './workspace/selection';
import { chromiumFigures, chromiumRows } from './workspace/chromium';
import { handOverFigures, handOverRows } from './workspace/handover';
import { handOverSyncBench, handOverSyncRows } from './sync/handOver';
import { territoryFigures, territoryRows } from './workspace/territories';
import { boardFigures, boardRows } from './workspace/board';
import { exportFigures, exportRows } from './reports/export';
import { importFigures, importRows } from './import/import';

const ACCOUNTS = Number(process.env.BENCH_ACCOUNTS ?? 100_000);
const SEED = 1;
const cacheDir = path.join(__dirname, '.cache');
// The cache is named for the schema it was made with, so a changed schema makes a new one.
const schema = crypto
  .createHash('sha256')
  .update(migrations.map((m) => m.sql).join(''))
  .digest('hex')
  .slice(0, 8);
const cached = path.join(cacheDir, `demo-${ACCOUNTS}-seed${SEED}-${schema}.db`);
const generationFile = `${cached}.generation.json`;

/**
 * The store before issue 11's compact schema (text ids, ISO dates and clocks): bytes
 * per row at 20,000 accounts and the whole file at 100,000, as measured then.
 */
const BEFORE = { bytesPerRowAt20k: 455, fileBytesAt100k: 1.1e9 };

interface Row {
  measure: string;
  value: string;
  goal: string;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function call(core: Core, method: MethodName, input: unknown): unknown {
  const reply = dispatch(core, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value;
}

interface Generation {
  seconds: number;
  /** How many progress events the job runner sent, and when the first one came. */
  progressEvents: number;
  firstProgressSeconds: number;
}

/** Makes the dataset as the app does: a demo job in a worker, watched for progress. */
async function ensureDataset(): Promise<Generation> {
  if (fs.existsSync(cached) && fs.existsSync(generationFile)) {
    return JSON.parse(fs.readFileSync(generationFile, 'utf8')) as Generation;
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(cached + suffix, { force: true });
  console.log(`Generating ${ACCOUNTS} accounts through the job runner (cached for later runs)…`);
  openDatabase(cached, { create: true }).close();
  const start = performance.now();
  const runner = new JobRunner({ file: cached });
  const job = runner.start('demo', { accounts: ACCOUNTS, seed: SEED });
  let progressEvents = 0;
  let firstProgressSeconds = NaN;
  await new Promise<void>((resolve, reject) => {
    runner.watch(job.id, (event: JobEvent) => {
      if (event.type === 'progress' && event.total > 0) {
        if (progressEvents++ === 0) firstProgressSeconds = (performance.now() - start) / 1000;
      } else if (event.type === 'done') resolve();
      else if (event.type !== 'progress') reject(new Error(`The demo job ended: ${event.type}`));
    });
  });
  const generation = {
    seconds: (performance.now() - start) / 1000,
    progressEvents,
    firstProgressSeconds,
  };
  fs.writeFileSync(generationFile, JSON.stringify(generation));
  return generation;
}

/** Repeats a query and reports p50/p95 in ms, after a warm-up. */
function latency(runs: number, fn: (i: number) => void): { p50: number; p95: number } {
  for (let i = 0; i < 5; i++) fn(i);
  const samples = Array.from({ length: runs }, (_, i) => time(() => fn(i)));
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

/** Query words a rep would type: the first 3–6 letters of a word of real account names. */
function searchTerms(core: Core, count: number): string[] {
  const names = core.db
    .prepare('SELECT name FROM accounts WHERE deleted = 0 ORDER BY id LIMIT ? OFFSET 777')
    .pluck()
    .all(count) as string[];
  return names.map((name, i) => {
    const words = name.split(/\s+/).filter((w) => w.length >= 3);
    const word = words[i % words.length] ?? name;
    return word.slice(0, 3 + (i % 4));
  });
}

/** The file's size and its rows: every synced table and the link tables. */
function storeSize(file: string): { fileBytes: number; rows: number; bytesPerRow: number } {
  const db = openDatabase(file, { readonly: true });
  try {
    const tables = [
      ...TABLES.map((t) => t.name),
      ...TABLES.flatMap((t) => Object.values(t.links ?? {}).map((l) => l.table)),
    ];
    const rows = tables.reduce(
      (sum, table) => sum + (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number),
      0,
    );
    const fileBytes = fs.statSync(file).size;
    return { fileBytes, rows, bytesPerRow: fileBytes / rows };
  } finally {
    db.close();
  }
}

function writeCost(file: string): { raw: number; service: number } {
  const work = path.join(os.tmpdir(), `rapport-bench-${process.pid}.db`);
  fs.copyFileSync(file, work);
  const core = createCore(openDatabase(work));
  try {
    // The profile is a lead: it may change its team's book (accounts its team covers).
    const book = core.db
      .prepare(
        `SELECT DISTINCT s.account_id FROM assignments s
         JOIN team_members m ON m.id = s.member_id
         WHERE s.valid_to IS NULL AND s.deleted = 0 AND m.team_id = (SELECT team_id
           FROM team_members WHERE id = unhex((SELECT value FROM meta WHERE key = 'profile_member_id')))
         ORDER BY s.account_id LIMIT 10000`,
      )
      .pluck()
      .all() as Buffer[];
    if (book.length === 0) throw new Error("The profile's team covers no account");
    const ids = Array.from({ length: 10_000 }, (_, i) => book[i % book.length] as Buffer);
    const raw = core.db.prepare(
      'UPDATE accounts SET cost_to_serve = ?, updated_hlc = ? WHERE id = ?',
    );
    const texts = ids.map((id) => idText(id));
    // Interleaved in chunks, so WAL checkpoints (which come every ~1,000 pages written)
    // fall on both sides alike instead of on whichever ran second.
    let rawMs = 0;
    let serviceMs = 0;
    for (let from = 0; from < ids.length; from += 1000) {
      const to = Math.min(ids.length, from + 1000);
      rawMs += time(() => {
        for (let i = from; i < to; i++) raw.run(1000 + i, core.clock.tick(), ids[i]);
      });
      serviceMs += time(() => {
        for (let i = from; i < to; i++) {
          call(core, 'updateAccount', { id: texts[i], patch: { costToServe: 2000 + i } });
        }
      });
    }
    return { raw: rawMs, service: serviceMs };
  } finally {
    core.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(work + suffix, { force: true });
  }
}

/** Whether searching each sampled account's full name puts that name first. */
function exactNamesFirst(core: Core, samples: number): { checked: number; first: number } {
  const names = core.db
    .prepare(
      `SELECT name FROM accounts WHERE deleted = 0 AND archived = 0
       AND rid % (SELECT max(1, count(*) / ?) FROM accounts) = 0 LIMIT ?`,
    )
    .pluck()
    .all(samples, samples) as string[];
  let first = 0;
  for (const name of names) {
    const hits = call(core, 'search', { text: name, limit: 5 }) as { name: string }[];
    if (hits[0]?.name === name) first++;
  }
  return { checked: names.length, first };
}

const ROUNDS = 3;
const spread = (values: number[], format: (v: number) => string) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 1
    ? format(sorted[0]!)
    : `${format(sorted[0]!)} – ${format(sorted[sorted.length - 1]!)}`;
};

async function main(): Promise<void> {
  const generation = await ensureDataset();
  const store = storeSize(cached);
  const core = createCore(openDatabase(cached));
  const counts = call(core, 'stats', {}) as Record<string, number>;
  const firstPage = latency(50, () =>
    call(core, 'listAccounts', { sort: { key: 'name', desc: false } }),
  );
  const filtered = latency(50, () =>
    call(core, 'listAccounts', {
      filter: { salesForce: ['geographic'], lifecycle: ['active'] },
      sort: { key: 'name', desc: false },
    }),
  );
  const deepPage = latency(20, () => call(core, 'listAccounts', { offset: 50_000 }));
  // Issue 22: the list by last contact and by health (longest without contact, weakest
  // first), and filtered to accounts not contacted in 90 days.
  const byLastContact = latency(50, () =>
    call(core, 'listAccounts', { sort: { key: 'lastContact', desc: false } }),
  );
  const byHealth = latency(50, () =>
    call(core, 'listAccounts', { sort: { key: 'health', desc: false } }),
  );
  const notContacted = latency(50, () =>
    call(core, 'listAccounts', { filter: { notContactedInDays: 90 } }),
  );
  const terms = searchTerms(core, 300);
  const searches = Array.from({ length: ROUNDS }, () =>
    latency(terms.length - 5, (i) =>
      call(core, 'search', { text: terms[i % terms.length], limit: 20 }),
    ),
  );
  const exact = exactNamesFirst(core, 1000);
  const typing = searchAsYouType(core);
  const overview = overviewFigures(core);
  const week = weekFigures(core);
  const relationship = relationshipFigures(core);
  const selection = selectionFigures(core);
  const board = await boardFigures(core);
  core.close();
  const writeRounds = Array.from({ length: ROUNDS }, () => writeCost(cached));
  const writes = writeRounds[Math.floor(ROUNDS / 2)]!;
  // On a copy of the book, with 1,000 territory rules added.
  const territories = territoryFigures(cached);
  const ratios = writeRounds.map((w) => w.service / w.raw);
  const ms = (v: number) => `${v.toFixed(2)} ms`;
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  const rows: Row[] = [
    {
      measure: `demo generation (${counts.accounts} accounts, ${counts.contacts} contacts, ${counts.interactions} interactions)`,
      value: `${generation.seconds.toFixed(1)} s`,
      goal: '',
    },
    {
      measure: 'demo generation: progress events from the job runner (first after)',
      value: `${generation.progressEvents} (${generation.firstProgressSeconds.toFixed(1)} s)`,
      goal: '',
    },
    {
      measure: `store: bytes per row (${store.rows.toLocaleString('en')} rows; before: ${BEFORE.bytesPerRowAt20k} at 20k accounts)`,
      value: store.bytesPerRow.toFixed(0),
      goal: '',
    },
    {
      measure: `store: whole file (before: ${mb(BEFORE.fileBytesAt100k)} at 100k accounts)`,
      value: mb(store.fileBytes),
      goal: '',
    },
    {
      measure: 'account list, first page sorted by name (p50 / p95)',
      value: `${ms(firstPage.p50)} / ${ms(firstPage.p95)}`,
      goal: '≤ 20 ms',
    },
    {
      measure: 'account list, filtered force + lifecycle (p50 / p95)',
      value: `${ms(filtered.p50)} / ${ms(filtered.p95)}`,
      goal: '≤ 20 ms',
    },
    {
      measure: 'account list, page at offset 50,000 (p50 / p95)',
      value: `${ms(deepPage.p50)} / ${ms(deepPage.p95)}`,
      goal: '',
    },
    {
      measure: 'account list, first page by last contact (p50 / p95)',
      value: `${ms(byLastContact.p50)} / ${ms(byLastContact.p95)}`,
      goal: '',
    },
    {
      measure: 'account list, first page by health (p50 / p95)',
      value: `${ms(byHealth.p50)} / ${ms(byHealth.p95)}`,
      goal: '',
    },
    {
      measure: 'account list, not contacted in 90 days (p50 / p95)',
      value: `${ms(notContacted.p50)} / ${ms(notContacted.p95)}`,
      goal: '',
    },
    {
      measure: `search, ${terms.length} typed prefixes, ${ROUNDS} rounds (p50 / p95, each round's p95)`,
      value: `${ms(searches[0]!.p50)} / ${spread(
        searches.map((s) => s.p95),
        ms,
      )}`,
      goal: 'p95 ≤ 10 ms',
    },
    {
      measure: `search for an account's exact full name: that name first (${exact.checked} sampled)`,
      value: `${exact.first} / ${exact.checked}`,
      goal: 'all',
    },
    ...typing.map((f) => ({
      measure: `search as typed, ${f.who}: ${f.typed} (${f.count} calls; p50 / p95 / max; each round's p95)`,
      value: `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.max)}; ${spread(f.roundP95, ms)}`,
      goal: 'p95 ≤ 10 ms',
    })),
    {
      measure: "10,000 account updates in the lead's book, raw better-sqlite3",
      value: ms(writes.raw),
      goal: '',
    },
    {
      measure: '10,000 account updates, service + change log',
      value: ms(writes.service),
      goal: '',
    },
    {
      measure: `write overhead (service / raw), ${ROUNDS} rounds`,
      value: spread(ratios, (r) => `${r.toFixed(2)}×`),
      goal: '≤ 2×',
    },
  ];
  rows.push(...overviewRows(overview));
  rows.push(...weekRows(week));
  rows.push(...relationshipRows(relationship));
  rows.push(...selectionRows(selection));
  rows.push(...boardRows(board));
  // Writes: on a copy of the book.
  const handOver = handOverFigures(cached);
  rows.push(...handOverRows(handOver));
  rows.push(...territoryRows(territories));
  // Exports, each in a process of its own (its peak memory is the export's).
  const exports = exportFigures(cached);
  rows.push(...exportRows(exports));
  // Imports of a generated Salesforce-style CSV, each into a new book in a process of its own.
  const imports = importFigures();
  rows.push(...importRows(imports));
  // In Chromium against the web host (needs the built renderer: npx electron-vite build).
  const chromium = await chromiumFigures(cached);
  rows.push(...chromiumRows(chromium));
  // Sync needs the file to itself (it copies it, seeds a server from it).
  const sync = await syncFigures(cached, ACCOUNTS);
  rows.push(...sync.rows);
  const handOverSync = await handOverSyncBench(cached);
  rows.push(...handOverSyncRows(handOverSync));
  console.table(rows);
  const results = {
    date: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpu: os.cpus()[0]?.model,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    counts,
    generation,
    store: { ...store, before: BEFORE },
    listFirstPageMs: firstPage,
    listFilteredMs: filtered,
    listDeepPageMs: deepPage,
    listByLastContactMs: byLastContact,
    listByHealthMs: byHealth,
    listNotContactedMs: notContacted,
    searchMs: searches,
    exactNameFirst: exact,
    searchAsTyped: typing,
    accountOverview: overview,
    myWeek: week,
    relationship,
    territories,
    board,
    chromium,
    handOver,
    handOverSync,
    exports,
    imports,
    sync: sync.figures,
    writes: writeRounds.map((w) => ({
      rawMs: w.raw,
      serviceMs: w.service,
      ratio: w.service / w.raw,
    })),
  };
  fs.writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
}

void main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
