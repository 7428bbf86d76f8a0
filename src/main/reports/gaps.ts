import { GapQuery, type GapRow } from '../../shared/domain/gaps';
import type { ParsedJobInputOf } from '../../shared/jobs';
import { enumLabel, wordsOf, type Words } from '../../shared/words';
import type { Core } from '../core/core';
import { coverageGaps } from '../services/gaps/gaps';
import type { Cell, ReportColumn, ReportTable } from './table';

/** Rows of each kind a report holds (the coverage-gaps query's most). */
const MOST = 5000;

/**
 * The coverage gaps of the lead's team (or the team named), as the Monday report shows
 * them: each gap's kind, account, owner, what is wrong, since when, and its fix.
 */
export function gapsReport(core: Core, input: ParsedJobInputOf<'export'>): ReportTable {
  const w = wordsOf(input.language);
  const c = w.report.columns;
  const { rows } = coverageGaps(core, GapQuery.parse({ teamId: input.teamId, limit: MOST }));
  const columns: ReportColumn[] = [
    { header: c.gap, kind: 'text' },
    { header: c.account, kind: 'text' },
    { header: w.fields.owner, kind: 'text' },
    { header: c.what, kind: 'text' },
    { header: c.since, kind: 'date' },
    { header: c.fix, kind: 'text' },
  ];
  return {
    title: w.report.titles.gaps,
    columns,
    count: rows.length,
    *rows() {
      for (const gap of rows) {
        const cells: Cell[] = [
          enumLabel(w, 'gapKind', gap.kind),
          gap.accountName,
          'ownerName' in gap.detail ? gap.detail.ownerName : null,
          whatOf(w, gap),
          sinceOf(gap),
          enumLabel(w, 'gapFix', gap.fix),
        ];
        yield cells;
      }
    },
  };
}

/** The gap's particulars: the territory, the functions missing, or the contact. */
function whatOf(w: Words, gap: GapRow): string | null {
  switch (gap.kind) {
    case 'territory_mismatch':
      return gap.detail.territoryName;
    case 'missing_function':
      return gap.detail.missing.map((role) => enumLabel(w, 'coverageRole', role)).join(', ');
    case 'decision_maker_silent':
      return gap.detail.contactName;
    default:
      return null;
  }
}

/** The day the gap runs from: the last visit or interaction, or the day the owner left. */
function sinceOf(gap: GapRow): string | null {
  switch (gap.kind) {
    case 'key_account_not_visited':
      return gap.detail.lastVisit;
    case 'decision_maker_silent':
      return gap.detail.lastInteraction;
    case 'owner_left':
      return gap.detail.leftOn;
    default:
      return null;
  }
}
