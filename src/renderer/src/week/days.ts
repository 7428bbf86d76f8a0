import type { AgendaItem } from '../../../shared/domain/week';

const DAY_MS = 86_400_000;

/** An ISO calendar date moved by whole days (UTC arithmetic: no daylight-saving jumps). */
export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Today on this computer's calendar, as the core's agenda counts it. */
export function localToday(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

export interface AgendaDay {
  day: string;
  items: AgendaItem[];
}

export interface AgendaByDay {
  /** Follow-ups due before the window: what the rep owes first. */
  overdue: AgendaItem[];
  /** Every day of the window, in order, empty ones included. */
  days: AgendaDay[];
}

/** The agenda's items under the days of its window, overdue ones apart. */
export function byDay(items: readonly AgendaItem[], from: string, to: string): AgendaByDay {
  const days: AgendaDay[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push({ day, items: [] });
  const index = new Map(days.map((d) => [d.day, d.items]));
  const overdue: AgendaItem[] = [];
  for (const item of items) {
    if (item.overdue) overdue.push(item);
    else index.get(item.day)?.push(item);
  }
  return { overdue, days };
}

/** A follow-up is late once its day has passed, also when a past week is shown. */
export const isLate = (item: AgendaItem, today: string): boolean =>
  item.kind === 'follow_up' && item.day < today;

/** A greeting can be recorded unless its contact is not to be contacted (the core refuses it). */
export const canComplete = (item: AgendaItem): boolean =>
  item.kind === 'follow_up' || !item.doNotContact;

/** Occasions that are the account's, greeted once per contact: shown as one card each. */
const SHARED_OCCASIONS: ReadonlySet<AgendaItem['kind']> = new Set([
  'holiday',
  'account_anniversary',
]);

/** Which card an item goes on: its occasion at its account, or one of its own. */
const cardKey = (item: AgendaItem, index: number): string =>
  SHARED_OCCASIONS.has(item.kind)
    ? `${item.kind}|${item.day}|${item.account.id}|${item.title}`
    : String(index);

/**
 * A day's items as cards, in the order they come: a holiday or a customer anniversary at
 * one account becomes one card with a line per contact to greet, anything else a card
 * of its own. Two holidays on one day at one account stay two cards.
 */
export function cardsOf(items: readonly AgendaItem[]): AgendaItem[][] {
  const cards = new Map<string, AgendaItem[]>();
  items.forEach((item, index) => {
    const key = cardKey(item, index);
    const card = cards.get(key);
    if (card) card.push(item);
    else cards.set(key, [item]);
  });
  return [...cards.values()];
}
