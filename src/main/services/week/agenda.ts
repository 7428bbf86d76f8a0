import type { ParsedInputOf } from '../../../shared/api';
import type { Agenda, AgendaItem } from '../../../shared/domain/week';
import { RapportError } from '../../../shared/errors';
import { firstDayOfWeek, weekStartOf, type Weekday } from '../../../shared/calendar/weekStart';
import { currentActor, type Core } from '../../core/core';
import { membersTable } from '../../../shared/domain/team';
import { requireReference } from '../../core/records';
import { dayNumber, dayText } from '../../db/codec';
import { AgendaBook, coverageOf, type Window } from './book';
import { followUpItems, openFollowUps } from './followUps';
import { occasionItems } from './occasions';

/** This computer's locale: where the core's week starts when nobody names a language. */
export const systemLocale = (): string => Intl.DateTimeFormat().resolvedOptions().locale;

/**
 * My week: what a member owes in a window of days, sorted by day — open follow-ups
 * (overdue ones first, on their own due day) and the occasions worth a greeting at the
 * accounts they cover, each with whom to reach and how. Left without a first day, the
 * window is the week that holds today, starting where `firstDay` says (as the app's).
 */
export function myWeek(
  core: Core,
  query: ParsedInputOf<'myWeek'>,
  firstDay: Weekday = firstDayOfWeek(systemLocale()),
): Agenda {
  const memberId = query.memberId ?? currentActor(core)?.id;
  if (!memberId) {
    throw RapportError.validation(
      'memberId',
      'Nobody is signed in yet: name the team member whose week to show',
    );
  }
  requireReference(core, membersTable, 'memberId', memberId);
  const from = query.from ?? weekStartOf(localToday(), firstDay);
  const window: Window = { from, to: dayText(dayNumber(from) + query.days - 1) };
  const coverage = coverageOf(memberId, window);
  const book = new AgendaBook(core).cover(coverage);
  const items = [
    ...followUpItems(book, openFollowUps(core, coverage), from),
    ...occasionItems(core, book, coverage, window),
  ].sort(byDay);
  return { memberId, ...window, items };
}

/**
 * The day on this computer's calendar: the core runs on the rep's own laptop, and a
 * rep in Hanoi at 06:00 is already on the next day that UTC has not reached.
 */
export function localToday(): string {
  const now = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** Follow-ups before greetings within a day, so the order of kinds below is the agenda's. */
const KIND_ORDER: Record<AgendaItem['kind'], number> = {
  follow_up: 0,
  birthday: 1,
  work_anniversary: 2,
  account_anniversary: 3,
  holiday: 4,
};

/**
 * Day, kind, account, contact, then title, by code point: the UI groups by day and
 * sorts for display in the user's language; here the order only has to be stable.
 */
function byDay(a: AgendaItem, b: AgendaItem): number {
  if (a.day !== b.day) return a.day < b.day ? -1 : 1;
  const kind = KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
  if (kind !== 0) return kind;
  return (
    compare(a.account.name, b.account.name) ||
    compare(a.contact?.name ?? '', b.contact?.name ?? '') ||
    compare(a.title, b.title)
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
