import type { PurchaseSummary } from '../../../shared/domain/overview';
import type { Core } from '../../core/core';
import { idBytes } from '../../db/codec';

type Period = PurchaseSummary['months'][number];
type Line = PurchaseSummary['lines'][number];

/** Money is summed in floating point; the page shows cents, so sums are kept to cents. */
const cents = (v: number) => Math.round(v * 100) / 100;

/**
 * What the account bought, by product line and period: the months from one grouped
 * query on the account's purchases, the years and the per-line comparison folded
 * from them. A purchase counts in the month its period starts.
 */
export function purchaseSummary(core: Core, accountId: string, currency: string): PurchaseSummary {
  const months = core
    .statement(
      `SELECT product_line AS productLine, currency,
              strftime('%Y-%m', period_start * 86400, 'unixepoch') AS period,
              sum(amount) AS amount, sum(quantity) AS quantity
       FROM purchases WHERE account_id = ? AND deleted = 0 AND archived = 0
       GROUP BY productLine, currency, period ORDER BY productLine, currency, period`,
    )
    .all(idBytes(accountId)) as Period[];
  const years = byYear(months);
  const thisYear = new Date().getUTCFullYear();
  return {
    currency,
    thisYear,
    lines: linesOf(years, thisYear, currency),
    years,
    months: months.map((m) => ({ ...m, amount: cents(m.amount) })),
  };
}

/** The months added up per year, in the months' order (line, currency, period). */
function byYear(months: readonly Period[]): Period[] {
  const years = new Map<string, Period>();
  for (const m of months) {
    const period = m.period.slice(0, 4);
    const key = `${m.productLine}\u0000${m.currency}\u0000${period}`;
    const year = years.get(key);
    if (!year) years.set(key, { ...m, period });
    else {
      year.amount += m.amount;
      year.quantity = m.quantity === null ? year.quantity : (year.quantity ?? 0) + m.quantity;
    }
  }
  return [...years.values()].map((y) => ({ ...y, amount: cents(y.amount) }));
}

/**
 * This year, last year and the year before per product line and currency: the
 * account's own currency first, then the lines it buys most of.
 */
function linesOf(years: readonly Period[], thisYear: number, currency: string): Line[] {
  const lines = new Map<string, Line>();
  const column = {
    [thisYear]: 'thisYear',
    [thisYear - 1]: 'lastYear',
    [thisYear - 2]: 'yearBefore',
  } as const;
  for (const y of years) {
    const key = `${y.productLine}\u0000${y.currency}`;
    let line = lines.get(key);
    if (!line) {
      line = {
        productLine: y.productLine,
        currency: y.currency,
        thisYear: 0,
        lastYear: 0,
        yearBefore: 0,
        total: 0,
      };
      lines.set(key, line);
    }
    const which = column[Number(y.period)];
    if (which) line[which] = y.amount;
    line.total = cents(line.total + y.amount);
  }
  return [...lines.values()].sort(
    (a, b) =>
      Number(b.currency === currency) - Number(a.currency === currency) ||
      b.total - a.total ||
      a.productLine.localeCompare(b.productLine),
  );
}
