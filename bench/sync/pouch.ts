/**
 * The side-by-side anchor of issue 12: PouchDB, the usual offline-first replication
 * library, replicating the same number of account documents between two local
 * in-memory databases. LevelDB's native build is not installed here, so both sides
 * use the memory adapter — the fastest PouchDB can be, with no disk at all.
 *
 *   pouchReplication(accounts) → { seconds, docs, docsPerSecond, checkInSyncSeconds, … }
 *   npx tsx bench/sync/pouch.ts [accounts]
 */
import { performance } from 'node:perf_hooks';
import PouchDB from 'pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';

PouchDB.plugin(memoryAdapter);

const LOAD_CHUNK = 5000;
const WARM_UP = 2000;
/** PouchDB's own default is 100 documents a batch; 1,000 is the usual tuning. */
const LARGE_BATCH = 1000;

export interface PouchFigures {
  /** Seconds for the faster full replication into an empty database. */
  seconds: number;
  docs: number;
  docsPerSecond: number;
  /** Seconds for a second replication with nothing to copy, resuming from its checkpoint. */
  checkInSyncSeconds: number;
  /**
   * Seconds to confirm the two are in sync without a checkpoint (a new device, or a
   * lost checkpoint): PouchDB reads every change and asks the target about every
   * revision — the "seconds to check 800k documents already in sync" of the issue.
   */
  compareAllSeconds: number;
  /** Which batch size gave `seconds`, and both timings, so the choice is visible. */
  batchSize: 'default' | typeof LARGE_BATCH;
  defaultBatchSeconds: number;
  largeBatchSeconds: number;
}

// Names and places with accents, Vietnamese, Norwegian and Persian script, as a real
// book holds them: PouchDB stores JSON, so their cost shows in its figures too.
const NAMES = ['Nguyễn Trading', 'Tromsø Fisk AS', 'شرکت پارس', 'Ærø Møbler', 'Müller GmbH'];
const CITIES = ['Hà Nội', 'Tromsø', 'تهران', 'Ærøskøbing', 'München'];
const COUNTRIES = ['VN', 'NO', 'IR', 'DK', 'DE'];
const KINDS = ['customer', 'prospect', 'distributor', 'supplier', 'partner'];
const LIFECYCLES = ['prospect', 'active', 'at_risk', 'dormant', 'ended'];
const STYLES = ['transactional', 'leaning_transactional', 'balanced', 'collaborative'];
const TIERS = ['A', 'B', 'C'];

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T;

/** A stable uuid-shaped id, so PouchDB sorts and stores ids of a realistic length. */
const idOf = (i: number): string => {
  const hex = i.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
};

/** One account document with the fields of src/shared/domain/account.ts. */
export function accountDoc(i: number): Record<string, unknown> {
  return {
    _id: idOf(i),
    name: `${pick(NAMES, i)} ${i}`,
    kind: pick(KINDS, i),
    parentId: i % 10 === 0 ? null : idOf(i - (i % 10)),
    industry: pick(['Fisheries', 'Furniture', 'Machinery', 'Textiles'], i),
    country: pick(COUNTRIES, i),
    region: null,
    city: pick(CITIES, i),
    postcode: String(10000 + (i % 90000)),
    address: `${1 + (i % 200)} ${pick(['Storgata', 'Đường Láng', 'خیابان ولیعصر'], i)}`,
    website: `https://example-${i}.test`,
    phone: `+47 ${String(i).padStart(8, '0')}`,
    lifecycle: pick(LIFECYCLES, i),
    relationshipStyle: pick(STYLES, i),
    tier: pick(TIERS, i),
    salesForce: 'geographic',
    territoryId: null,
    costToServe: 1000 + (i % 5000),
    profitPotential: 20000 + (i % 80000),
    currency: 'EUR',
    needs: 'Faster delivery, Net 60 payment terms',
    capabilities: null,
    customerSince: `20${String(10 + (i % 15))}-0${1 + (i % 9)}-15`,
    notes: `Met at the ${pick(['Oslo', 'Hà Nội', 'تهران'], i)} fair`,
  };
}

async function load(db: PouchDB, accounts: number): Promise<void> {
  for (let from = 0; from < accounts; from += LOAD_CHUNK) {
    const docs = [];
    for (let i = from; i < Math.min(accounts, from + LOAD_CHUNK); i++) docs.push(accountDoc(i));
    const failed = (await db.bulkDocs(docs)).filter((r) => r.error);
    if (failed.length > 0) throw new Error(`PouchDB refused ${failed.length} account documents`);
  }
}

let dbCount = 0;
const memoryDb = (role: string): PouchDB =>
  new PouchDB(`bench-${role}-${process.pid}-${++dbCount}`, { adapter: 'memory' });

/** Seconds for one replication; throws unless the target then holds exactly `accounts`. */
async function replicate(
  source: PouchDB,
  target: PouchDB,
  accounts: number,
  options: { batch_size?: number; checkpoint?: false },
): Promise<number> {
  const start = performance.now();
  const result = await PouchDB.replicate(source, target, options);
  const seconds = (performance.now() - start) / 1000;
  const { doc_count } = await target.info();
  if (!result.ok || result.doc_write_failures > 0 || doc_count !== accounts) {
    throw new Error(
      `PouchDB replication left ${doc_count} of ${accounts} accounts ` +
        `(${result.doc_write_failures} write failures)`,
    );
  }
  return seconds;
}

/**
 * The first replication in a process runs about twice as slow as later ones (the
 * JIT warming PouchDB's code): one untimed small replication first, so neither batch
 * size pays for it.
 */
async function warmUp(): Promise<void> {
  const source = memoryDb('warm-source');
  const target = memoryDb('warm-target');
  try {
    await load(source, WARM_UP);
    await replicate(source, target, WARM_UP, {});
  } finally {
    await Promise.all([source.destroy(), target.destroy()]);
  }
}

export async function pouchReplication(accounts: number): Promise<PouchFigures> {
  await warmUp();
  const source = memoryDb('source');
  const targets: PouchDB[] = [];
  try {
    await load(source, accounts);
    const into = async (options: { batch_size?: number }) => {
      const target = memoryDb('target');
      targets.push(target);
      return { target, seconds: await replicate(source, target, accounts, options) };
    };
    const byDefault = await into({});
    const large = await into({ batch_size: LARGE_BATCH });
    const best = large.seconds < byDefault.seconds ? large : byDefault;
    // The same call again: PouchDB compares checkpoints and revisions before it
    // knows there is nothing to copy.
    const batch = best === large ? { batch_size: LARGE_BATCH } : {};
    const checkInSyncSeconds = await replicate(source, best.target, accounts, batch);
    const compareAllSeconds = await replicate(source, best.target, accounts, {
      ...batch,
      checkpoint: false,
    });
    return {
      seconds: best.seconds,
      docs: accounts,
      docsPerSecond: Math.round(accounts / best.seconds),
      checkInSyncSeconds,
      compareAllSeconds,
      batchSize: best === large ? LARGE_BATCH : 'default',
      defaultBatchSeconds: byDefault.seconds,
      largeBatchSeconds: large.seconds,
    };
  } finally {
    await Promise.all([source, ...targets].map((db) => db.destroy()));
  }
}

if (require.main === module) {
  const accounts = Number(process.argv[2] ?? 100_000);
  if (!Number.isInteger(accounts) || accounts < 1) {
    throw new Error('usage: npx tsx bench/sync/pouch.ts [accounts, a whole number ≥ 1]');
  }
  pouchReplication(accounts).then(
    (figures) => console.log(JSON.stringify(figures, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
