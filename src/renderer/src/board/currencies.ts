import type { BoardRow } from '../../../shared/domain/board';

/**
 * The currencies a board's money is in, the most used first (by how many figures are in
 * it, then by code): amounts in different currencies are never added up.
 */
export function currenciesOf(rows: readonly BoardRow[]): string[] {
  const uses = new Map<string, number>();
  for (const row of rows) {
    for (const { currency } of [...row.pipeline, ...row.revenue]) {
      uses.set(currency, (uses.get(currency) ?? 0) + 1);
    }
  }
  return [...uses.entries()]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .map(([currency]) => currency);
}

/** A rep's open deals added up per currency, over every selling step. */
export function pipelineTotals(row: BoardRow): { currency: string; amount: number }[] {
  const totals = new Map<string, number>();
  for (const step of row.pipeline) {
    totals.set(step.currency, (totals.get(step.currency) ?? 0) + step.value);
  }
  return [...totals.entries()].map(([currency, amount]) => ({ currency, amount }));
}
