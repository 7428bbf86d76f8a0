import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import type { SelectionPoints } from '../../../src/shared/domain/selection';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { teamBook, type TeamBook } from '../../support/teamBook';

let t: TestCore;
let b: TeamBook;
let adminId: string;
beforeEach(async () => {
  t = openTestCore();
  adminId = (await t.api.profile({})).member!.id;
  b = await teamBook(t.api);
  // A strategic account the lead covers herself, and one whose relationship was ended.
  await t.api.createAccount({ name: 'Initech', country: 'NO', ownerId: b.lead.id });
  const ended = await t.api.createAccount({ name: 'Umbrella', country: 'NO', ownerId: b.rep.id });
  await t.api.endRelationship({ accountId: ended.id, reason: 'Price only, no margin left' });
});
afterEach(() => t.close());

const names = (p: SelectionPoints) => [...p.names].sort();
const as = (who: 'rep' | 'lead' | 'admin') =>
  setProfile(t.core, { rep: b.rep.id, lead: b.lead.id, admin: adminId }[who]);

describe('whose accounts the chart shows', () => {
  it("a rep sees the accounts they cover, and is refused the team's or everyone's", async () => {
    as('rep');
    expect(names(await t.api.selectionPoints({ scope: 'mine' }))).toEqual(['ACME']);
    await expect(t.api.selectionPoints({ scope: 'team' })).rejects.toMatchObject({
      code: 'forbidden',
      message: "Only a team lead or an admin can see the team's accounts",
    });
    await expect(t.api.selectionPoints({ scope: 'all' })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it("a lead sees her own and her team's, not another team's, and not everyone's", async () => {
    as('lead');
    expect(names(await t.api.selectionPoints({ scope: 'mine' }))).toEqual(['Initech']);
    expect(names(await t.api.selectionPoints({ scope: 'team' }))).toEqual(['ACME', 'Initech']);
    await expect(t.api.selectionPoints({ scope: 'all' })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Only an admin can see every account',
    });
  });

  it('an admin sees every live account; ended and archived relationships are left out', async () => {
    as('admin');
    await t.api.archiveAccount({ id: b.globex.id });
    expect(names(await t.api.selectionPoints({ scope: 'all' }))).toEqual(['ACME', 'Initech']);
  });

  it('nobody signed in has no accounts of their own', async () => {
    t.core.db.prepare("DELETE FROM meta WHERE key = 'profile_member_id'").run();
    expect((await t.api.selectionPoints({})).ids).toEqual([]);
  });
});

describe('what each point carries', () => {
  it("style, tier and lifecycle as indexes, amounts in the account's currency", async () => {
    await t.api.updateAccount({
      id: b.acme.id,
      patch: {
        relationshipStyle: 'collaborative',
        tier: 'A',
        lifecycle: 'at_risk',
        profitPotential: 250000,
        costToServe: 40000,
        currency: 'NOK',
      },
    });
    await t.api.updateAccount({
      id: b.globex.id,
      patch: { relationshipStyle: 'transactional', tier: 'C', lifecycle: 'active' },
    });
    as('admin');
    const p = await t.api.selectionPoints({ scope: 'all' });
    const at = (id: string) => {
      const i = p.ids.indexOf(id);
      return {
        name: p.names[i],
        style: p.style[i],
        tier: p.tier[i],
        lifecycle: p.lifecycle[i],
        profit: p.profit[i],
        cost: p.cost[i],
        currency: p.currencies[p.currency[i]!],
      };
    };
    expect(at(b.acme.id)).toEqual({
      name: 'ACME',
      style: 4,
      tier: 0,
      lifecycle: 2,
      profit: 250000,
      cost: 40000,
      currency: 'NOK',
    });
    expect(at(b.globex.id)).toEqual({
      name: 'Globex',
      style: 0,
      tier: 2,
      lifecycle: 1,
      profit: null,
      cost: null,
      currency: 'EUR',
    });
    // Every column has one entry per account.
    const lengths = [p.names, p.style, p.tier, p.lifecycle, p.profit, p.cost, p.currency];
    expect(lengths.map((c) => c.length)).toEqual(lengths.map(() => p.ids.length));
  });
});

describe('bad input', () => {
  it('names the field', async () => {
    await expect(t.api.selectionPoints({ scope: 'everyone' as 'all' })).rejects.toMatchObject({
      code: 'validation',
      message: 'scope: Scope must be mine, team or all',
      issues: [{ field: 'scope', message: 'Scope must be mine, team or all' }],
    });
  });
});
