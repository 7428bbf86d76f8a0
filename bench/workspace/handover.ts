/**
 * Handing over 10,000 accounts from one rep to three, history included (issue 20: goal
 * ≤ 0.5 s), through the API's dispatch as the app calls it, on a copy of the book:
 * 10,000 accounts are first made one rep's (in SQL, untimed), then handed over and
 * undone in turn, each timed. Run by bench/run.ts; alone:
 * `npx tsx bench/workspace/handover.ts FILE` (the FILE is copied, never written).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../src/main/api/dispatch';
import { createCore, type Core } from '../../src/main/core/core';
import { idText } from '../../src/main/db/codec';
import { openDatabase } from '../../src/main/db/open';
import type { HandOverResult } from '../../src/shared/domain/handover';

export const HAND_OVER_ACCOUNTS = 10_000;
const ROUNDS = 5;

export interface HandOverFigures {
  accounts: number;
  opportunities: number;
  followUps: number;
  /** Seconds per round. */
  handOver: number[];
  undo: number[];
}

function call<T>(core: Core, method: 'handOver' | 'undoHandOver', input: unknown): T {
  const reply = dispatch(core, method, input);
  if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
  return reply.value as T;
}

/**
 * One rep of the book's first team made the owner of its first 10,000 accounts (their
 * owner rows point at the rep), three others of that team to receive, and the demo's
 * profile made that team's lead to act: returns the plan.
 */
export function bookOfTenThousand(core: Core, accounts = HAND_OVER_ACCOUNTS) {
  const db = core.db;
  const people = db
    .prepare(
      `SELECT id FROM team_members WHERE team_id = (
         SELECT team_id FROM team_members WHERE team_id IS NOT NULL AND sales_force = 'geographic'
         GROUP BY team_id HAVING count(*) >= 4 ORDER BY team_id LIMIT 1)
       AND deleted = 0 AND left_on IS NULL ORDER BY id LIMIT 4`,
    )
    .pluck()
    .all() as Buffer[];
  const [from, ...receivers] = people.map(idText);
  // The demo's profile leads that team and acts, as a lead would: the role rule is timed too.
  db.prepare(
    `UPDATE team_members SET app_role = 'lead'
     WHERE id = (SELECT unhex(value) FROM meta WHERE key = 'profile_member_id')`,
  ).run();
  db.prepare(
    `UPDATE teams SET lead_id = (SELECT unhex(value) FROM meta WHERE key = 'profile_member_id')
     WHERE id = (SELECT team_id FROM team_members WHERE id = ?)`,
  ).run(people[0]);
  db.prepare(
    `UPDATE assignments SET member_id = unhex(:from)
     WHERE is_owner = 1 AND deleted = 0 AND valid_to IS NULL AND account_id IN (
       SELECT account_id FROM assignments WHERE is_owner = 1 AND deleted = 0 AND valid_to IS NULL
       ORDER BY account_id LIMIT :accounts)`,
  ).run({ from: from!.replace(/-/g, ''), accounts });
  // Their open opportunities and follow-ups are the rep's too, so they go along.
  const theirs = `account_id IN (SELECT account_id FROM assignments
    WHERE member_id = unhex(:from) AND is_owner = 1 AND deleted = 0 AND valid_to IS NULL)`;
  db.prepare(
    `UPDATE opportunities SET owner_id = unhex(:from) WHERE status = 'open' AND ${theirs}`,
  ).run({
    from: from!.replace(/-/g, ''),
  });
  db.prepare(
    `UPDATE interactions SET member_id = unhex(:from)
     WHERE next_step_due IS NOT NULL AND next_step_done = 0 AND ${theirs}`,
  ).run({ from: from!.replace(/-/g, '') });
  return {
    fromMemberId: from!,
    receivers: { by: 'even' as const, weigh: 'count' as const, memberIds: receivers },
    reason: 'Bench: the rep moves to another region',
  };
}

export function handOverFigures(file: string): HandOverFigures {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-handover-'));
  const copy = path.join(dir, 'book.db');
  try {
    fs.copyFileSync(file, copy);
    const core = createCore(openDatabase(copy));
    const plan = bookOfTenThousand(core);
    const figures: HandOverFigures = {
      accounts: 0,
      opportunities: 0,
      followUps: 0,
      handOver: [],
      undo: [],
    };
    for (let round = 0; round < ROUNDS; round++) {
      let start = performance.now();
      const done = call<HandOverResult>(core, 'handOver', plan);
      figures.handOver.push((performance.now() - start) / 1000);
      Object.assign(figures, {
        accounts: done.accounts,
        opportunities: done.opportunities,
        followUps: done.followUps,
      });
      start = performance.now();
      call(core, 'undoHandOver', { id: done.id });
      figures.undo.push((performance.now() - start) / 1000);
    }
    core.close();
    return figures;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (i: number) => `${sorted[i]!.toFixed(2)} s`;
  return `${at(Math.floor(sorted.length / 2))} (min ${at(0)}, max ${at(sorted.length - 1)})`;
};

export function handOverRows(f: HandOverFigures) {
  return [
    {
      measure: `hand over ${f.accounts} accounts from one rep to three, history included (${f.opportunities} opportunities, ${f.followUps} follow-ups go along), ${ROUNDS} rounds`,
      value: seconds(f.handOver),
      goal: '≤ 0.5 s',
    },
    { measure: 'undo that hand-over as one', value: seconds(f.undo), goal: '' },
  ];
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx bench/workspace/handover.ts FILE');
  console.table(handOverRows(handOverFigures(file)));
}
