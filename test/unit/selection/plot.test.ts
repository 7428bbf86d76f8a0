import { describe, expect, it } from 'vitest';
import { accountIdAt, codeAt, type CurrencyPoints } from '../../../src/shared/domain/selection';
import { jitter, plot, roundUp } from '../../../src/shared/domain/selectionPlot';

const hex = (n: number) => `018cc251f40070008000${String(n).padStart(12, '0')}`;

/** Six accounts in NOK as the core sends them: most profit first, one without any last. */
const points: CurrencyPoints = {
  currency: 'NOK',
  ids: [1, 5, 4, 2, 0, 3].map(hex).join(''),
  // style, tier, lifecycle per account
  codes: ['111', '422', '410', '222', '001', '301'].join(''),
  profit: [900, 700, 500, 300, 100, null],
  cost: [20, null, 50, 30, 10, 40],
};

describe('placing the points of one currency', () => {
  const nok = plot(points, 'tier');

  it('places the accounts with a profit potential, and counts those it cannot place', () => {
    expect(nok.shown).toBe(5);
    expect(nok.unplaced).toBe(1);
  });

  it("puts each point in its style's band, at its profit potential, the axis rounded up", () => {
    for (const s of nok.series) {
      s.members.forEach((i, k) => {
        expect(s.xy[k * 2]).toBeCloseTo(codeAt(points, i, 'style') + jitter(i), 9);
        expect(s.xy[k * 2 + 1]).toBe(points.profit[i]);
      });
    }
    expect(nok.series.flatMap((s) => s.members).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(nok.yMax).toBe(1000);
  });

  it('one series per colour and size band; no cost to serve draws smallest', () => {
    const noCost = nok.series.find((s) => s.members.includes(1))!;
    expect(noCost).toMatchObject({ group: 2, sizeBand: 0 });
    const dearest = nok.series.find((s) => s.members.includes(2))!;
    expect(dearest.sizeBand).toBe(3);
    const byLifecycle = plot(points, 'lifecycle');
    expect(byLifecycle.series.find((s) => s.members.includes(1))!.group).toBe(2);
  });

  it('an empty currency has no series and a unit axis', () => {
    const none = plot({ currency: 'EUR', ids: '', codes: '', profit: [], cost: [] }, 'tier');
    expect(none).toMatchObject({ series: [], shown: 0, unplaced: 0, yMax: 1 });
  });
});

describe('helpers', () => {
  it('reads an id and the codes at a position', () => {
    expect(accountIdAt(points, 1)).toBe('018cc251-f400-7000-8000-000000000005');
    expect(['style', 'tier', 'lifecycle'].map((c) => codeAt(points, 2, c as 'tier'))).toEqual([
      4, 1, 0,
    ]);
  });

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
