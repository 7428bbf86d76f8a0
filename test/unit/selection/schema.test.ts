import { describe, expect, it } from 'vitest';
import { CurrencyPoints } from '../../../src/shared/domain/selection';

const one = {
  currency: 'NOK',
  ids: '018cc251f40070008000000000000001',
  codes: '111',
  profit: [900],
  cost: [null],
};

/** The check the dispatch makes on every reply: a core that sent wrong columns fails it. */
describe("the chart's reply", () => {
  it('takes whole amounts of at least 0, or none', () => {
    expect(CurrencyPoints.safeParse(one).success).toBe(true);
    for (const profit of [[1.5], [-1], ['900'], 900]) {
      const checked = CurrencyPoints.safeParse({ ...one, profit });
      expect(checked.error?.issues[0]?.message).toBe(
        'Amounts must be whole numbers of at least 0, or empty',
      );
    }
  });

  it('wants 32 lower-case hex digits and three code digits per account, every column as long', () => {
    const wrong = (patch: object) => CurrencyPoints.safeParse({ ...one, ...patch }).error;
    expect(wrong({ ids: one.ids.toUpperCase() })?.issues[0]?.message).toBe(
      'ids must be 32 hex digits per account',
    );
    expect(wrong({ codes: '191' })?.issues[0]?.message).toBe('codes must be 3 digits per account');
    expect(wrong({ cost: [] })?.issues[0]?.message).toBe(
      'Every column must have one entry per account',
    );
  });
});
