import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directClient } from '../../../src/main/api/dispatch';
import { setProfile } from '../../../src/main/core/core';
import { idBytes, idText } from '../../../src/main/db/codec';
import { wordsOf } from '../../../src/shared/words';
import { demoBook, type DemoBook } from '../../support/demoBook';
import { exportedFrom } from '../../support/exported';

/**
 * The assignment history and the pipeline by rep as files (issue 21): who moved what,
 * when and why, hand-overs and their undo among them, for whom the role rule lets read
 * it; and the open deals of the lead's team by rep and selling step, weighted by credit.
 */
let demo: DemoBook;
let leadId: string;
let leadName: string;

beforeAll(async () => {
  demo = demoBook(400);
  const profile = await api().profile({});
  leadId = profile.member!.id;
  leadName = profile.member!.name;
});
afterAll(() => demo.close());

const api = () => directClient(demo.core);
const today = () => new Date().toISOString().slice(0, 10);
const { rapport, csvOf, xlsxOf } = exportedFrom(() => demo);
/** The accounts a member covers today, by name. */
const coveredBy = (memberId: string) =>
  new Set(
    demo.core.db
      .prepare(
        `SELECT a.name FROM assignments s JOIN accounts a ON a.id = s.account_id
         WHERE s.member_id = ? AND s.deleted = 0 AND s.valid_from <= :day
           AND (s.valid_to IS NULL OR s.valid_to >= :day)`,
      )
      .pluck()
      .all(idBytes(memberId), { day: Math.floor(Date.now() / 86_400_000) }) as string[],
  );

describe('the assignment history report', () => {
  const reason = 'Moves to the Bergen office';

  it('writes a hand-over and its undo, newest first: who ended, who started, why and who did it', async () => {
    const reps = (await api().teamBoard({})).rows.filter((r) => r.bookSize > 0);
    const [leaver, receiver] = [...reps].sort((a, b) => a.bookSize - b.bookSize);
    const moved = await api().handOver({
      fromMemberId: leaver!.memberId,
      receivers: { by: 'even', weigh: 'count', memberIds: [receiver!.memberId] },
      reason,
    });
    expect(moved.accounts).toBeGreaterThan(0);
    const [header, ...rows] = csvOf('history');
    expect(header).toEqual([
      'Day',
      'Event',
      'Account',
      'Team member',
      'Role',
      'Owner',
      'Credit share (%)',
      'Reason',
      'Previous owner',
      'By',
      'Recorded at (UTC)',
    ]);
    const days = rows.map((r) => r[0]!);
    expect(days).toEqual([...days].sort().reverse());
    const handOver = rows.filter((r) => r[7] === reason);
    const ended = handOver.filter((r) => r[1] === 'Ended');
    const started = handOver.filter((r) => r[1] === 'Started');
    expect(ended.map((r) => r[3])).toEqual(ended.map(() => leaver!.name));
    expect(started.map((r) => r[3])).toEqual(started.map(() => receiver!.name));
    expect(new Set(started.map((r) => r[2]))).toEqual(new Set(ended.map((r) => r[2])));
    expect(started.length).toBe(moved.accounts);
    for (const row of handOver) {
      expect(row[0]).toBe(today());
      expect(row[9]).toBe(leadName);
      expect(row[10]!.slice(0, 10)).toBe(today());
    }
    const owner = started.find((r) => r[5] === 'Yes')!;
    expect(owner[8]).toBe(leaver!.name);
    // The newest rows are the hand-over's: each account's start before its end.
    expect(rows.slice(0, handOver.length).every((r) => r[7] === reason)).toBe(true);

    await api().undoHandOver({ id: moved.id });
    const undone = csvOf('history').filter((r) => r[7] === `Hand-over undone: ${reason}`);
    expect(undone.filter((r) => r[1] === 'Started').map((r) => r[3])).toEqual(
      Array(moved.accounts).fill(leaver!.name),
    );
    expect(undone.filter((r) => r[1] === 'Ended').map((r) => r[3])).toContain(receiver!.name);
  });

  it('keeps to one account and to the days asked for', async () => {
    const all = csvOf('history').slice(1);
    const account = all.find((r) => r[7] === reason)![2]!;
    const accountId = idText(
      demo.core.db.prepare('SELECT id FROM accounts WHERE name = ?').pluck().get(account) as Buffer,
    );
    const { coverage } = await api().accountHistory({ accountId });
    const one = csvOf('history', '--account', accountId).slice(1);
    expect(one.every((r) => r[2] === account)).toBe(true);
    expect(one.length).toBe(coverage.length + coverage.filter((c) => c.validTo).length);

    const [from, to] = ['2025-01-01', '2025-12-31'];
    const inYear = csvOf('history', '--from', from, '--to', to).slice(1);
    expect(inYear).toEqual(all.filter((r) => r[0]! >= from && r[0]! <= to));
    expect(inYear.length).toBeGreaterThan(0);
  });

  it("limits a rep to the accounts they cover, and refuses another's as the app does", async () => {
    const rep = (await api().teamBoard({})).rows.find((r) => r.bookSize > 0)!;
    const other = (await api().listAccounts({ limit: 1000 })).rows.find(
      (r) => !coveredBy(rep.memberId).has(r.name),
    )!;
    setProfile(demo.core, rep.memberId);
    try {
      const covered = coveredBy(rep.memberId);
      const rows = csvOf('history').slice(1);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => covered.has(r[2]!))).toBe(true);
      const refusal = await api()
        .accountHistory({ accountId: other.id })
        .then(
          () => 'read',
          (error: Error) => error.message,
        );
      expect(refusal).toContain('You can only see accounts you cover');
      const file = path.join(demo.dir, 'refused-history.csv');
      const refused = rapport('--report', 'history', '--account', other.id, '--out', file);
      expect(refused.status).not.toBe(0);
      expect(refused.stderr).toContain(refusal);
      expect(fs.existsSync(file)).toBe(false);
    } finally {
      setProfile(demo.core, leadId);
    }
  });

  it('names the events and roles in Vietnamese', () => {
    const vi = wordsOf('vi');
    const [header, ...rows] = xlsxOf('history', '--lang', 'vi');
    expect(header!.slice(0, 3)).toEqual([
      vi.report.columns.day,
      vi.report.columns.event,
      vi.report.columns.account,
    ]);
    expect(new Set(rows.map((r) => r[1]))).toEqual(
      new Set([vi.enum.historyEvent.started, vi.enum.historyEvent.ended]),
    );
    expect(Object.values(vi.enum.coverageRole)).toContain(rows[0]![4]);
    expect(typeof rows[0]![6]).toBe('number');
  });
});

describe('the pipeline report', () => {
  it("writes each rep's open deals by selling step as the board counts them, with a total per rep", async () => {
    const board = await api().teamBoard({});
    const en = wordsOf('en');
    const [header, ...rows] = csvOf('pipeline');
    expect(header).toEqual([
      'Rep',
      'Team',
      'Selling step',
      'Currency',
      'Open deals',
      'Amount',
      'Amount weighted by credit share',
    ]);
    expect([...new Set(rows.map((r) => r[0]))]).toEqual(board.rows.map((r) => r.name));
    for (const rep of board.rows) {
      const own = rows.filter((r) => r[0] === rep.name);
      const steps = own.filter((r) => r[2] !== 'Total');
      expect(steps.map((r) => [r[2], r[3], Number(r[4]), Number(r[5])])).toEqual(
        rep.pipeline.map((p) => [en.enum.sellingStep[p.step], p.currency, p.deals, p.value]),
      );
      const totals = own.filter((r) => r[2] === 'Total');
      expect(totals.length).toBe(Math.max(1, new Set(rep.pipeline.map((p) => p.currency)).size));
      for (const total of totals) {
        const ofCurrency = rep.pipeline.filter((p) => p.currency === total[3]);
        expect(Number(total[4])).toBe(ofCurrency.reduce((n, p) => n + p.deals, 0));
      }
      // The totals come after the steps.
      expect(own.slice(steps.length).every((r) => r[2] === 'Total')).toBe(true);
    }
  });

  it('weighs a shared deal by each rep’s credit share, in Persian, with typed numbers', async () => {
    const reps = (await api().teamBoard({})).rows;
    const [a, b] = reps;
    const account = await api().createAccount({ name: 'Vekta Pumper AS', country: 'NO' });
    await api().staffAccount({
      accountId: account.id,
      team: [
        { memberId: a!.memberId, role: 'account_manager', isOwner: true, creditShare: 70 },
        { memberId: b!.memberId, role: 'sales', creditShare: 30 },
      ],
    });
    await api().createOpportunity({
      accountId: account.id,
      name: 'Pumps for the new line',
      value: 10_000,
      currency: 'CHF',
      step: 'closing',
    });
    const fa = wordsOf('fa');
    const [header, ...rows] = xlsxOf('pipeline', '--lang', 'fa');
    expect(header![2]).toBe(fa.report.columns.step);
    const chf = rows.filter((r) => r[3] === 'CHF');
    expect(chf.map((r) => [r[0], r[2], r[4], r[5], r[6]])).toEqual([
      [a!.name, fa.enum.sellingStep.closing, 1, 10_000, 7_000],
      [a!.name, fa.report.say.total, 1, 10_000, 7_000],
      [b!.name, fa.enum.sellingStep.closing, 1, 10_000, 3_000],
      [b!.name, fa.report.say.total, 1, 10_000, 3_000],
    ]);
  });

  it("gives a rep their own pipeline only, and refuses a team that is not the lead's", async () => {
    const board = await api().teamBoard({});
    const rep = board.rows[0]!;
    const otherTeam = (demo.core.db.prepare('SELECT id FROM teams').pluck().all() as Buffer[])
      .map(idText)
      .find((id) => !board.teams.some((t) => t.id === id))!;
    const refused = rapport(
      '--report',
      'pipeline',
      '--team',
      otherTeam,
      '--out',
      path.join(demo.dir, 'x.csv'),
    );
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toContain('is not one of your teams');
    setProfile(demo.core, rep.memberId);
    try {
      const rows = csvOf('pipeline').slice(1);
      expect(new Set(rows.map((r) => r[0]))).toEqual(new Set([rep.name]));
    } finally {
      setProfile(demo.core, leadId);
    }
  });
});
