import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import type { BoardRow } from '../../../src/shared/domain/board';
import { runOnDay } from '../../support/clock';
import { refusal } from '../../support/refusal';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { boardBook, dayAfter, daysAgo, DAY, type BoardBook } from './boardBook';

runOnDay(`${DAY}T12:00:00Z`);
let t: TestCore;
let b: BoardBook;
let adminId: string;
beforeEach(async () => {
  t = openTestCore();
  adminId = (await t.api.profile({})).member!.id;
  b = await boardBook(t.api);
});
afterEach(() => t.close());

const rowOf = async (memberId: string, teamId?: string): Promise<BoardRow> => {
  const board = await t.api.teamBoard(teamId ? { teamId } : {});
  const row = board.rows.find((r) => r.memberId === memberId);
  if (!row) throw new Error(`No row for ${memberId}`);
  return row;
};
const names = async (input: { teamId?: string } = {}) =>
  (await t.api.teamBoard(input)).rows.map((r) => r.name);

describe('the board', () => {
  it("counts a rep's book, key accounts and the share of it visited in the last 90 days", async () => {
    await t.api.createInteraction({
      accountId: b.acme.id,
      kind: 'visit',
      occurredAt: daysAgo(10),
      subject: 'Plant tour',
    });
    // Not a visit, and a visit too long ago: neither counts.
    await t.api.createInteraction({
      accountId: b.globex.id,
      kind: 'call',
      occurredAt: daysAgo(5),
      subject: 'Price list',
    });
    await t.api.createInteraction({
      accountId: b.initech.id,
      kind: 'visit',
      occurredAt: daysAgo(95),
      subject: 'Old visit',
    });
    await t.api.updateAccount({ id: b.globex.id, patch: { salesForce: 'strategic' } });
    expect(await rowOf(b.ola.id)).toMatchObject({
      name: 'Ola Rep',
      teamName: 'North',
      bookSize: 3,
      keyAccounts: 2,
      visited: 1,
      visitedShare: 1 / 3,
    });
    expect(await rowOf(b.mai.id)).toMatchObject({ bookSize: 0, visitedShare: null });
  });

  it("counts an account handed over today in the incoming owner's book only", async () => {
    await t.api.setAccountOwner({ accountId: b.acme.id, memberId: b.mai.id, reason: 'Moves' });
    expect((await rowOf(b.ola.id)).bookSize).toBe(2);
    expect((await rowOf(b.mai.id)).bookSize).toBe(1);
  });

  it('credits revenue of the last 12 months by the revenue split, overlays left out', async () => {
    const umbrella = await t.api.createAccount({ name: 'Umbrella', country: 'NO' });
    await t.api.staffAccount({
      accountId: umbrella.id,
      team: [
        { memberId: b.ola.id, role: 'account_manager', isOwner: true, creditShare: 70 },
        { memberId: b.mai.id, role: 'application_engineer', creditShare: 30 },
        { memberId: b.lead.id, role: 'sales', overlay: true, creditShare: 50 },
      ],
    });
    const purchase = (periodStart: string, periodEnd: string, amount: number, currency = 'EUR') =>
      t.api.createPurchase({
        accountId: umbrella.id,
        productLine: 'Pumps',
        periodStart,
        periodEnd,
        amount,
        currency,
      });
    await purchase(dayAfter(-40), dayAfter(-10), 10_000);
    await purchase(dayAfter(-60), dayAfter(-31), 500, 'NOK');
    // Two years, half of them inside the last 12 months: half of it counts.
    await purchase(dayAfter(-729), DAY, 4_000);
    // Before the last 12 months: it does not count.
    await purchase(dayAfter(-800), dayAfter(-400), 99_000);
    expect((await rowOf(b.ola.id)).revenue).toEqual([
      { currency: 'EUR', amount: 8_400 },
      { currency: 'NOK', amount: 350 },
    ]);
    expect((await rowOf(b.mai.id)).revenue).toEqual([
      { currency: 'EUR', amount: 3_600 },
      { currency: 'NOK', amount: 150 },
    ]);
    const kari = await rowOf(b.lead.id);
    expect(kari).toMatchObject({ bookSize: 1, revenue: [] });
  });

  it('adds up the open deals at the accounts of a book by selling step and currency', async () => {
    const deal = (name: string, value: number, more: object = {}) =>
      t.api.createOpportunity({ accountId: b.acme.id, name, value, currency: 'EUR', ...more });
    await deal('Pumps', 1_000);
    await deal('Valves', 2_000);
    await deal('Service', 5_000, { step: 'closing' });
    await deal('Spares', 700, { step: 'closing', currency: 'NOK' });
    await deal('Won last year', 9_000, { status: 'won' });
    const put = await deal('Shelved', 4_000);
    await t.api.archiveOpportunity({ id: put.id });
    await t.api.createOpportunity({ accountId: b.fjord.id, name: 'Not ours', value: 1 });
    expect((await rowOf(b.ola.id)).pipeline).toEqual([
      { step: 'prospecting', currency: 'EUR', value: 3_000, weighted: 3_000, deals: 2 },
      { step: 'closing', currency: 'EUR', value: 5_000, weighted: 5_000, deals: 1 },
      { step: 'closing', currency: 'NOK', value: 700, weighted: 700, deals: 1 },
    ]);
  });

  it('counts open follow-ups due before today at their accounts, and those they are to do', async () => {
    const followUp = (accountId: string, due: string, memberId: string | null = null) =>
      t.api.createInteraction({
        accountId,
        memberId,
        kind: 'call',
        occurredAt: daysAgo(0),
        subject: 'Call',
        nextStep: 'Call back',
        nextStepDue: due,
      });
    await followUp(b.acme.id, dayAfter(1));
    await followUp(b.globex.id, dayAfter(2));
    // Ola's own, at an account of another team.
    await followUp(b.fjord.id, dayAfter(1), b.ola.id);
    const done = await followUp(b.initech.id, dayAfter(1));
    await t.api.updateInteraction({ id: done.id, patch: { nextStepDone: true } });
    await followUp(b.initech.id, dayAfter(30));
    expect((await rowOf(b.ola.id)).overdueFollowUps).toBe(0);
    // A week later three of them are overdue (one is done, one not due yet).
    vi.setSystemTime(new Date(`${dayAfter(7)}T12:00:00Z`));
    expect((await rowOf(b.ola.id)).overdueFollowUps).toBe(3);
    expect((await rowOf(b.per.id)).overdueFollowUps).toBe(1);
  });

  it('shows a rep themselves, a lead their own team, an admin every team or the one asked for', async () => {
    setProfile(t.core, b.ola.id);
    expect(await names()).toEqual(['Ola Rep']);
    expect(await names({ teamId: b.north.id })).toEqual(['Ola Rep']);
    setProfile(t.core, b.lead.id);
    const board = await t.api.teamBoard({});
    expect(board.teams).toEqual([{ id: b.north.id, name: 'North' }]);
    expect(board.rows.map((r) => r.name)).toEqual(['Kari Lead', 'Mai Engineer', 'Ola Rep']);
    setProfile(t.core, adminId);
    expect(await names()).toEqual(['Kari Lead', 'Mai Engineer', 'Ola Rep', 'Per Other']);
    expect(await names({ teamId: b.south.id })).toEqual(['Per Other']);
  });

  it("refuses a team that is not the actor's, naming it", async () => {
    setProfile(t.core, b.lead.id);
    const error = await refusal(t.api.teamBoard({ teamId: b.south.id }));
    expect(error.code).toBe('forbidden');
    expect(error.message).toBe(
      'South is not one of your teams: you see the figures of your own teams only',
    );
    setProfile(t.core, b.ola.id);
    expect((await refusal(t.api.teamBoard({ teamId: b.south.id }))).code).toBe('forbidden');
  });

  it('leaves out a member who has left, and shows nobody before a profile is chosen', async () => {
    await t.api.updateTeamMember({ id: b.mai.id, patch: { leftOn: DAY } });
    setProfile(t.core, b.lead.id);
    expect(await names()).toEqual(['Kari Lead', 'Ola Rep']);
    t.core.db.prepare("DELETE FROM meta WHERE key = 'profile_member_id'").run();
    expect(await t.api.teamBoard({})).toEqual({ day: DAY, teams: [], teamId: null, rows: [] });
  });
});
