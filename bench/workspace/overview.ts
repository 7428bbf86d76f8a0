/**
 * The Account 360 page's one call (issue 13: p95 ≤ 20 ms in the core, the largest
 * account included), through the API's dispatch as the app makes it. Run by
 * bench/run.ts; alone: `npx tsx bench/workspace/overview.ts FILE` (a copy of a book:
 * an older one is migrated).
 */
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../src/main/api/dispatch';
import { createCore, type Core } from '../../src/main/core/core';
import { idText } from '../../src/main/db/codec';
import { openDatabase } from '../../src/main/db/open';
import type { AccountOverview } from '../../src/shared/domain/overview';

export interface OverviewFigures {
  /** Per round: p50/p95 over the sampled accounts, and over repeats of the largest one. */
  rounds: { sampled: Latency; largest: Latency }[];
  sampledAccounts: number;
  largest: { interactions: number; contacts: number; purchases: number; sites: number };
}
interface Latency {
  p50: number;
  p95: number;
}

const ROUNDS = 3;
const SAMPLED = 300;
const REPEATS = 200;

function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

function overview(core: Core, id: string): AccountOverview {
  const reply = dispatch(core, 'accountOverview', { id });
  if (!reply.ok) throw new Error(`accountOverview: ${reply.error.message}`);
  return reply.value as AccountOverview;
}

/** Times each id once (after one warm-up pass over the first few), in ms. */
function timed(core: Core, ids: readonly string[]): number[] {
  for (const id of ids.slice(0, 5)) overview(core, id);
  return ids.map((id) => {
    const start = performance.now();
    overview(core, id);
    return performance.now() - start;
  });
}

export function overviewFigures(core: Core): OverviewFigures {
  // A spread-out, repeatable sample: accounts ordered by a hash of their rowid.
  const sample = (
    core.db
      .prepare(
        'SELECT id FROM accounts WHERE deleted = 0 ORDER BY (rid * 2654435761) % 1000003 LIMIT ?',
      )
      .pluck()
      .all(SAMPLED) as Buffer[]
  ).map(idText);
  const top = core.db
    .prepare(
      'SELECT account_id FROM interactions WHERE deleted = 0 GROUP BY account_id ORDER BY count(*) DESC LIMIT 1',
    )
    .pluck()
    .get() as Buffer;
  const largestId = idText(top);
  const shown = overview(core, largestId);
  const rounds = Array.from({ length: ROUNDS }, () => ({
    sampled: percentiles(timed(core, sample)),
    largest: percentiles(timed(core, Array<string>(REPEATS).fill(largestId))),
  }));
  return {
    rounds,
    sampledAccounts: sample.length,
    largest: {
      interactions: shown.timeline.total,
      contacts: shown.contacts.length,
      purchases: shown.purchases.years.length,
      sites: shown.sites.length,
    },
  };
}

const ms = (v: number) => `${v.toFixed(2)} ms`;
const range = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${ms(sorted[0]!)} – ${ms(sorted.at(-1)!)}`;
};

/** The rows bench/run.ts prints: p50 of the first round, each round's p95 for the spread. */
export function overviewRows(f: OverviewFigures) {
  const { interactions, contacts } = f.largest;
  return [
    {
      measure: `Account 360 in one call, ${f.sampledAccounts} sampled accounts, ${ROUNDS} rounds (p50 / each round's p95)`,
      value: `${ms(f.rounds[0]!.sampled.p50)} / ${range(f.rounds.map((r) => r.sampled.p95))}`,
      goal: 'p95 ≤ 20 ms',
    },
    {
      measure: `Account 360, the account with most interactions (${interactions}, ${contacts} contacts), ${REPEATS}× per round (p50 / each round's p95)`,
      value: `${ms(f.rounds[0]!.largest.p50)} / ${range(f.rounds.map((r) => r.largest.p95))}`,
      goal: 'p95 ≤ 20 ms',
    },
  ];
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: tsx bench/workspace/overview.ts FILE');
  const core = createCore(openDatabase(file));
  try {
    const figures = overviewFigures(core);
    console.table(overviewRows(figures));
    console.log(JSON.stringify(figures.largest));
  } finally {
    core.close();
  }
}
