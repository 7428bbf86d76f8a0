/**
 * My week for a rep (issue 13: ≤ 50 ms), through the API's dispatch as the app calls
 * it, for the rep who covers the most accounts: the demo's own week, and the worst
 * month of the year (31 days over Christmas and New Year, when every account has a
 * holiday for each of its contacts). Run by bench/run.ts; alone:
 * `npx tsx bench/workspace/week.ts FILE` (a copy of a book: an older one is migrated).
 */
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../src/main/api/dispatch';
import { createCore, type Core } from '../../src/main/core/core';
import { idText } from '../../src/main/db/codec';
import { openDatabase } from '../../src/main/db/open';
import type { Agenda } from '../../src/shared/domain/week';

interface Latency {
  p50: number;
  p95: number;
}
interface Window {
  from: string;
  days: number;
}

export interface WeekFigures {
  rep: { accounts: number; contacts: number };
  /** Per round: the demo's week and the month over New Year, with the items shown. */
  rounds: { week: Latency; newYear: Latency }[];
  items: { week: number; newYear: number };
  windows: { week: Window; newYear: Window };
}

const ROUNDS = 3;
const REPEATS = 200;

function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

function myWeek(core: Core, memberId: string, window: Window): Agenda {
  const reply = dispatch(core, 'myWeek', { memberId, ...window });
  if (!reply.ok) throw new Error(`myWeek: ${reply.error.message}`);
  return reply.value as Agenda;
}

function timed(core: Core, memberId: string, window: Window): Latency {
  for (let i = 0; i < 5; i++) myWeek(core, memberId, window);
  const samples = Array.from({ length: REPEATS }, () => {
    const start = performance.now();
    myWeek(core, memberId, window);
    return performance.now() - start;
  });
  return percentiles(samples);
}

/** The rep with the most accounts today, and how many contacts those accounts have. */
function busiestRep(core: Core): { id: string; accounts: number; contacts: number } {
  const row = core.db
    .prepare(
      `SELECT s.member_id AS id, count(DISTINCT s.account_id) AS accounts
       FROM assignments s JOIN team_members m ON m.id = s.member_id
       WHERE m.app_role = 'rep' AND s.deleted = 0 AND s.valid_to IS NULL
       GROUP BY s.member_id ORDER BY accounts DESC LIMIT 1`,
    )
    .get() as { id: Buffer; accounts: number };
  const contacts = core.db
    .prepare(
      `SELECT count(*) FROM contacts WHERE deleted = 0 AND archived = 0 AND account_id IN
         (SELECT account_id FROM assignments WHERE member_id = ? AND deleted = 0 AND valid_to IS NULL)`,
    )
    .pluck()
    .get(row.id) as number;
  return { id: idText(row.id), accounts: row.accounts, contacts };
}

export function weekFigures(core: Core): WeekFigures {
  const rep = busiestRep(core);
  // The demo's book is made as of its own day: its follow-ups are due around it.
  const today =
    (core.db.prepare("SELECT value FROM meta WHERE key = 'demo_today'").pluck().get() as
      string | undefined) ?? new Date().toISOString().slice(0, 10);
  const windows = {
    week: { from: today, days: 7 },
    newYear: { from: `${today.slice(0, 4)}-12-15`, days: 31 },
  };
  const rounds = Array.from({ length: ROUNDS }, () => ({
    week: timed(core, rep.id, windows.week),
    newYear: timed(core, rep.id, windows.newYear),
  }));
  return {
    rep: { accounts: rep.accounts, contacts: rep.contacts },
    rounds,
    items: {
      week: myWeek(core, rep.id, windows.week).items.length,
      newYear: myWeek(core, rep.id, windows.newYear).items.length,
    },
    windows,
  };
}

const ms = (v: number) => `${v.toFixed(2)} ms`;
const range = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${ms(sorted[0]!)} – ${ms(sorted.at(-1)!)}`;
};

/** The rows bench/run.ts prints: p50 of the first round, each round's p95 for the spread. */
export function weekRows(f: WeekFigures) {
  const who = `the rep with most accounts (${f.rep.accounts} accounts, ${f.rep.contacts} contacts)`;
  const row = (label: string, pick: (r: WeekFigures['rounds'][number]) => Latency) => ({
    measure: `${label}, ${who}, ${REPEATS}× per round, ${ROUNDS} rounds (p50 / each round's p95)`,
    value: `${ms(pick(f.rounds[0]!).p50)} / ${range(f.rounds.map((r) => pick(r).p95))}`,
    goal: '≤ 50 ms',
  });
  return [
    row(`My week from ${f.windows.week.from}, 7 days: ${f.items.week} items`, (r) => r.week),
    row(
      `My week from ${f.windows.newYear.from}, 31 days over New Year: ${f.items.newYear} items`,
      (r) => r.newYear,
    ),
  ];
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: tsx bench/workspace/week.ts FILE');
  const core = createCore(openDatabase(file));
  try {
    console.table(weekRows(weekFigures(core)));
  } finally {
    core.close();
  }
}
