import type { Agenda } from '../../shared/domain/week';
import type { ParsedJobInputOf } from '../../shared/jobs';
import { enumLabel, wordsOf } from '../../shared/words';
import type { Core } from '../core/core';
import { firstDayOfWeek, weekLocale } from '../../shared/calendar/weekStart';
import { myWeek, systemLocale } from '../services/week/agenda';
import type { Cell, ReportColumn, ReportTable } from './table';

/**
 * A member's week (the signed-in one's by default): follow-ups due, overdue ones too, and
 * key dates; the week starts on the report's language's first day, as the app's does.
 */
export function weekAgenda(core: Core, input: ParsedJobInputOf<'export'>): Agenda {
  return myWeek(core, input.week, firstDayOfWeek(weekLocale(input.language, systemLocale())));
}

/**
 * My week as a table: each follow-up and greeting due, its day, what it is, the account,
 * the contact and how to reach them, and whether it is overdue.
 */
export function weekReport(core: Core, input: ParsedJobInputOf<'export'>): ReportTable {
  const w = wordsOf(input.language);
  const c = w.report.columns;
  const { items } = weekAgenda(core, input);
  const columns: ReportColumn[] = [
    { header: c.day, kind: 'date' },
    { header: w.fields.kind, kind: 'text' },
    { header: c.what, kind: 'text' },
    { header: c.account, kind: 'text' },
    { header: c.contact, kind: 'text' },
    { header: c.channel, kind: 'text' },
    { header: c.email, kind: 'text' },
    { header: w.fields.phone, kind: 'text' },
    { header: c.overdue, kind: 'boolean' },
  ];
  return {
    title: w.report.titles.week,
    columns,
    count: items.length,
    *rows() {
      for (const item of items) {
        const cells: Cell[] = [
          item.day,
          enumLabel(w, 'agendaKind', item.kind),
          item.title,
          item.account.name,
          item.contact?.name ?? null,
          enumLabel(w, 'channel', item.channel),
          item.contact?.email ?? null,
          item.contact?.mobile ?? item.contact?.phone ?? null,
          item.overdue,
        ];
        yield cells;
      }
    },
  };
}
