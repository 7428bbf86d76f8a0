import { BoardQuery, type BoardRow, type PipelineStep } from '../../shared/domain/board';
import type { ParsedJobInputOf } from '../../shared/jobs';
import { enumLabel, wordsOf, type Words } from '../../shared/words';
import type { Core } from '../core/core';
import { teamBoard } from '../services/board/board';
import type { Cell, ReportColumn, ReportTable } from './table';

/**
 * The open pipeline of the lead's team (or the team named; a rep's own) by rep and
 * selling step, as the board counts it: per rep, a row for each step and currency with
 * the open deals, their amount and the amount weighted by the rep's credit share, then
 * the rep's total in each currency (amounts in different currencies are never added).
 */
export function pipelineReport(core: Core, input: ParsedJobInputOf<'export'>): ReportTable {
  const w = wordsOf(input.language);
  const c = w.report.columns;
  const { rows } = teamBoard(core, BoardQuery.parse({ teamId: input.teamId }));
  const lines = rows.flatMap((rep) => linesOf(w, rep));
  const columns: ReportColumn[] = [
    { header: c.rep, kind: 'text' },
    { header: c.team, kind: 'text' },
    { header: c.step, kind: 'text' },
    { header: w.fields.currency, kind: 'text' },
    { header: c.openDeals, kind: 'number' },
    { header: c.amount, kind: 'number' },
    { header: c.weighted, kind: 'number' },
  ];
  return {
    title: w.report.titles.pipeline,
    columns,
    count: lines.length,
    *rows() {
      yield* lines;
    },
  };
}

/** A rep's steps in the board's order, then their total in each currency (or none). */
function linesOf(w: Words, rep: BoardRow): Cell[][] {
  const line = (step: string | null, p: Omit<PipelineStep, 'step'> | null): Cell[] => [
    rep.name,
    rep.teamName,
    step,
    p?.currency ?? null,
    p?.deals ?? 0,
    p?.value ?? null,
    p?.weighted ?? null,
  ];
  const totals = new Map<string, Omit<PipelineStep, 'step'>>();
  for (const p of rep.pipeline) {
    const sum = totals.get(p.currency) ?? { currency: p.currency, deals: 0, value: 0, weighted: 0 };
    totals.set(p.currency, {
      currency: p.currency,
      deals: sum.deals + p.deals,
      value: cents(sum.value + p.value),
      weighted: cents(sum.weighted + p.weighted),
    });
  }
  const total = w.report.say.total;
  return [
    ...rep.pipeline.map((p) => line(enumLabel(w, 'sellingStep', p.step), p)),
    ...(totals.size === 0 ? [line(total, null)] : [...totals.values()].map((t) => line(total, t))),
  ];
}

const cents = (v: number) => Math.round(v * 100) / 100;
