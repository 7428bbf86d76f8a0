import type { KeyDate } from '../../../shared/domain/relationship';
import type { HolidayCalendar } from '../../../shared/domain/enums';
import type { ParsedInputOf } from '../../../shared/api';
import type { Core } from '../../core/core';
import { dayText, idBytes, idText } from '../../db/codec';
import { holidayDates } from './calendars';

/** A window of days, ISO dates, both included (at most a year: the query's rule). */
interface Window {
  from: string;
  to: string;
}

/**
 * The dates worth a greeting (PRODUCT §7) in a window, soonest first: contacts'
 * birthdays and work anniversaries, the anniversaries of becoming a customer, and the
 * holidays of the countries concerned (the one account's, or every country with a
 * live account). Archived contacts and accounts are left out.
 */
export function listKeyDates(core: Core, query: ParsedInputOf<'listKeyDates'>): KeyDate[] {
  const window = { from: query.from, to: query.to };
  const accountId = query.accountId ?? null;
  return [
    ...contactDates(core, window, accountId),
    ...accountAnniversaries(core, window, accountId),
    ...holidays(core, window, accountId),
  ].sort(bySoonest);
}

/**
 * Date, then kind, then name, by code point: a year of a large book is hundreds of
 * thousands of dates, and a locale-aware compare costs ten times as much. The UI
 * groups by day; within a day the order only has to be stable.
 */
function bySoonest(a: KeyDate, b: KeyDate): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

interface ContactRow {
  id: Buffer;
  accountId: Buffer;
  name: string;
  birthday: number | null;
  workAnniversary: number | null;
  preferredChannel: string | null;
  doNotContact: number;
  accountName: string;
  country: string | null;
}

/**
 * Birthdays and work anniversaries in one pass over the contacts: on a large book the
 * scan is the cost, so it is read once, and only rows with a day in the window leave
 * SQLite.
 */
function contactDates(core: Core, window: Window, accountId: string | null): KeyDate[] {
  const birthday = monthDayFilter('c.birthday', window);
  const anniversary = monthDayFilter('c.work_anniversary', window);
  const rows = core
    .statement(
      `SELECT c.id, c.account_id AS accountId, c.name, c.birthday,
              c.work_anniversary AS workAnniversary, c.preferred_channel AS preferredChannel,
              c.do_not_contact AS doNotContact, a.name AS accountName, a.country
       FROM contacts c JOIN accounts a ON a.id = c.account_id
       WHERE c.deleted = 0 AND c.archived = 0 AND a.deleted = 0 AND a.archived = 0
         AND ((c.birthday IS NOT NULL ${birthday.sql})
           OR (c.work_anniversary IS NOT NULL ${anniversary.sql}))
         ${accountId ? 'AND c.account_id = ?' : ''}`,
    )
    .all(
      ...birthday.params,
      ...anniversary.params,
      ...(accountId ? [idBytes(accountId)] : []),
    ) as ContactRow[];
  return rows.flatMap((r) => {
    const contact = {
      name: r.name,
      accountId: idText(r.accountId),
      accountName: r.accountName,
      contactId: idText(r.id),
      country: r.country,
      preferredChannel: r.preferredChannel,
      doNotContact: r.doNotContact === 1,
    };
    const on = (day: number | null, kind: 'birthday' | 'work_anniversary') =>
      day === null ? [] : yearly(day, window).map((y) => ({ ...contact, kind, ...y }));
    return [...on(r.birthday, 'birthday'), ...on(r.workAnniversary, 'work_anniversary')];
  });
}

function accountAnniversaries(core: Core, window: Window, accountId: string | null): KeyDate[] {
  const picked = monthDayFilter('customer_since', window);
  const rows = core
    .statement(
      `SELECT id, name, country, customer_since AS day FROM accounts
       WHERE customer_since IS NOT NULL AND deleted = 0 AND archived = 0 ${picked.sql}
         ${accountId ? 'AND id = ?' : ''}`,
    )
    .all(...picked.params, ...(accountId ? [idBytes(accountId)] : [])) as {
    id: Buffer;
    name: string;
    country: string | null;
    day: number;
  }[];
  return rows.flatMap((r) =>
    yearly(r.day, window).map(({ date, years }) => ({
      date,
      kind: 'account_anniversary' as const,
      name: r.name,
      accountId: idText(r.id),
      accountName: r.name,
      contactId: null,
      country: r.country,
      years,
      preferredChannel: null,
      doNotContact: false,
    })),
  );
}

interface HolidayRow {
  name: string;
  country: string;
  calendar: HolidayCalendar;
  month: number;
  day: number;
}

/** Holidays of the account's country, or of every country the live book has accounts in. */
function holidays(core: Core, window: Window, accountId: string | null): KeyDate[] {
  const rows = core
    .statement(
      `SELECT h.name, h.country, h.calendar, h.month, h.day FROM holidays h
       WHERE h.deleted = 0 AND h.archived = 0 AND ${
         accountId
           ? 'h.country = (SELECT country FROM accounts WHERE id = ?)'
           : `EXISTS (SELECT 1 FROM accounts a
                      WHERE a.country = h.country AND a.deleted = 0 AND a.archived = 0)`
       }`,
    )
    .all(...(accountId ? [idBytes(accountId)] : [])) as HolidayRow[];
  return rows.flatMap((h) =>
    holidayDates(h, window.from, window.to).map((date) => ({
      date,
      kind: 'holiday' as const,
      name: h.name,
      accountId: null,
      accountName: null,
      contactId: null,
      country: h.country,
      years: null,
      preferredChannel: null,
      doNotContact: false,
    })),
  );
}

/**
 * Picks, in SQL, the rows whose month-day falls in the window, so that only those
 * reach JavaScript. A window crossing New Year is two ranges; one spanning three
 * calendar years covers every day. A 29 February is kept on 28 February in common
 * years, so a range ending on 28 February takes it in too.
 */
function monthDayFilter(column: string, window: Window): { sql: string; params: string[] } {
  const fromYear = Number(window.from.slice(0, 4));
  const toYear = Number(window.to.slice(0, 4));
  const from = window.from.slice(5);
  const to = window.to.slice(5);
  const upTo = (md: string) => (md === '02-28' ? '02-29' : md);
  const monthDay = `strftime('%m-%d', ${column} * 86400, 'unixepoch')`;
  if (toYear - fromYear >= 2 || (toYear > fromYear && from <= upTo(to))) {
    return { sql: '', params: [] };
  }
  if (toYear === fromYear) {
    return { sql: `AND ${monthDay} BETWEEN ? AND ?`, params: [from, upTo(to)] };
  }
  return { sql: `AND (${monthDay} >= ? OR ${monthDay} <= ?)`, params: [from, upTo(to)] };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The yearly returns of a day in the window, each with how many years it has been. */
function yearly(day: number, window: Window): { date: string; years: number }[] {
  const start = dayText(day);
  const startYear = Number(start.slice(0, 4));
  const monthDay = start.slice(5);
  const found: { date: string; years: number }[] = [];
  for (let y = Number(window.from.slice(0, 4)); y <= Number(window.to.slice(0, 4)); y++) {
    const md = monthDay === '02-29' && !isLeap(y) ? '02-28' : monthDay;
    const date = `${String(y).padStart(4, '0')}-${md}`;
    if (y > startYear && date >= window.from && date <= window.to) {
      found.push({ date, years: y - startYear });
    }
  }
  return found;
}
