import { BoardQuery, type Money } from '../../shared/domain/board';
import type { ParsedJobInputOf } from '../../shared/jobs';
import { enumLabel, wordsOf } from '../../shared/words';
import type { Core } from '../core/core';
import { teamBoard } from '../services/board/board';
import type { Cell, ReportColumn, ReportTable } from './table';

/**
 * The board of the lead's team (or the team named) as a table: one row per rep, with
 * their book, key accounts, open deals and pipeline, credit-weighted revenue of the last
 * 12 months, the share of their book visited in 90 days and their overdue follow-ups.
 * Sums in several currencies are listed each, never added.
 */
export function workloadReport(core: Core, input: ParsedJobInputOf<'export'>): ReportTable {
  const w = wordsOf(input.language);
  const c = w.report.columns;
  const { rows } = teamBoard(core, BoardQuery.parse({ teamId: input.teamId }));
  const columns: ReportColumn[] = [
    { header: c.rep, kind: 'text' },
    { header: c.team, kind: 'text' },
    { header: c.function, kind: 'text' },
    { header: w.fields.salesForce, kind: 'text' },
    { header: c.bookSize, kind: 'number' },
    { header: c.keyAccounts, kind: 'number' },
    { header: c.openDeals, kind: 'number' },
    { header: c.pipeline, kind: 'text' },
    { header: c.revenue, kind: 'text' },
    { header: c.visited, kind: 'number' },
    { header: c.overdueFollowUps, kind: 'number' },
  ];
  return {
    title: w.report.titles.workload,
    columns,
    count: rows.length,
    *rows() {
      for (const row of rows) {
        const pipeline = new Map<string, number>();
        for (const step of row.pipeline) {
          pipeline.set(step.currency, (pipeline.get(step.currency) ?? 0) + step.value);
        }
        const cells: Cell[] = [
          row.name,
          row.teamName,
          enumLabel(w, 'memberFunction', row.function),
          enumLabel(w, 'salesForce', row.salesForce),
          row.bookSize,
          row.keyAccounts,
          row.pipeline.reduce((n, step) => n + step.deals, 0),
          sums([...pipeline].map(([currency, amount]) => ({ currency, amount }))),
          sums(row.revenue),
          row.visitedShare === null ? null : Math.round(row.visitedShare * 1000) / 10,
          row.overdueFollowUps,
        ];
        yield cells;
      }
    },
  };
}

/** "EUR 12,500; NOK 80,000": each currency's whole amount. */
const sums = (amounts: readonly Money[]): string | null =>
  amounts.length === 0
    ? null
    : amounts.map((m) => `${m.currency} ${Math.round(m.amount)}`).join('; ');
