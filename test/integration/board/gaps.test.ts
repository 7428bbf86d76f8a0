import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import type { GapKind, GapQuery, GapRow } from '../../../src/shared/domain/gaps';
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
  // Every account of the book is visited, so that each test sees only its own gaps.
  for (const account of [b.acme, b.globex, b.initech, b.fjord]) {
    await t.api.createInteraction({
      accountId: account.id,
      kind: 'visit',
      occurredAt: daysAgo(3),
      subject: 'Visit',
    });
  }
});
afterEach(() => t.close());

/** The gaps the lead sees, as "kind: account" lines. */
const gaps = async (query: GapQuery = {}) =>
  (await t.api.coverageGaps(query)).rows.map((r) => `${r.kind}: ${r.accountName}`);
const asLead = () => setProfile(t.core, b.lead.id);
const asAdmin = () => setProfile(t.core, adminId);
const rowOf = async (kind: GapKind, query: GapQuery = {}): Promise<GapRow | undefined> =>
  (await t.api.coverageGaps(query)).rows.find((r) => r.kind === kind);

describe('coverage gaps', () => {
  it('shows nothing for a book where every account is covered, staffed and visited', async () => {
    asLead();
    const report = await t.api.coverageGaps({});
    expect(report).toMatchObject({ day: DAY, visitDays: 90, decisionMakerDays: 90, rows: [] });
    expect(Object.values(report.counts)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('finds a key account nobody visited in N days, with its last visit, until someone does', async () => {
    const fish = await t.api.createAccount({
      name: 'Bodø Fisk',
      country: 'NO',
      tier: 'A',
      ownerId: b.ola.id,
    });
    await t.api.createInteraction({
      accountId: fish.id,
      kind: 'visit',
      occurredAt: daysAgo(100),
      subject: 'Last visit',
    });
    asLead();
    expect(await rowOf('key_account_not_visited')).toEqual({
      kind: 'key_account_not_visited',
      accountId: fish.id,
      accountName: 'Bodø Fisk',
      detail: { lastVisit: dayAfter(-100) },
      fix: 'planVisit',
    });
    // Within 120 days it was visited.
    expect(await gaps({ visitDays: 120 })).toEqual([]);
    await t.api.createInteraction({
      accountId: fish.id,
      kind: 'visit',
      occurredAt: daysAgo(1),
      subject: 'Visit',
    });
    expect(await gaps()).toEqual([]);
  });

  it('finds an account nobody owns, for a lead but not a rep, until it is given an owner', async () => {
    const orphan = await t.api.createAccount({ name: 'Orphan AS', country: 'NO' });
    asLead();
    expect(await rowOf('no_owner')).toEqual({
      kind: 'no_owner',
      accountId: orphan.id,
      accountName: 'Orphan AS',
      detail: {},
      fix: 'assign',
    });
    setProfile(t.core, b.ola.id);
    expect(await gaps()).toEqual([]);
    asLead();
    await t.api.setAccountOwner({ accountId: orphan.id, memberId: b.ola.id, reason: 'Nearby' });
    expect(await gaps()).toEqual([]);
  });

  it("finds an account its owner's territory does not hold, unless it stays out of rule runs", async () => {
    await t.api.updateAccount({ id: b.globex.id, patch: { country: 'SE' } });
    asLead();
    expect(await rowOf('territory_mismatch')).toEqual({
      kind: 'territory_mismatch',
      accountId: b.globex.id,
      accountName: 'Globex',
      detail: {
        ownerId: b.ola.id,
        ownerName: 'Ola Rep',
        territoryId: b.nordland.id,
        territoryName: 'Nordland',
      },
      fix: 'assign',
    });
    await t.api.updateAccount({ id: b.globex.id, patch: { excludeFromRules: true } });
    expect(await gaps()).toEqual([]);
    // Staying out of rule runs does not hide an account's other gaps.
    await t.api.updateAccount({ id: b.globex.id, patch: { tier: 'A' } });
    expect(await gaps({ visitDays: 2 })).toEqual([
      'key_account_not_visited: ACME',
      'key_account_not_visited: Globex',
    ]);
  });

  it("finds a strategic account missing a function of its team's template, until it is staffed", async () => {
    await t.api.updateTeam({
      id: b.north.id,
      patch: { template: ['application_engineer', 'quality_engineer'] },
    });
    await t.api.updateAccount({ id: b.initech.id, patch: { salesForce: 'strategic' } });
    asLead();
    const gap = await rowOf('missing_function');
    expect(gap).toMatchObject({
      accountId: b.initech.id,
      detail: {
        ownerId: b.ola.id,
        ownerName: 'Ola Rep',
        missing: ['application_engineer', 'quality_engineer'],
      },
      fix: 'staff',
    });
    // The same answer as the account's staffing gives.
    const staffing = await t.api.getStaffing({ accountId: b.initech.id });
    expect(gap?.kind === 'missing_function' && gap.detail.missing).toEqual(staffing.missing);
    await t.api.staffAccount({
      accountId: b.initech.id,
      team: [
        { memberId: b.ola.id, role: 'account_manager', isOwner: true, creditShare: 70 },
        { memberId: b.mai.id, role: 'application_engineer', creditShare: 20 },
        { memberId: b.lead.id, role: 'quality_engineer', creditShare: 10 },
      ],
    });
    expect(await gaps()).toEqual([]);
  });

  it('finds a decision maker nobody spoke to in N days, until someone does', async () => {
    const boss = await t.api.createContact({
      accountId: b.acme.id,
      name: 'Sara Ahmadi',
      buyingRole: 'decision_maker',
    });
    await t.api.createContact({
      accountId: b.acme.id,
      name: 'Nils Quiet',
      buyingRole: 'decision_maker',
      doNotContact: true,
    });
    await t.api.createContact({ accountId: b.acme.id, name: 'Ola User', buyingRole: 'user' });
    await t.api.createInteraction({
      accountId: b.acme.id,
      kind: 'call',
      occurredAt: daysAgo(60),
      subject: 'Budget',
      contactIds: [boss.id],
    });
    asLead();
    expect(await gaps()).toEqual([]);
    expect(await rowOf('decision_maker_silent', { decisionMakerDays: 30 })).toEqual({
      kind: 'decision_maker_silent',
      accountId: b.acme.id,
      accountName: 'ACME',
      detail: { contactId: boss.id, contactName: 'Sara Ahmadi', lastInteraction: dayAfter(-60) },
      fix: 'planVisit',
    });
    await t.api.createInteraction({
      accountId: b.acme.id,
      kind: 'visit',
      occurredAt: daysAgo(1),
      subject: 'Lunch',
      contactIds: [boss.id],
    });
    expect(await gaps({ decisionMakerDays: 30 })).toEqual([]);
  });

  it('finds an account whose owner has left, until it is handed to someone else', async () => {
    const fish = await t.api.createAccount({ name: 'Bodø Fisk', country: 'NO', ownerId: b.mai.id });
    await t.api.updateTeamMember({ id: b.mai.id, patch: { leftOn: DAY } });
    asLead();
    expect(await rowOf('owner_left')).toEqual({
      kind: 'owner_left',
      accountId: fish.id,
      accountName: 'Bodø Fisk',
      detail: { ownerId: b.mai.id, ownerName: 'Mai Engineer', leftOn: DAY },
      fix: 'assign',
    });
    await t.api.setAccountOwner({ accountId: fish.id, memberId: b.ola.id, reason: 'Mai left' });
    expect(await gaps()).toEqual([]);
  });

  it("shows a lead their team's book, an admin every book or one team's, a rep their own", async () => {
    await t.api.updateAccount({ id: b.fjord.id, patch: { tier: 'A' } });
    const stale = { visitDays: 2 };
    asLead();
    expect(await gaps(stale)).toEqual(['key_account_not_visited: ACME']);
    expect((await refusal(t.api.coverageGaps({ teamId: b.south.id }))).code).toBe('forbidden');
    setProfile(t.core, b.per.id);
    expect(await gaps(stale)).toEqual(['key_account_not_visited: Fjord']);
    asAdmin();
    expect(await gaps(stale)).toEqual([
      'key_account_not_visited: ACME',
      'key_account_not_visited: Fjord',
    ]);
    expect(await gaps({ ...stale, teamId: b.south.id })).toEqual([
      'key_account_not_visited: Fjord',
    ]);
  });

  it('counts every gap of a kind and lists at most the limit of each', async () => {
    for (const name of ['Alfa', 'Bravo', 'Charlie']) {
      await t.api.createAccount({ name, country: 'NO' });
    }
    asLead();
    const report = await t.api.coverageGaps({ limit: 2 });
    expect(report.counts.no_owner).toBe(3);
    expect(report.rows.map((r) => r.accountName)).toEqual(['Alfa', 'Bravo']);
  });

  it('refuses a number of days outside 1 to 730, naming the field', async () => {
    const error = await refusal(t.api.coverageGaps({ visitDays: 0 }));
    expect(error.issues).toEqual([
      { field: 'visitDays', message: 'Days without a visit must be from 1 to 730' },
    ]);
  });
});
