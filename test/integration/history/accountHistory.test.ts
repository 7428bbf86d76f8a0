import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import type { FieldChange } from '../../../src/shared/domain/history';
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
const line = (c: FieldChange) => [c.table, c.field, c.before, c.after];

describe('an account’s history', () => {
  it('shows each field change with its old and new value, who, when and on which device', async () => {
    const before = Date.now();
    await t.api.updateAccount({ id: b.acme.id, patch: { tier: 'B' } });
    await t.api.updateAccount({ id: b.acme.id, patch: { tier: 'A', city: 'Bodø' } });
    await t.api.setAccountOwner({
      accountId: b.acme.id,
      memberId: b.lead.id,
      reason: 'Ola leaves',
    });
    const { changes } = await t.api.accountHistory({ accountId: b.acme.id });
    const tier = changes.filter((c) => c.table === 'accounts' && c.field === 'tier');
    // Newest first; the first value is the one the account was made with.
    expect(tier.map(line)).toEqual([
      ['accounts', 'tier', 'B', 'A'],
      ['accounts', 'tier', 'C', 'B'],
      ['accounts', 'tier', null, 'C'],
    ]);
    expect(tier.map((c) => c.created)).toEqual([false, false, true]);
    const [latest] = tier;
    expect(latest).toMatchObject({
      memberId: b.lead.id,
      memberName: 'Kari Lead',
      device: t.core.nodeId,
      thisDevice: true,
      assignee: null,
    });
    expect(Date.parse(latest!.at)).toBeGreaterThanOrEqual(before - 1);
    expect(Date.parse(latest!.at)).toBeLessThanOrEqual(Date.now());
    // The fields of one write are each a change, at one moment.
    const city = changes.find((c) => c.field === 'city')!;
    expect([city.before, city.after, city.at]).toEqual([null, 'Bodø', latest!.at]);
  });

  it('shows an owner change on the assignments: the outgoing one ended with its reason, the incoming one made', async () => {
    await t.api.setAccountOwner({
      accountId: b.acme.id,
      memberId: b.lead.id,
      reason: 'Ola leaves',
    });
    const { changes } = await t.api.accountHistory({ accountId: b.acme.id });
    const ended = changes.filter((c) => c.table === 'assignments' && !c.created);
    expect(ended.map((c) => [c.assignee, c.field, c.before, c.after])).toEqual([
      ['Ola Rep', 'validTo', null, today()],
      ['Ola Rep', 'reason', 'New account', 'Ola leaves'],
    ]);
    const made = changes.filter((c) => c.table === 'assignments' && c.assignee === 'Kari Lead');
    expect(made.every((c) => c.created)).toBe(true);
    expect(made.find((c) => c.field === 'memberId')?.after).toBe(b.lead.id);
  });

  it('names the members, territories and accounts a changed value points to', async () => {
    await t.api.updateAccount({ id: b.acme.id, patch: { territoryId: b.territory.id } });
    const history = await t.api.accountHistory({ accountId: b.acme.id });
    expect(history.changes.find((c) => c.field === 'territoryId')?.after).toBe(b.territory.id);
    expect(history.names[b.territory.id]).toBe('Nordland');
    expect(history.names[b.rep.id]).toBe('Ola Rep');
  });
});

describe('who covered the account when', () => {
  it('keeps every assignment by start, an ended one with its end date, reason and the owner before', async () => {
    await t.api.setAccountOwner({
      accountId: b.acme.id,
      memberId: b.lead.id,
      reason: 'Ola leaves',
    });
    await t.api.assignAccount({
      accountId: b.acme.id,
      memberId: b.rep.id,
      role: 'application_engineer',
      overlay: true,
      creditShare: 20,
      validFrom: '2026-01-01',
      validTo: '2026-02-28',
      reason: 'Pilot line',
    });
    const { coverage } = await t.api.accountHistory({ accountId: b.acme.id });
    expect(
      coverage.map((c) => [
        c.memberName,
        c.role,
        c.isOwner,
        c.overlay,
        c.creditShare,
        c.validTo,
        c.reason,
        c.previousOwner,
      ]),
    ).toEqual([
      ['Ola Rep', 'application_engineer', false, true, 20, '2026-02-28', 'Pilot line', null],
      ['Ola Rep', 'account_manager', true, false, 100, today(), 'Ola leaves', null],
      ['Kari Lead', 'account_manager', true, false, 100, null, 'Ola leaves', 'Ola Rep'],
    ]);
    expect(coverage.map((c) => c.validFrom)).toEqual([
      '2026-01-01',
      b.ownership.validFrom,
      today(),
    ]);
  });

  it('names no previous owner when the same owner is staffed again with another share', async () => {
    await t.api.staffAccount({
      accountId: b.acme.id,
      team: [
        { memberId: b.rep.id, role: 'account_manager', isOwner: true, creditShare: 70 },
        { memberId: b.lead.id, role: 'application_engineer', creditShare: 30 },
      ],
      reason: 'An engineer joins',
    });
    const { coverage } = await t.api.accountHistory({ accountId: b.acme.id });
    expect(coverage.filter((c) => c.isOwner).map((c) => [c.creditShare, c.previousOwner])).toEqual([
      [100, null],
      [70, null],
    ]);
  });
});

describe('who may read it', () => {
  it('lets a rep read the accounts they cover, and a lead their team’s book, only', async () => {
    setProfile(t.core, b.rep.id);
    expect((await t.api.accountHistory({ accountId: b.acme.id })).coverage).toHaveLength(1);
    const rep = await refusal(t.api.accountHistory({ accountId: b.globex.id }));
    expect([rep.code, rep.message]).toEqual([
      'forbidden',
      'You can only see accounts you cover, and Globex is not one of them',
    ]);
    setProfile(t.core, b.lead.id);
    const lead = await refusal(t.api.accountHistory({ accountId: b.globex.id }));
    expect([lead.code, lead.message]).toEqual(['forbidden', "Globex is not in your team's book"]);
  });

  it('says when there is no such account', async () => {
    const missing = await refusal(
      t.api.accountHistory({ accountId: '01900000-0000-7000-8000-000000000000' }),
    );
    expect(missing.issues).toEqual([
      {
        field: 'accountId',
        message: 'Account 01900000-0000-7000-8000-000000000000 does not exist',
      },
    ]);
  });
});
