import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { refusal } from '../../support/refusal';
import { teamBook, type TeamBook } from '../../support/teamBook';

let t: TestCore;
let b: TeamBook;
beforeEach(async () => {
  t = openTestCore();
  b = await teamBook(t.api);
  setProfile(t.core, b.lead.id);
});
afterEach(() => t.close());

const today = () => new Date().toISOString().slice(0, 10);

describe('changing an account’s owner (issue 20’s defect)', () => {
  it('gives a new account’s owner the whole revenue share', async () => {
    const [owner] = await t.api.listCoverage({ accountId: b.acme.id });
    expect(owner).toMatchObject({ memberId: b.rep.id, isOwner: true, creditShare: 100 });
  });

  it('moves the outgoing owner’s share to the incoming one, and keeps the outgoing row as history', async () => {
    const made = await t.api.setAccountOwner({
      accountId: b.acme.id,
      memberId: b.lead.id,
      reason: 'Ola moves to the south',
    });
    expect(made).toMatchObject({ memberId: b.lead.id, isOwner: true, creditShare: 100 });
    expect((await t.api.getAccount({ id: b.acme.id })).owner).toEqual({
      id: b.lead.id,
      name: 'Kari Lead',
    });
    // Today belongs to the incoming owner: the team shows one owner, with all the credit.
    const current = await t.api.listCoverage({ accountId: b.acme.id });
    expect(current.map((c) => [c.memberId, c.isOwner, c.creditShare])).toEqual([
      [b.lead.id, true, 100],
    ]);
    const history = await t.api.listCoverage({ accountId: b.acme.id, includeEnded: true });
    expect(history.find((c) => c.memberId === b.rep.id)).toMatchObject({
      isOwner: true,
      creditShare: 100,
      validTo: today(),
      reason: 'Ola moves to the south',
    });
    const listed = await t.api.listAccounts({ filter: { ownerId: [b.lead.id] } });
    expect(listed.rows.map((a) => a.name)).toEqual(['ACME']);
    expect((await t.api.listAccounts({ filter: { ownerId: [b.rep.id] } })).total).toBe(0);
  });

  it('lets a new share be given after an owner change, with no ended row set to 0% by hand', async () => {
    await t.api.setAccountOwner({ accountId: b.acme.id, memberId: b.lead.id });
    const [owner] = await t.api.listCoverage({ accountId: b.acme.id });
    await t.api.updateAssignment({ id: owner!.id, patch: { creditShare: 70 } });
    const engineer = await t.api.assignAccount({
      accountId: b.acme.id,
      memberId: b.rep.id,
      role: 'application_engineer',
      creditShare: 30,
      validFrom: today(),
    });
    expect(engineer.creditShare).toBe(30);
  });

  it('folds the incoming member’s own cover into the ownership', async () => {
    const owner = (await t.api.listCoverage({ accountId: b.acme.id }))[0]!;
    await t.api.updateAssignment({ id: owner.id, patch: { creditShare: 60 } });
    await t.api.assignAccount({
      accountId: b.acme.id,
      memberId: b.lead.id,
      role: 'sales',
      creditShare: 40,
      validFrom: '2026-01-01',
    });
    const made = await t.api.setAccountOwner({ accountId: b.acme.id, memberId: b.lead.id });
    expect(made.creditShare).toBe(100);
    const current = await t.api.listCoverage({ accountId: b.acme.id });
    expect(current.map((c) => [c.memberId, c.isOwner, c.creditShare, c.validTo])).toEqual([
      [b.lead.id, true, 100, null],
    ]);
  });
});

describe('a member who has left', () => {
  it('keeps their history and is given no new account, by assignment or as owner', async () => {
    await t.api.updateTeamMember({ id: b.rep.id, patch: { leftOn: '2026-01-31' } });
    const offer = {
      accountId: b.acme.id,
      memberId: b.rep.id,
      role: 'sales' as const,
      overlay: true,
      creditShare: 10,
      validFrom: '2026-02-01',
    };
    const refused = await refusal(t.api.assignAccount(offer));
    expect(refused.issues).toEqual([
      { field: 'memberId', message: 'Ola Rep left on 2026-01-31 and cannot be given new accounts' },
    ]);
    expect(
      (await refusal(t.api.setAccountOwner({ accountId: b.acme.id, memberId: b.rep.id }))).issues,
    ).toEqual(refused.issues);
    // What they covered before they left may still be written down.
    const before = await t.api.assignAccount({
      ...offer,
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
    });
    expect(before.memberId).toBe(b.rep.id);
    const history = await t.api.listCoverage({ accountId: b.acme.id, includeEnded: true });
    expect(history.filter((c) => c.memberId === b.rep.id)).toHaveLength(2);
  });
});
