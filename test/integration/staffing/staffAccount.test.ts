import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { refusal } from '../../support/refusal';
import type { z } from 'zod';
import type { StaffingEntry } from '../../../src/shared/domain/assignment';
import { teamBook, type TeamBook } from '../../support/teamBook';

type StaffingEntryInput = z.input<typeof StaffingEntry>;

let t: TestCore;
let b: TeamBook;
let engineer: { id: string };
beforeEach(async () => {
  t = openTestCore();
  b = await teamBook(t.api);
  engineer = await t.api.createTeamMember({
    name: 'Anh Engineer',
    salesForce: 'strategic',
    function: 'application_engineer',
    teamId: b.team.id,
  });
  await t.api.updateTeam({
    id: b.team.id,
    patch: { template: ['application_engineer', 'quality_engineer'] },
  });
  await t.api.updateAccount({ id: b.acme.id, patch: { salesForce: 'strategic' } });
  setProfile(t.core, b.lead.id);
});
afterEach(() => t.close());

const today = () => new Date().toISOString().slice(0, 10);
/** The owner's line of a staffing. */
const ownerLine = (memberId: string, creditShare: number) => ({
  memberId,
  role: 'account_manager' as const,
  isOwner: true,
  creditShare,
});
/** Why a staffing was refused. */
const refused = (accountId: string, team: StaffingEntryInput[]) =>
  refusal(t.api.staffAccount({ accountId, team }));
const assignments = () =>
  t.core.db.prepare('SELECT count(*) FROM assignments').pluck().get() as number;
const shares = async () =>
  (await t.api.listCoverage({ accountId: b.acme.id })).map((c) => [
    c.memberName,
    c.role,
    c.isOwner,
    c.creditShare,
  ]);

describe('staffing an account in one write', () => {
  it('staffs a strategic account with a sales lead and an application engineer at 70/30, and says what its template still lacks', async () => {
    const before = await t.api.getStaffing({ accountId: b.acme.id });
    expect(before.missing).toEqual(['application_engineer', 'quality_engineer']);
    const owner = before.coverage[0]!;
    const staffed = await t.api.staffAccount({
      accountId: b.acme.id,
      team: [
        { id: owner.id, ...ownerLine(b.rep.id, 70) },
        { memberId: engineer.id, role: 'application_engineer', creditShare: 30 },
      ],
      reason: 'Key account from January',
    });
    expect(staffed.missing).toEqual(['quality_engineer']);
    expect(await shares()).toEqual([
      ['Ola Rep', 'account_manager', true, 70],
      ['Anh Engineer', 'application_engineer', false, 30],
    ]);
    // The 100% the owner had is history, ended today with the reason; nothing is overwritten.
    const history = await t.api.listCoverage({ accountId: b.acme.id, includeEnded: true });
    expect(history.find((c) => c.id === owner.id)).toMatchObject({
      creditShare: 100,
      validTo: today(),
      reason: 'Key account from January',
    });
  });

  it('keeps an assignment the staffing does not change, and counts overlays on top', async () => {
    const owner = (await t.api.getStaffing({ accountId: b.acme.id })).coverage[0]!;
    await t.api.staffAccount({
      accountId: b.acme.id,
      team: [
        { id: owner.id, ...ownerLine(b.rep.id, 100) },
        { memberId: b.lead.id, role: 'sales', overlay: true, creditShare: 50 },
      ],
    });
    const [kept] = (await t.api.getStaffing({ accountId: b.acme.id })).coverage;
    expect(kept).toMatchObject({ id: owner.id, validTo: null, creditShare: 100 });
  });

  it('refuses shares that do not add up to 100, naming the account and the sum, and writes nothing', async () => {
    const count = assignments();
    const error = await refused(b.acme.id, [
      ownerLine(b.rep.id, 60),
      { memberId: engineer.id, role: 'application_engineer', creditShare: 30 },
    ]);
    expect(error.issues).toEqual([
      {
        field: 'team',
        message: 'Revenue shares for ACME add up to 90%: they must add up to exactly 100%',
      },
    ]);
    expect(assignments()).toBe(count);
  });

  it('refuses a staffing with two owners or a member twice, and one that gives a leaver an account', async () => {
    const twoOwners = await refused(b.acme.id, [
      ownerLine(b.rep.id, 50),
      { memberId: engineer.id, role: 'sales', isOwner: true, creditShare: 50 },
    ]);
    expect(twoOwners.issues?.[0]?.message).toBe('An account that is staffed has exactly one owner');
    const twice = await refused(b.acme.id, [
      ownerLine(b.rep.id, 50),
      { memberId: b.rep.id, role: 'sales', creditShare: 50 },
    ]);
    expect(twice.issues?.[0]?.message).toBe('A team member is listed twice');
    setProfile(t.core, (await t.api.profile({})).member!.id);
    await t.api.updateTeamMember({ id: engineer.id, patch: { leftOn: '2026-01-31' } });
    setProfile(t.core, b.lead.id);
    const count = assignments();
    const leaver = await refused(b.acme.id, [
      ownerLine(b.rep.id, 70),
      { memberId: engineer.id, role: 'application_engineer', creditShare: 30 },
    ]);
    expect(leaver.issues?.[0]?.message).toBe(
      'Anh Engineer left on 2026-01-31 and cannot be given new accounts',
    );
    expect(assignments()).toBe(count);
  });

  it('is a lead’s and an admin’s: a rep and a lead outside their team are refused, and nothing is written', async () => {
    const count = assignments();
    setProfile(t.core, b.rep.id);
    const rep = await refused(b.acme.id, [ownerLine(b.rep.id, 100)]);
    expect(rep.code).toBe('forbidden');
    expect(rep.message).toBe('Only a lead or an admin may assign or reassign accounts');
    setProfile(t.core, b.lead.id);
    const outside = await refused(b.globex.id, [ownerLine(b.lead.id, 100)]);
    expect(outside.message).toBe("Globex is not in your team's book");
    expect(assignments()).toBe(count);
  });
});

describe('dates and lines of a staffing', () => {
  const engineerLine = (extra: Partial<StaffingEntryInput> = {}) => ({
    memberId: engineer.id,
    role: 'application_engineer' as const,
    creditShare: 30,
    ...extra,
  });

  it('an overlay ends on its planned day; changing only that day starts it anew', async () => {
    await t.api.staffAccount({
      accountId: b.acme.id,
      team: [ownerLine(b.rep.id, 100), engineerLine({ overlay: true, validTo: '2099-06-30' })],
    });
    const overlay = (await t.api.getStaffing({ accountId: b.acme.id })).coverage.find(
      (c) => c.overlay,
    )!;
    expect(overlay).toMatchObject({ validFrom: today(), validTo: '2099-06-30' });
    const owner = (await t.api.getStaffing({ accountId: b.acme.id })).coverage[0]!;
    await t.api.staffAccount({
      accountId: b.acme.id,
      team: [
        { id: owner.id, ...ownerLine(b.rep.id, 100) },
        { id: overlay.id, ...engineerLine({ overlay: true, validTo: '2099-09-30' }) },
      ],
    });
    const after = (await t.api.getStaffing({ accountId: b.acme.id })).coverage;
    expect(after.map((c) => [c.id === owner.id, c.validTo])).toEqual([
      [true, null],
      [false, '2099-09-30'],
    ]);
  });

  it('names the line of a revenue share given an end, an end before today and a leaver, and writes nothing', async () => {
    const count = assignments();
    const revenueEnd = await refused(b.acme.id, [
      ownerLine(b.rep.id, 70),
      engineerLine({ validTo: '2099-06-30' }),
    ]);
    expect(revenueEnd.issues).toEqual([
      {
        field: 'team.1.validTo',
        message:
          'Only an overlay is given an end date: a revenue share runs until the account is staffed again',
      },
    ]);
    const past = await refused(b.acme.id, [
      ownerLine(b.rep.id, 100),
      engineerLine({ overlay: true, validTo: '2020-01-31' }),
    ]);
    expect(past.issues).toEqual([
      { field: 'team.1.validTo', message: 'End date cannot be before the start date' },
    ]);
    setProfile(t.core, (await t.api.profile({})).member!.id);
    await t.api.updateTeamMember({ id: engineer.id, patch: { leftOn: '2026-01-31' } });
    setProfile(t.core, b.lead.id);
    const leaver = await refused(b.acme.id, [ownerLine(b.rep.id, 70), engineerLine()]);
    expect(leaver.issues?.[0]?.field).toBe('team.1.memberId');
    expect(assignments()).toBe(count);
  });
});
