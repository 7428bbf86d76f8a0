import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../src/main/core/core';
import { openTestCore, type TestCore } from '../support/tempDb';
import { refusal } from '../support/refusal';
import { teamBook, type TeamBook } from '../support/teamBook';

let t: TestCore;
let b: TeamBook;
beforeEach(async () => {
  t = openTestCore();
  b = await teamBook(t.api);
});
afterEach(() => t.close());

const count = (table: string) =>
  t.core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('a rep', () => {
  beforeEach(() => setProfile(t.core, b.rep.id));

  it('writes to the accounts they cover, and nowhere else', async () => {
    await t.api.updateAccount({ id: b.acme.id, patch: { city: 'Bodø' } });
    const changes = count('changes');
    for (const attempt of [
      t.api.updateAccount({ id: b.globex.id, patch: { city: 'Huế' } }),
      t.api.archiveAccount({ id: b.globex.id }),
      t.api.createContact({ accountId: b.globex.id, name: 'Trần Minh' }),
      t.api.updateContact({ id: b.globexContact.id, patch: { title: 'CEO' } }),
    ]) {
      const error = await refusal(attempt);
      expect(error.code).toBe('forbidden');
      expect(error.message).toBe(
        'You can only change accounts you cover, and Globex is not one of them',
      );
    }
    expect(count('changes')).toBe(changes);
  });

  it('cannot move a contact of their account to another account', async () => {
    const error = await refusal(
      t.api.updateContact({ id: b.acmeContact.id, patch: { accountId: b.globex.id } }),
    );
    expect(error.message).toBe(
      'This stays with the account it was made at: make a new one at the other account',
    );
  });

  it("never changes an account's territory, sales force or owner", async () => {
    const territory = await refusal(
      t.api.updateAccount({ id: b.acme.id, patch: { territoryId: b.territory.id } }),
    );
    expect(territory.message).toBe(
      'Territory: only a lead or an admin may change this on an account',
    );
    const force = await refusal(
      t.api.updateAccount({ id: b.acme.id, patch: { salesForce: 'strategic' } }),
    );
    expect(force.message).toBe(
      'Sales force: only a lead or an admin may change this on an account',
    );
    const owner = await refusal(
      t.api.setAccountOwner({ accountId: b.acme.id, memberId: b.rep.id }),
    );
    expect(owner.message).toBe('Only a lead or an admin may assign or reassign accounts');
  });

  it('owns the account they create, and can go on working on it', async () => {
    const prospect = await t.api.createAccount({ name: 'Initech', kind: 'prospect' });
    const detail = await t.api.getAccount({ id: prospect.id });
    expect(detail.owner).toEqual({ id: b.rep.id, name: 'Ola Rep' });
    const contact = await t.api.createContact({ accountId: prospect.id, name: 'Bjørn Dahl' });
    expect(contact.accountId).toBe(prospect.id);
  });
});

describe('a lead', () => {
  beforeEach(() => setProfile(t.core, b.lead.id));

  it("works on the team's book and staffs it, but not another team's accounts", async () => {
    await t.api.assignAccount({
      accountId: b.acme.id,
      memberId: b.lead.id,
      role: 'sales',
      overlay: true,
      creditShare: 30,
      validFrom: '2026-01-01',
    });
    const error = await refusal(t.api.updateAccount({ id: b.globex.id, patch: { tier: 'A' } }));
    expect(error.message).toBe("Globex is not in your team's book");
  });

  it("has a rep's rights from the very next call after making themselves a rep", async () => {
    await t.api.updateTeamMember({ id: b.lead.id, patch: { appRole: 'rep' } });
    const error = await refusal(
      t.api.assignAccount({
        accountId: b.acme.id,
        memberId: b.rep.id,
        role: 'sales',
        creditShare: 10,
        validFrom: '2026-01-01',
      }),
    );
    expect(error.code).toBe('forbidden');
  });
});

describe('a database without a profile', () => {
  it('refuses every write with a message that says what to do, and writes nothing', async () => {
    const fresh = openTestCore({ signedIn: false });
    try {
      const error = await refusal(fresh.api.createAccount({ name: 'Acme' }));
      expect(error.code).toBe('forbidden');
      expect(error.message).toMatch(/^Nobody is signed in .*\(set up the profile\)/);
      expect(fresh.core.db.prepare('SELECT count(*) FROM accounts').pluck().get()).toBe(0);
      const bad = await refusal(fresh.api.setupProfile({ name: 'Nadia', email: 'nadia@' }));
      expect(bad.issues[0]?.field).toBe('email');
      const profile = await fresh.api.setupProfile({ name: 'Nadia Admin' });
      expect(profile.member).toMatchObject({ name: 'Nadia Admin', appRole: 'admin' });
      expect((await fresh.api.createAccount({ name: 'Acme' })).name).toBe('Acme');
      const again = await refusal(fresh.api.setupProfile({ name: 'Someone else' }));
      expect(again.message).toMatch(/already has a profile/);
    } finally {
      fresh.close();
    }
  });
});

describe('defects the review found', () => {
  it('creates and updates territories, whose rules come back as an object', async () => {
    const created = await t.api.createTerritory({
      name: 'Vestland',
      rules: { countries: ['NO'], postcodes: ['50'] },
    });
    expect(created.rules).toEqual({
      countries: ['NO'],
      regions: [],
      postcodes: ['50'],
      industries: [],
      accountKinds: [],
    });
    const updated = await t.api.updateTerritory({
      id: created.id,
      patch: { rules: { countries: ['NO'], regions: ['Vestland'] } },
    });
    expect(updated.rules.regions).toEqual(['Vestland']);
    const listed = await t.api.listTerritories({});
    expect(listed.find((x) => x.id === created.id)?.rules.countries).toEqual(['NO']);
  });

  it('keeps the 100% credit cap when an ended assignment is reopened', async () => {
    const initech = await t.api.createAccount({ name: 'Initech', country: 'VN' });
    const first = await t.api.assignAccount({
      accountId: initech.id,
      memberId: b.lead.id,
      role: 'sales',
      creditShare: 70,
      validFrom: '2025-01-01',
    });
    await t.api.endAssignment({ id: first.id, validTo: '2025-06-30' });
    await t.api.assignAccount({
      accountId: initech.id,
      memberId: b.rep.id,
      role: 'sales',
      creditShare: 60,
      validFrom: '2025-07-01',
    });
    const error = await refusal(t.api.endAssignment({ id: first.id, validTo: '2099-12-31' }));
    expect(error.message).toBe(
      'Credit shares for Initech would add up to 130% (at most 100%; 60% is already given)',
    );
    const coverage = await t.api.listCoverage({ accountId: initech.id });
    expect(coverage.reduce((sum, a) => sum + a.creditShare, 0)).toBeLessThanOrEqual(100);
  });

  it('keeps a contact with the account it was made at: one who changes company is made anew there', async () => {
    const boss = b.acmeContact;
    const error = await refusal(
      t.api.updateContact({ id: boss.id, patch: { accountId: b.globex.id } }),
    );
    expect(error.issues).toEqual([
      {
        field: 'patch.accountId',
        message: 'This stays with the account it was made at: make a new one at the other account',
      },
    ]);
    expect((await t.api.getContact({ id: boss.id })).accountId).toBe(b.acme.id);
  });
});
