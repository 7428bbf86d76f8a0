/**
 * The board and the coverage gaps (issue 20: board for a team of 50 reps ≤ 100 ms,
 * coverage gaps for a lead's team ≤ 200 ms), through the API's dispatch as the app calls
 * them. The demo book's largest team has a dozen reps, so a team of 50 is made for the
 * run: the 50 reps with most accounts are moved into one team inside a transaction that
 * is rolled back, and its board is read as an admin who names that team. The gaps are the
 * demo lead's report on their own team (and the accounts nobody covers). Run by
 * bench/run.ts; alone: `npx tsx bench/workspace/board.ts FILE` (a copy of a book: an
 * older one is migrated, and the file is otherwise left as it was).
 */
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../src/main/api/dispatch';
import { createCore, setProfile, type Core } from '../../src/main/core/core';
import { idText } from '../../src/main/db/codec';
import { guardOf } from '../../src/main/db/integrity';
import { openDatabase } from '../../src/main/db/open';
import type { MethodName } from '../../src/shared/api';
import type { TeamBoard } from '../../src/shared/domain/board';
import type { CoverageGaps } from '../../src/shared/domain/gaps';

const ROUNDS = 3;
const REPEATS = 60;
const TEAM_OF = 50;

interface Latency {
  p50: number;
  p95: number;
  /** The median CPU time of a call: the machine this runs on may be shared. */
  cpuP50: number;
}
interface Measured {
  /** Reps on the board (members of the team), and the accounts they cover together. */
  reps: number;
  accounts: number;
  rounds: Latency[];
}
export interface BoardFigures {
  largestTeam: Measured;
  fifty: Measured;
  gaps: Measured & { gaps: number };
}

function call<T>(core: Core, method: MethodName, input: unknown): T {
  const reply = dispatch(core, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

function rounds(fn: () => unknown): Latency[] {
  return Array.from({ length: ROUNDS }, () => {
    for (let i = 0; i < 5; i++) fn();
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      const used = process.cpuUsage();
      fn();
      const { user, system } = process.cpuUsage(used);
      wall.push(performance.now() - start);
      cpu.push((user + system) / 1000);
    }
    const at = (samples: number[], p: number) =>
      samples.sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(p * samples.length))]!;
    return { p50: at(wall, 0.5), p95: at(wall, 0.95), cpuP50: at(cpu, 0.5) };
  });
}

function boardOf(core: Core, teamId: string): Measured {
  const board = call<TeamBoard>(core, 'teamBoard', { teamId });
  return {
    reps: board.rows.length,
    accounts: board.rows.reduce((sum, r) => sum + r.bookSize, 0),
    rounds: rounds(() => call(core, 'teamBoard', { teamId })),
  };
}

/** The signed-in lead's report on their own team. */
function gapsOf(core: Core): Measured & { gaps: number } {
  const report = call<CoverageGaps>(core, 'coverageGaps', {});
  const board = call<TeamBoard>(core, 'teamBoard', {});
  return {
    reps: board.rows.length,
    accounts: board.rows.reduce((sum, r) => sum + r.bookSize, 0),
    gaps: Object.values(report.counts).reduce((sum, n) => sum + n, 0),
    rounds: rounds(() => call(core, 'coverageGaps', {})),
  };
}

const one = (sql: string) => (core: Core) => core.db.prepare(sql).pluck().get() as Buffer;
const adminOf = one(`SELECT id FROM team_members WHERE app_role = 'admin' AND deleted = 0`);
const largestTeamOf = one(`SELECT team_id FROM team_members WHERE team_id IS NOT NULL
  AND deleted = 0 GROUP BY team_id ORDER BY count(*) DESC LIMIT 1`);

/** The 50 reps with most accounts made the only members of `team` (in the open transaction). */
function gatherFifty(core: Core, team: Buffer): void {
  const reps = core.db
    .prepare(
      `SELECT s.member_id FROM assignments s JOIN team_members m ON m.id = s.member_id
       WHERE m.app_role = 'rep' AND m.deleted = 0 AND m.left_on IS NULL AND s.deleted = 0
         AND s.valid_to IS NULL
       GROUP BY s.member_id ORDER BY count(*) DESC LIMIT ${TEAM_OF}`,
    )
    .pluck()
    .all() as Buffer[];
  core.db.prepare('UPDATE team_members SET team_id = NULL WHERE team_id = ?').run(team);
  const join = core.db.prepare('UPDATE team_members SET team_id = ? WHERE id = ?');
  for (const rep of reps) join.run(team, rep);
}

export async function boardFigures(core: Core): Promise<BoardFigures> {
  // A large book is checked for damage by a worker when opened: not while timing.
  await guardOf(core.db)?.settled();
  const team = largestTeamOf(core);
  core.db.exec('BEGIN');
  try {
    const gaps = gapsOf(core);
    setProfile(core, idText(adminOf(core)));
    const largestTeam = boardOf(core, idText(team));
    gatherFifty(core, team);
    const fifty = boardOf(core, idText(team));
    return { largestTeam, fifty, gaps };
  } finally {
    core.db.exec('ROLLBACK');
  }
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `${ms(sorted[0]!)} – ${ms(sorted.at(-1)!)}`;
};
const value = (m: Measured) =>
  `${ms(m.rounds[0]!.p50)} / ${spread(m.rounds.map((r) => r.p95))} (CPU ${ms(m.rounds[0]!.cpuP50)})`;
const runs = `${REPEATS}× per round, ${ROUNDS} rounds (p50 / each round's p95; median CPU time)`;

/** The rows bench/run.ts prints: p50 of the first round, each round's p95 for the spread. */
export function boardRows(f: BoardFigures) {
  const team = (m: Measured) => `${m.reps} reps, ${m.accounts} accounts covered`;
  return [
    {
      measure: `board of the largest demo team (${team(f.largestTeam)}), ${runs}`,
      value: value(f.largestTeam),
      goal: '',
    },
    {
      measure: `board of a team of ${TEAM_OF} reps: the ${TEAM_OF} with most accounts, gathered into one team for the run (${team(f.fifty)}), ${runs}`,
      value: value(f.fifty),
      goal: '≤ 100 ms',
    },
    {
      measure: `coverage gaps of the demo lead's team and the accounts nobody covers (${team(f.gaps)}; ${f.gaps.gaps} gaps), ${runs}`,
      value: value(f.gaps),
      goal: '≤ 200 ms',
    },
  ];
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: tsx bench/workspace/board.ts FILE');
  const core = createCore(openDatabase(file));
  void boardFigures(core)
    .then((figures) => console.table(boardRows(figures)))
    .finally(() => core.close());
}
