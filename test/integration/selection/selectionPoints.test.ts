import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import { accountIdAt, codeAt, type SelectionPoints } from '../../../src/shared/domain/selection';
import {
  SELECTION_CODES,
  SELECTION_LIVE,
} from '../../../src/main/db/migrations/0009-selection-index';
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

/** Every point of the reply as one object, in the reply's order. */
const accounts = (p: SelectionPoints) =>
  p.byCurrency.flatMap((c) =>
    c.profit.map((profit, i) => ({
      id: accountIdAt(c, i),
      style: codeAt(c, i, 'style'),
      tier: codeAt(c, i, 'tier'),
      lifecycle: codeAt(c, i, 'lifecycle'),
      profit,
      cost: c.cost[i],
      currency: c.currency,
    })),
  );

/** The names of the points, through the call the table and the tooltip make. */
const names = async (p: SelectionPoints) => {
  const labels = await t.api.selectionLabels({ ids: accounts(p).map((a) => a.id) });
  return labels.map((l) => l.name).sort();
};
const as = (who: 'rep' | 'lead' | 'admin') =>
  setProfile(t.core, { rep: b.rep.id, lead: b.lead.id, admin: adminId }[who]);

describe('whose accounts the chart shows', () => {
  it("a rep sees the accounts they cover, and is refused the team's or everyone's", async () => {
    as('rep');
    expect(await names(await t.api.selectionPoints({ scope: 'mine' }))).toEqual(['ACME']);
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
    expect(await names(await t.api.selectionPoints({ scope: 'mine' }))).toEqual(['Initech']);
    expect(await names(await t.api.selectionPoints({ scope: 'team' }))).toEqual([
      'ACME',
      'Initech',
    ]);
    await expect(t.api.selectionPoints({ scope: 'all' })).rejects.toMatchObject({
      code: 'forbidden',
      message: 'Only an admin can see every account',
    });
  });

  it('an admin sees every live account; ended and archived relationships are left out', async () => {
    as('admin');
    await t.api.archiveAccount({ id: b.globex.id });
    expect(await names(await t.api.selectionPoints({ scope: 'all' }))).toEqual(['ACME', 'Initech']);
  });

  it('nobody signed in has no accounts of their own', async () => {
    t.core.db.prepare("DELETE FROM meta WHERE key = 'profile_member_id'").run();
    expect((await t.api.selectionPoints({})).byCurrency).toEqual([]);
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
        profitPotential: 250000.6,
        costToServe: 40000.25,
        currency: 'NOK',
      },
    });
    await t.api.updateAccount({
      id: b.globex.id,
      patch: { relationshipStyle: 'transactional', tier: 'C', lifecycle: 'active' },
    });
    as('admin');
    const all = accounts(await t.api.selectionPoints({ scope: 'all' }));
    // Whole units for drawing; the exact amounts come with the name.
    expect(all.find((a) => a.id === b.acme.id)).toEqual({
      id: b.acme.id,
      style: 4,
      tier: 0,
      lifecycle: 2,
      profit: 250001,
      cost: 40000,
      currency: 'NOK',
    });
    expect(all.find((a) => a.id === b.globex.id)).toMatchObject({
      style: 0,
      tier: 2,
      lifecycle: 1,
      profit: null,
      cost: null,
      currency: 'EUR',
    });
    expect(await t.api.selectionLabels({ ids: [b.globex.id, b.acme.id] })).toEqual([
      { id: b.globex.id, name: 'Globex', profit: null, cost: null },
      { id: b.acme.id, name: 'ACME', profit: 250000.6, cost: 40000.25 },
    ]);
  });

  it('each currency most profit potential first, those without last; commonest currency first', async () => {
    as('admin');
    const amounts = [300, null, 900, 100, 500];
    for (const [k, profit] of amounts.entries()) {
      const a = await t.api.createAccount({ name: `Nord ${k}`, country: 'NO', ownerId: b.rep.id });
      await t.api.updateAccount({ id: a.id, patch: { profitPotential: profit, currency: 'SEK' } });
    }
    const p = await t.api.selectionPoints({ scope: 'all' });
    expect(p.byCurrency.map((c) => c.currency)).toEqual(['SEK', 'EUR']);
    expect(p.byCurrency[0]!.profit).toEqual([900, 500, 300, 100, null]);
    // A team's accounts are found through assignments, then sorted the same way.
    as('lead');
    const team = await t.api.selectionPoints({ scope: 'team' });
    expect(team.byCurrency[0]!.profit).toEqual([900, 500, 300, 100, null]);
  });

  it('the currency with most points on the chart comes first, not the one with most accounts', async () => {
    as('admin');
    const eur = (await t.api.selectionPoints({ scope: 'all' })).byCurrency[0]!;
    await t.api.updateAccount({ id: accountIdAt(eur, 0), patch: { profitPotential: 700 } });
    for (const k of [1, 2, 3, 4, 5, 6]) {
      const a = await t.api.createAccount({ name: `Tom ${k}`, country: 'NO', ownerId: b.rep.id });
      await t.api.updateAccount({ id: a.id, patch: { currency: 'NOK', profitPotential: null } });
    }
    const p = await t.api.selectionPoints({ scope: 'all' });
    expect(p.byCurrency.map((c) => [c.currency, c.profit.length, c.profit[0]])).toEqual([
      [eur.currency, eur.profit.length, 700],
      ['NOK', 6, null],
    ]);
  });
});

describe('the names and exact amounts by id', () => {
  it('leaves out an id that is not an account, and names the field of bad input', async () => {
    const unknown = '018cc251-f400-7000-8000-000000000000';
    expect(await t.api.selectionLabels({ ids: [unknown, b.acme.id] })).toEqual([
      { id: b.acme.id, name: 'ACME', profit: null, cost: null },
    ]);
    await expect(t.api.selectionLabels({ ids: ['nope'] })).rejects.toMatchObject({
      code: 'validation',
      issues: [{ field: 'ids.0', message: 'Must be a valid id' }],
    });
    const many = Array.from({ length: 101 }, (_, i) =>
      unknown.replace(/0{3}$/, String(i).padStart(3, '0')),
    );
    await expect(t.api.selectionLabels({ ids: many })).rejects.toMatchObject({
      message: 'ids: At most 100 accounts at a time',
    });
  });
});

describe("everyone's accounts", () => {
  it('are read from the selection index alone, in its order', () => {
    const plan = t.core.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT currency, id, ${SELECTION_CODES}, profit_potential, cost_to_serve
         FROM accounts WHERE ${SELECTION_LIVE} ORDER BY currency, profit_potential DESC`,
      )
      .all() as { detail: string }[];
    expect(plan.map((r) => r.detail)).toEqual(['SCAN accounts USING INDEX accounts_selection']);
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
