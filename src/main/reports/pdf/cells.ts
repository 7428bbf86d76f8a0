import { localeOf, type WordLanguage, type Words } from '../../../shared/words';
import type { Cell, CellKind } from '../table';

/** Cells as a reader of the language writes them: numbers grouped, days in full, yes and no. */
export function cellWriter(
  language: WordLanguage,
  w: Words,
): (cell: Cell, kind: CellKind) => string {
  const locale = localeOf[language];
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const days = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return (cell, kind) => {
    if (cell === null) return '';
    if (typeof cell === 'boolean') return cell ? w.report.columns.yes : w.report.columns.no;
    if (typeof cell === 'number') return numbers.format(cell);
    if (kind === 'date') return days.format(new Date(`${cell}T00:00:00Z`));
    return cell.replace(/\s+/g, ' ');
  };
}

/** A word template's `{{name}}`s filled in. */
export const filled = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));
