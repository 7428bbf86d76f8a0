import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { refusal } from '../../support/refusal';
import { globalCustomer, Y } from './globalCustomer';

let t: TestCore;
let book: Awaited<ReturnType<typeof globalCustomer>>;
beforeEach(async () => {
  t = openTestCore();
  book = await globalCustomer(t.api);
});
afterEach(() => t.close());

const overview = () => t.api.accountOverview({ id: book.bergen.id });

describe('account overview (Account 360)', () => {
  it('heads the page with the account, its owner, territory and newest assessment', async () => {
    const o = await overview();
    expect(o.account).toEqual(
      await t.api.getAccount({ id: book.bergen.id }).then((d) => d.account),
    );
    expect(o.account).toMatchObject({
      kind: 'customer',
      lifecycle: 'active',
      relationshipStyle: 'leaning_collaborative',
      tier: 'A',
      costToServe: 42000,
      profitPotential: 310000,
      needs: 'Hygienic valves for a new dairy line',
      capabilities: 'Own maintenance crew',
    });
    expect(o.owner).toEqual({ id: book.kari.id, name: 'Kari Nilsen' });
    expect(o.territory).toEqual({ id: book.territory.id, name: 'Vestland' });
    expect(o.latestAssessment).toEqual(book.assessments.latest);
    expect(o).not.toHaveProperty('health');
  });

  it('links a site to its parent and the parent to its sites', async () => {
    const site = await overview();
    expect(site.parent).toEqual({ id: book.group.id, name: 'Nordic Foods Group' });
    expect(site.sites).toEqual([]);
    const parent = await t.api.accountOverview({ id: book.group.id });
    expect(parent.parent).toBeNull();
    expect(parent.sites.map((s) => [s.id, s.name, s.city])).toEqual([
      [book.bergen.id, 'Nordic Foods Bergen', 'Bergen'],
      [book.tromso.id, 'Nordic Foods Tromsø', null],
    ]);
  });

  it('lists the contacts as an org chart, each with the last live interaction they were at', async () => {
    const { contacts } = await overview();
    expect(
      contacts.map((c) => ({
        name: c.name,
        reportsTo: contacts.find((m) => m.id === c.reportsToId)?.name ?? null,
        lastInteractionAt: c.lastInteractionAt,
      })),
    ).toEqual([
      // Ingrid's put-away call of 1 June does not count: the timeline does not show it.
      { name: 'Ingrid Dahl', reportsTo: null, lastInteractionAt: '2026-03-02T09:00:00.000Z' },
      {
        name: 'Lars Berg',
        reportsTo: 'Ingrid Dahl',
        lastInteractionAt: '2026-04-10T13:30:00.000Z',
      },
      { name: 'Sara Ahmadi', reportsTo: 'Lars Berg', lastInteractionAt: null },
    ]);
    expect(contacts[0]).toMatchObject({
      buyingRole: 'decision_maker',
      influence: 5,
      relationshipStrength: 4,
      preferredChannel: 'visit',
    });
    expect(contacts[1]).toMatchObject({ email: 'lars@nordicfoods.no', phone: '+47 55 12 34 56' });
    expect(contacts[2]!.doNotContact).toBe(true);
  });

  it('shows the covering team with roles and credit shares, the owner first', async () => {
    const { team } = await overview();
    expect(team.map((a) => [a.memberName, a.role, a.isOwner, a.creditShare])).toEqual([
      ['Kari Nilsen', 'account_manager', true, 70],
      ['Trần Anh', 'application_engineer', false, 30],
    ]);
  });

  it('opens the timeline on the newest interactions, with their contacts and counts per kind', async () => {
    const { timeline } = await overview();
    const { visit, call, email } = book.interactions;
    expect(timeline.interactions.map((i) => i.id)).toEqual([email.id, call.id, visit.id]);
    expect(timeline.interactions[2]!.contactIds.sort()).toEqual(
      [book.ingrid.id, book.lars.id].sort(),
    );
    expect(timeline.next).toBeNull();
    expect(timeline.total).toBe(3);
    expect(timeline.byKind).toEqual({
      call: 1,
      visit: 1,
      email: 1,
      letter: 0,
      meeting: 0,
      greeting: 0,
      fax: 0,
    });
  });

  it('adds up purchases by product line and year, this year against the two before', async () => {
    const { purchases } = await overview();
    expect(purchases.currency).toBe('NOK');
    expect(purchases.thisYear).toBe(Y);
    expect(purchases.lines).toEqual([
      {
        productLine: 'Pumps',
        currency: 'NOK',
        thisYear: 50_000.2,
        lastYear: 130_000.1,
        yearBefore: 100_000,
        total: 290_000.3,
      },
      {
        productLine: 'Valves',
        currency: 'NOK',
        thisYear: 0,
        lastYear: 20_000,
        yearBefore: 0,
        total: 20_000,
      },
      // Another currency is kept apart, never added to the account's own.
      {
        productLine: 'Pumps',
        currency: 'USD',
        thisYear: 0,
        lastYear: 5_000,
        yearBefore: 0,
        total: 5_000,
      },
    ]);
    expect(
      purchases.years.filter((p) => p.productLine === 'Pumps' && p.currency === 'NOK'),
    ).toEqual([
      { productLine: 'Pumps', currency: 'NOK', period: `${Y - 3}`, amount: 10_000, quantity: 10 },
      { productLine: 'Pumps', currency: 'NOK', period: `${Y - 2}`, amount: 100_000, quantity: 100 },
      {
        productLine: 'Pumps',
        currency: 'NOK',
        period: `${Y - 1}`,
        amount: 130_000.1,
        quantity: 130.0001,
      },
      {
        productLine: 'Pumps',
        currency: 'NOK',
        period: `${Y}`,
        amount: 50_000.2,
        quantity: 50.0002,
      },
    ]);
    expect(
      purchases.months
        .filter((p) => p.period.startsWith(`${Y - 1}`) && p.currency === 'NOK')
        .map((p) => [p.productLine, p.period, p.amount]),
    ).toEqual([
      ['Pumps', `${Y - 1}-01`, 60_000],
      ['Pumps', `${Y - 1}-07`, 70_000.1],
      ['Valves', `${Y - 1}-02`, 20_000],
    ]);
  });

  it('lists live deals, open first, with their selling step and offering named', async () => {
    const { opportunities } = await overview();
    expect(
      opportunities.map((o) => ({
        name: o.name,
        step: o.step,
        stepNumber: o.stepNumber,
        value: o.value,
        expectedClose: o.expectedClose,
        coreProduct: o.coreProduct?.name ?? null,
        services: o.services.map((s) => s.name),
      })),
    ).toEqual([
      {
        name: 'Dairy line valves',
        step: 'presentation',
        stepNumber: 4,
        value: 250_000,
        expectedClose: '2027-02-28',
        coreProduct: 'Hygienic valve HV-40',
        services: ['Delivery within 48 hours', 'Operator training'],
      },
      {
        name: 'Spare parts 2025',
        step: 'follow_up',
        stepNumber: 7,
        value: 80_000,
        expectedClose: '2025-11-30',
        coreProduct: null,
        services: [],
      },
    ]);
  });

  it('gives every assessment oldest first for the trend, and the agreements with their terms', async () => {
    const o = await overview();
    expect(o.assessments).toEqual([book.assessments.earlier, book.assessments.latest]);
    expect(o.agreements).toEqual([book.agreement]);
    expect(o.agreements[0]).toMatchObject({
      startsOn: '2026-01-01',
      endsOn: '2028-12-31',
      terms: 'Prices fixed for two years; delivery within 10 days',
    });
  });

  it('says an unknown account does not exist, and names the id that is malformed', async () => {
    const unknown = '01890000-0000-7000-8000-000000000000';
    const missing = await refusal(t.api.accountOverview({ id: unknown }));
    expect(missing.code).toBe('not_found');
    expect(missing.message).toBe(`Account ${unknown} does not exist`);
    const malformed = await refusal(t.api.accountOverview({ id: 'acme' }));
    expect(malformed.code).toBe('validation');
    expect(malformed.issues).toEqual([{ field: 'id', message: 'Must be a valid id' }]);
  });
});
