import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/tempDb';
import { setProfile } from '../../src/main/core/core';
import { refusal } from '../support/refusal';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

async function book() {
  const lead = await t.api.createTeamMember({
    name: 'Kari Nordmann',
    salesForce: 'strategic',
    appRole: 'lead',
  });
  const team = await t.api.createTeam({
    name: 'Key accounts',
    salesForce: 'strategic',
    leadId: lead.id,
  });
  const engineer = await t.api.createTeamMember({
    name: 'Trần Văn Minh',
    salesForce: 'strategic',
    function: 'application_engineer',
    teamId: team.id,
  });
  const account = await t.api.createAccount({ name: 'ACME', tier: 'A', salesForce: 'strategic' });
  return { lead, engineer, account };
}

describe('contacts and the org chart', () => {
  it('keeps reports-to inside one account, never to oneself, never in a loop', async () => {
    const { account } = await book();
    const other = await t.api.createAccount({ name: 'Other' });
    const ceo = await t.api.createContact({
      accountId: account.id,
      name: 'Sara Ahmadi',
      buyingRole: 'decision_maker',
    });
    const cfo = await t.api.createContact({
      accountId: account.id,
      name: 'Ola Berg',
      reportsToId: ceo.id,
    });
    const outsider = await t.api.createContact({ accountId: other.id, name: 'Mai Lê' });

    const self = await refusal(t.api.updateContact({ id: ceo.id, patch: { reportsToId: ceo.id } }));
    expect(self.issues[0]).toEqual({
      field: 'patch.reportsToId',
      message: 'A contact cannot report to themselves',
    });
    const loop = await refusal(t.api.updateContact({ id: ceo.id, patch: { reportsToId: cfo.id } }));
    expect(loop.issues[0]?.field).toBe('reportsToId');
    const cross = await refusal(
      t.api.updateContact({ id: outsider.id, patch: { reportsToId: ceo.id } }),
    );
    expect(cross.message).toMatch(/same account/);

    const detail = await t.api.getAccount({ id: account.id });
    expect(detail.contacts.map((c) => [c.name, c.reportsToId])).toEqual([
      ['Ola Berg', ceo.id],
      ['Sara Ahmadi', null],
    ]);
  });

  it('refuses a malformed email with the field message', async () => {
    const { account } = await book();
    const error = await refusal(
      t.api.createContact({ accountId: account.id, name: 'X', email: 'not-an-email' }),
    );
    expect(error.issues[0]?.field).toBe('email');
  });
});

describe('assignments', () => {
  it('staffs a strategic account 70/30 and shows the covering team', async () => {
    const { lead, engineer, account } = await book();
    await t.api.assignAccount({
      accountId: account.id,
      memberId: lead.id,
      role: 'account_manager',
      creditShare: 70,
      validFrom: '2026-01-01',
    });
    await t.api.assignAccount({
      accountId: account.id,
      memberId: engineer.id,
      role: 'application_engineer',
      creditShare: 30,
      validFrom: '2026-01-01',
    });
    const coverage = await t.api.listCoverage({ accountId: account.id });
    expect(coverage.map((c) => [c.memberName, c.role, c.creditShare])).toEqual([
      ['Kari Nordmann', 'account_manager', 70],
      ['Trần Văn Minh', 'application_engineer', 30],
    ]);
  });

  it('refuses a credit share above 100, and shares that add up past 100%', async () => {
    const { lead, engineer, account } = await book();
    const over = await refusal(
      t.api.assignAccount({
        accountId: account.id,
        memberId: lead.id,
        role: 'sales',
        creditShare: 120,
        validFrom: '2026-01-01',
      }),
    );
    expect(over.issues).toEqual([
      { field: 'creditShare', message: 'Credit share cannot be above 100%' },
    ]);
    await t.api.assignAccount({
      accountId: account.id,
      memberId: lead.id,
      role: 'sales',
      creditShare: 80,
      validFrom: '2026-01-01',
    });
    const sum = await refusal(
      t.api.assignAccount({
        accountId: account.id,
        memberId: engineer.id,
        role: 'service',
        creditShare: 30,
        validFrom: '2026-01-01',
      }),
    );
    expect(sum.message).toBe(
      'Credit shares for ACME would add up to 110% (at most 100%; 80% is already given)',
    );
    expect(t.core.db.prepare('SELECT count(*) FROM assignments').pluck().get()).toBe(1);
  });

  it('keeps the history when cover ends, and records who assigned it', async () => {
    const { lead, engineer, account } = await book();
    setProfile(t.core, lead.id);
    const a = await t.api.assignAccount({
      accountId: account.id,
      memberId: engineer.id,
      role: 'sales',
      creditShare: 100,
      validFrom: '2025-01-01',
    });
    expect(a.assignedById).toBe(lead.id);
    await t.api.endAssignment({
      id: a.id,
      validTo: '2025-06-30',
      reason: 'Moved to another region',
    });
    expect(await t.api.listCoverage({ accountId: account.id })).toEqual([]);
    const history = await t.api.listCoverage({ accountId: account.id, includeEnded: true });
    expect(history.map((h) => [h.validTo, h.reason])).toEqual([
      ['2025-06-30', 'Moved to another region'],
    ]);
  });

  it('lets only leads and admins assign accounts', async () => {
    const { engineer, account } = await book();
    setProfile(t.core, engineer.id);
    const error = await refusal(
      t.api.assignAccount({
        accountId: account.id,
        memberId: engineer.id,
        role: 'sales',
        creditShare: 10,
        validFrom: '2026-01-01',
      }),
    );
    expect(error.code).toBe('forbidden');
  });
});
