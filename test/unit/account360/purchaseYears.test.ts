import { describe, expect, it } from 'vitest';
import { purchaseYears } from '../../../src/renderer/src/account360/purchaseYears';
import type { PurchaseSummary } from '../../../src/shared/domain/overview';

const line = (productLine: string, currency: string, total: number) => ({
  productLine,
  currency,
  thisYear: 0,
  lastYear: 0,
  yearBefore: 0,
  total,
});
const year = (productLine: string, currency: string, period: string, amount: number) => ({
  productLine,
  currency,
  period,
  amount,
  quantity: null,
});

describe('purchases side by side by year', () => {
  it('compares this year with the two before when the account bought this year', () => {
    const summary: PurchaseSummary = {
      currency: 'NOK',
      thisYear: 2026,
      lines: [line('Pumps', 'NOK', 600)],
      years: [year('Pumps', 'NOK', '2024', 100), year('Pumps', 'NOK', '2026', 500)],
      months: [],
    };
    expect(purchaseYears(summary)).toEqual({
      years: [2024, 2025, 2026],
      rows: [{ productLine: 'Pumps', currency: 'NOK', amounts: [100, 0, 500], total: 600 }],
    });
  });

  it('ends with the latest year on record, and keeps another currency on its own row', () => {
    const summary: PurchaseSummary = {
      currency: 'NOK',
      thisYear: 2026,
      lines: [line('Pumps', 'NOK', 300), line('Pumps', 'EUR', 40)],
      years: [
        year('Pumps', 'NOK', '2023', 100),
        year('Pumps', 'NOK', '2024', 200),
        year('Pumps', 'EUR', '2024', 40),
      ],
      months: [],
    };
    const { years, rows } = purchaseYears(summary);
    expect(years).toEqual([2022, 2023, 2024]);
    expect(rows.map((r) => [r.currency, r.amounts])).toEqual([
      ['NOK', [0, 100, 200]],
      ['EUR', [0, 0, 40]],
    ]);
  });
});
