import { describe, expect, it } from 'vitest';
import { orgChart, type OrgNode } from '../../../src/renderer/src/account360/orgChart';

type C = { id: string; reportsToId: string | null };
const shape = (nodes: OrgNode<C>[]): unknown =>
  nodes.map((n) => (n.reports.length ? { [n.contact.id]: shape(n.reports) } : n.contact.id));

describe('the org chart by reports-to', () => {
  it('puts each contact under the person they report to, in the given order', () => {
    const chart = orgChart<C>([
      { id: 'ceo', reportsToId: null },
      { id: 'cfo', reportsToId: 'ceo' },
      { id: 'buyer', reportsToId: 'cfo' },
      { id: 'coo', reportsToId: 'ceo' },
    ]);
    expect(shape(chart)).toEqual([{ ceo: [{ cfo: ['buyer'] }, 'coo'] }]);
  });

  it('shows at the top someone whose manager is not listed (archived or elsewhere)', () => {
    const chart = orgChart<C>([
      { id: 'a', reportsToId: 'gone' },
      { id: 'b', reportsToId: 'a' },
    ]);
    expect(shape(chart)).toEqual([{ a: ['b'] }]);
  });

  it('never loses people who report to each other in a loop', () => {
    const chart = orgChart<C>([
      { id: 'a', reportsToId: 'b' },
      { id: 'b', reportsToId: 'a' },
      { id: 'c', reportsToId: 'a' },
    ]);
    const ids = JSON.stringify(shape(chart));
    for (const id of ['a', 'b', 'c']) expect(ids).toContain(`"${id}"`);
    expect(chart.length).toBeGreaterThan(0);
  });
});
