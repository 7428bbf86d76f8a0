import type { ParsedJobInputOf } from '../../shared/jobs';
import { issuesFromZod } from '../../shared/api';
import { accountsTable } from '../../shared/domain/account';
import { KeyDateQuery, type KeyDate } from '../../shared/domain/relationship';
import { enumLabel, wordsOf, type Words } from '../../shared/words';
import type { Core } from '../core/core';
import { requireReference } from '../core/records';
import { dayNumber, dayText } from '../db/codec';
import { listKeyDates } from '../services/keyDates/keyDates';
import { localToday } from '../services/week/agenda';
import { greetingsNear, isGreeted } from '../services/week/occasions';
import { say } from './say';
import type { Cell, ReportColumn, ReportTable } from './table';

/** The days the report covers when none are named: today and the 29 after it. */
export const DATES_DAYS = 30;

/**
 * Key dates and greetings due in a period (PRODUCT §7): every birthday, work and
 * customer anniversary and holiday of the book (or of one account) from the key-dates
 * service, soonest first, with whom to greet, how, and whether the greeting is already
 * recorded (as My week counts it).
 */
export function datesReport(core: Core, input: ParsedJobInputOf<'export'>): ReportTable {
  const w = wordsOf(input.language);
  const c = w.report.columns;
  const period = periodOf(core, input);
  const dates = listKeyDates(core, period);
  const greeted = greetedIn(core, period);
  const columns: ReportColumn[] = [
    { header: c.date, kind: 'date' },
    { header: c.occasion, kind: 'text' },
    { header: c.holiday, kind: 'text' },
    { header: c.contact, kind: 'text' },
    { header: c.account, kind: 'text' },
    { header: w.fields.country, kind: 'text' },
    { header: c.years, kind: 'number' },
    { header: c.greeting, kind: 'text' },
    { header: c.greeted, kind: 'boolean' },
  ];
  return {
    title: w.report.titles.dates,
    columns,
    count: dates.length,
    *rows() {
      for (const date of dates) {
        const done = greeted(date);
        const cells: Cell[] = [
          date.date,
          enumLabel(w, 'agendaKind', date.kind),
          date.kind === 'holiday' ? date.name : null,
          date.contactId ? date.name : null,
          date.accountName,
          date.country,
          date.years,
          greetingOf(w, date, done),
          done,
        ];
        yield cells;
      }
    },
  };
}

/** The period asked for, or the next 30 days; at most a year, as the key dates allow. */
function periodOf(core: Core, input: ParsedJobInputOf<'export'>) {
  const from = input.from ?? localToday();
  const to = input.to ?? dayText(dayNumber(from) + DATES_DAYS - 1);
  requireReference(core, accountsTable, 'accountId', input.accountId);
  const query = KeyDateQuery.safeParse({ from, to, accountId: input.accountId });
  if (!query.success) throw issuesFromZod(query.error);
  return query.data;
}

/**
 * Whether a key date's greeting is recorded: null for a holiday (no one account to
 * greet at), else as My week decides it, the greetings near the period read once an account.
 */
function greetedIn(core: Core, window: { from: string; to: string }) {
  const byAccount = new Map<string, ReturnType<typeof greetingsNear>>();
  return (date: KeyDate): boolean | null => {
    if (!date.accountId) return null;
    let greetings = byAccount.get(date.accountId);
    if (!greetings)
      byAccount.set(date.accountId, (greetings = greetingsNear(core, date.accountId, window)));
    return isGreeted(greetings, {
      kind: 'greeting',
      occasion: date.kind,
      date: date.date,
      accountId: date.accountId,
      contactId: date.contactId,
      name: date.name,
    });
  };
}

/** What to do: nothing (greeted, or not to be contacted), or greet, by their channel if known. */
function greetingOf(w: Words, date: KeyDate, greeted: boolean | null): string {
  const s = w.report.say;
  if (greeted) return s.greetedAlready;
  if (date.doNotContact) return s.doNotContact;
  const channel = enumLabel(w, 'channel', date.preferredChannel);
  return channel ? say(s.greetBy, { channel }) : s.greet;
}
