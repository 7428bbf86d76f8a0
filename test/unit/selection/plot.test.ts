import { describe, expect, it } from 'vitest';
import type { SelectionPoints } from '../../../src/shared/domain/selection';
import { jitter, plot, roundUp } from '../../../src/shared/domain/selectionPlot';

const id = (n: number) => `018cc251-f400-7000-8000-${String(n).padStart(12, '0')}`;

/** Eight accounts: six in NOK (one without a profit potential), two in EUR. */
const points: SelectionPoints = {
  scope: 'team',
  ids: [0, 1, 2, 3, 4, 5, 6, 7].map(id),
  names: ['A0', 'A1', 'A2', 'A3', 'A4', 'A5', 'E6', 'E7'],
  style: [0, 1, 2, 3, 4, 4, 2, 2],
  tier: [0, 1, 2, 0, 1, 2, 0, 0],
  lifecycle: [1, 1, 2, 1, 0, 3, 1, 1],
  profit: [100, 900, 300, null, 500, 700, 5, 6],
  cost: [10, 20, 30, 40, 50, null, 1, 2],
  currency: [0, 0, 0, 0, 0, 0, 1, 1],
  currencies: ['NOK', 'EUR'],
};

describe('placing the points of one currency', () => {
  const nok = plot(points, 0, 'tier');

  it('shows only that currency, and counts the accounts it cannot place', () => {
    expect(nok.byProfit.map((i) => points.names[i])).toEqual(['A1', 'A5', 'A4', 'A2', 'A0']);
    expect(nok.unplaced).toBe(1);
    expect(plot(points, 1, 'tier').byProfit.map((i) => points.names[i])).toEqual(['E7', 'E6']);
  });

  it("puts each point in its style's band, at its profit potential, the axis rounded up", () => {
    for (const s of nok.series) {
      s.members.forEach((i, k) => {
        expect(Math.abs(s.xy[k * 2]! - points.style[i]!)).toBeLessThanOrEqual(0.3);
        expect(s.xy[k * 2 + 1]).toBe(points.profit[i]);
      });
    }
    expect(nok.yMax).toBe(1000);
  });

  it('one series per colour and size band; no cost to serve draws smallest', () => {
    const a5 = nok.series.find((s) => s.members.includes(5))!;
    expect(a5).toMatchObject({ group: 2, sizeBand: 0 });
    const a4 = nok.series.find((s) => s.members.includes(4))!;
    expect(a4.sizeBand).toBe(3);
    const byLifecycle = plot(points, 0, 'lifecycle');
    expect(byLifecycle.series.find((s) => s.members.includes(5))!.group).toBe(3);
  });
});

describe('helpers', () => {
  it('jitter stays within the middle of a band and is stable', () => {
    for (let i = 0; i < 1000; i++) expect(Math.abs(jitter(i))).toBeLessThanOrEqual(0.3);
    expect(jitter(42)).toBe(jitter(42));
  });

  it('roundUp gives a round number not far above', () => {
    expect([183_000, 2_130_000, 500, 0.4, 0].map(roundUp)).toEqual([
      200_000, 2_500_000, 500, 0.4, 1,
    ]);
  });
});
