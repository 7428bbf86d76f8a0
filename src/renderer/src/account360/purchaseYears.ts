import type { PurchaseSummary } from '../../../shared/domain/overview';

export interface PurchaseRow {
  productLine: string;
  currency: string;
  /** One amount per year of `years`, oldest first. */
  amounts: number[];
  total: number;
}

/**
 * Three years side by side, ending with the latest year that has purchases (this year
 * when the account bought this year): the panel compares the latest year on record
 * with the two before it, rather than showing empty columns for years with no data.
 */
export function purchaseYears(purchases: PurchaseSummary): {
  years: number[];
  rows: PurchaseRow[];
} {
  const recorded = purchases.years
    .map((p) => Number(p.period))
    .filter((y) => y <= purchases.thisYear);
  const last = recorded.length > 0 ? Math.max(...recorded) : purchases.thisYear;
  const years = [last - 2, last - 1, last];
  const amount = (line: PurchaseSummary['lines'][number], year: number) =>
    purchases.years
      .filter(
        (p) =>
          p.productLine === line.productLine &&
          p.currency === line.currency &&
          Number(p.period) === year,
      )
      .reduce((sum, p) => sum + p.amount, 0);
  return {
    years,
    rows: purchases.lines.map((line) => ({
      productLine: line.productLine,
      currency: line.currency,
      amounts: years.map((year) => amount(line, year)),
      total: line.total,
    })),
  };
}
