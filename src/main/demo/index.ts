/**
 * Demo data: a whole sales organisation with its accounts, key contacts, coverage and
 * three years of history, made up from a seed. The same seed (and `today`) gives the
 * same database, ids included. Every row is written through the writers derived from
 * the table declarations (./writers), stamped with the demo's own node.
 *
 * The demo is a seed snapshot, not user edits: it does NOT write to the `changes`
 * table, and meta 'demo' = '1' keeps it from ever being pushed to a team's server.
 */
import type { Db } from '../db/open';
import { idBytes } from '../db/codec';
import { AccountWriter } from './accounts';
import { suspendIndexing } from '../db/bulkLoad';
import { Calendar, utcToday } from './calendar';
import { writeOfferings } from './commerce';
import type { Context } from './context';
import { writeHolidays } from './holidays';
import { buildOrg } from './org';
import { IdFactory, Rng } from './random';
import { prepareWriters, type DemoTable } from './writers';

export interface DemoOptions {
  /** how many accounts; contacts (3×), interactions (10×) and the team (1 per 40) follow */
  accounts: number;
  seed: number;
  /** the demo's "today" (YYYY-MM-DD): history ends here. Default: the current UTC date. */
  today?: string;
  /** called once per committed batch; `done` and `total` count accounts */
  onProgress?: (done: number, total: number, phase: DemoPhase) => void;
  /** stops between batches; what was committed stays */
  signal?: AbortSignal;
}

export type DemoPhase = 'organisation' | 'accounts' | 'finishing';

export interface DemoSummary {
  readonly seed: number;
  readonly today: string;
  /** rows written per table */
  readonly rows: Readonly<Record<DemoTable, number>>;
  /** the team lead the app runs as (meta 'profile_member_id') */
  readonly profileMemberId: string;
}

/** Ids count up from a fixed moment: they do not depend on when the demo is made. */
const BASE_MILLIS = Date.UTC(2024, 0, 1);
/** The node every demo row was written by (its index in `nodes` is the rows' `node`). */
export const DEMO_NODE = 'demo0000';
const BATCH = 1000;

export function generateDemo(db: Db, options: DemoOptions): DemoSummary {
  const { accounts, seed } = options;
  if (!Number.isInteger(accounts) || accounts < 1 || accounts > 1_000_000) {
    throw new Error(`accounts must be a whole number from 1 to 1,000,000 (got ${accounts})`);
  }
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number (got ${seed})`);
  const used = db
    .prepare('SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM team_members) AS n')
    .get() as {
    n: number;
  };
  if (used.n > 0)
    throw new Error('This database already has data; demo data goes into a fresh database only');

  const today = options.today ?? utcToday();
  const cal = new Calendar(today);
  db.prepare('INSERT INTO nodes (node_id) VALUES (?) ON CONFLICT(node_id) DO NOTHING').run(
    DEMO_NODE,
  );
  const node = db.prepare('SELECT idx FROM nodes WHERE node_id = ?').pluck().get(DEMO_NODE);
  const w = prepareWriters(db, node as number, cal.todayMillis);
  const ctx: Context = {
    db,
    rng: new Rng(seed),
    ids: new IdFactory(seed, BASE_MILLIS),
    cal,
    w,
    created: `${cal.day(3650)}T08:00:00.000Z`,
  };
  const progress = options.onProgress ?? (() => undefined);
  const cacheSize = db.pragma('cache_size', { simple: true }) as number;
  const synchronous = db.pragma('synchronous', { simple: true }) as number;
  db.pragma('cache_size = -131072');
  // A half-written demo is thrown away, not recovered: no need to sync to disk meanwhile.
  db.pragma('synchronous = OFF');
  // The search index is filled once at the end, by the schema's own trigger SQL, and
  // the other indexes are built once over the loaded rows.
  // (A load killed half-way is repaired when the file is next opened.)
  let resume: (() => void) | null = suspendIndexing(db, w.tables);
  try {
    const { org, catalogue } = db.transaction(() => {
      // A team names its lead, who is written just after it.
      db.pragma('defer_foreign_keys = ON');
      const built = buildOrg(ctx, accounts);
      writeHolidays(ctx);
      const offerings = writeOfferings(ctx);
      const meta = db.prepare(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      );
      const profile = idBytes(built.profileId);
      meta.run('profile_member_id', profile.toString('hex'));
      meta.run('demo', '1');
      meta.run('demo_seed', String(seed));
      meta.run('demo_today', today);
      // The demo's changes are the profile's, should a sync ever see them.
      db.prepare('UPDATE nodes SET member_id = ? WHERE node_id = ?').run(profile, DEMO_NODE);
      return { org: built, catalogue: offerings };
    })();
    progress(0, accounts, 'organisation');

    const writer = new AccountWriter(ctx, org, accounts, catalogue);
    const batch = db.transaction((from: number, to: number) => {
      for (let i = from; i < to; i++) writer.write(i);
    });
    for (let from = 0; from < accounts; from += BATCH) {
      if (options.signal?.aborted) throw new Error('Demo generation cancelled');
      const to = Math.min(accounts, from + BATCH);
      batch(from, to);
      progress(to, accounts, 'accounts');
    }

    progress(accounts, accounts, 'finishing');
    resume();
    resume = null;
    db.pragma('analysis_limit = 1000');
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');

    const rows = w.counts();
    return { seed, today, rows, profileMemberId: org.profileId };
  } finally {
    resume?.();
    db.pragma(`cache_size = ${cacheSize}`);
    db.pragma(`synchronous = ${synchronous}`);
  }
}
