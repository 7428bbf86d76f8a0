/**
 * The customer-selection chart's one call (issue 13: smooth with 100k points; goal for
 * the core ≤ 200 ms at 100k), through the API's dispatch as the app makes it: an admin's
 * whole book, the demo lead's team and the busiest rep's own accounts, and the size of
 * the reply the web host sends. Run by bench/run.ts; alone:
 * `npx tsx bench/workspace/selection.ts FILE` (a copy of a book: an older one is migrated).
 */
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../src/main/api/dispatch';
import { createCore, setProfile, type Core } from '../../src/main/core/core';
import { idBytes, idText } from '../../src/main/db/codec';
import { openDatabase } from '../../src/main/db/open';
import type { SelectionPoints, SelectionScope } from '../../src/shared/domain/selection';

interface Timing {
  who: string;
  scope: SelectionScope;
  points: number;
  /** The reply as JSON, as the web host sends it. */
  bytes: number;
  p50: number;
  p95: number;
}

const REPEATS = 30;

function points(core: Core, scope: SelectionScope): SelectionPoints {
  const reply = dispatch(core, 'selectionPoints', { scope });
  if (!reply.ok) throw new Error(`selectionPoints: ${reply.error.message}`);
  return reply.value as SelectionPoints;
}

function timed(core: Core, who: string, scope: SelectionScope): Timing {
  const first = points(core, scope);
  const samples = Array.from({ length: REPEATS }, () => {
    const start = performance.now();
    points(core, scope);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return {
    who,
    scope,
    points: first.byCurrency.reduce((n, c) => n + c.profit.length, 0),
    bytes: Buffer.byteLength(JSON.stringify(first)),
    p50: samples[Math.floor(REPEATS * 0.5)]!,
    p95: samples[Math.floor(REPEATS * 0.95)]!,
  };
}

const memberWith = (core: Core, sql: string): string =>
  idText(core.db.prepare(sql).pluck().get() as Buffer);

/**
 * Signs in as an admin, the demo's lead and its busiest rep in turn, inside a
 * transaction that is rolled back: the cached book keeps its own profile.
 */
export function selectionFigures(core: Core): Timing[] {
  const lead = memberWith(core, "SELECT unhex(value) FROM meta WHERE key = 'profile_member_id'");
  const rep = memberWith(
    core,
    `SELECT s.member_id FROM assignments s JOIN team_members m ON m.id = s.member_id
     WHERE m.app_role = 'rep' AND s.deleted = 0 AND s.valid_to IS NULL
     GROUP BY s.member_id ORDER BY count(*) DESC LIMIT 1`,
  );
  core.db.exec('BEGIN');
  try {
    const role = core.db.prepare('UPDATE team_members SET app_role = ? WHERE id = ?');
    role.run('admin', idBytes(lead));
    const all = timed(core, 'an admin', 'all');
    role.run('lead', idBytes(lead));
    const team = timed(core, "the demo's lead", 'team');
    setProfile(core, rep);
    return [all, team, timed(core, 'the rep with most accounts', 'mine')];
  } finally {
    core.db.exec('ROLLBACK');
  }
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

export function selectionRows(timings: Timing[]) {
  return timings.map((t) => ({
    measure: `customer selection, ${t.who}, scope ${t.scope}: ${t.points.toLocaleString('en')} points, ${(t.bytes / 1e6).toFixed(1)} MB as JSON, ${REPEATS}× (p50 / p95)`,
    value: `${ms(t.p50)} / ${ms(t.p95)}`,
    goal: '≤ 200 ms at 100k',
  }));
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: tsx bench/workspace/selection.ts FILE');
  const core = createCore(openDatabase(file));
  try {
    console.table(selectionRows(selectionFigures(core)));
  } finally {
    core.close();
  }
}
