import type { KeyDate } from '../../../shared/domain/relationship';
import type { AgendaItem, AgendaRef } from '../../../shared/domain/week';
import type { Core } from '../../core/core';
import { dayNumber, idBytes, idText } from '../../db/codec';
import { listKeyDates } from '../keyDates/keyDates';
import {
  COVERED,
  withContact,
  type AgendaBook,
  type Coverage,
  type Reachable,
  type Window,
} from './book';

type Occasion = KeyDate['kind'];
type GreetingRef = Extract<AgendaRef, { kind: 'greeting' }>;

export const DAY_MS = 86_400_000;

/**
 * How far from its date a greeting still counts for an occasion: a card sent early
 * for Christmas, a call a day late for a birthday. Each occasion comes once a year,
 * so a month either side never reaches last year's greeting.
 */
export const GREETING_REACH_DAYS = 31;

/**
 * The subject a greeting is recorded with, which also tells which occasion it was for
 * (a contact may have a birthday in Christmas week). A holiday is named as the book
 * names it; the other occasions have a fixed word the UI can translate when it shows it.
 */
export function greetingSubject(occasion: Occasion, name: string): string {
  switch (occasion) {
    case 'holiday':
      return name;
    case 'birthday':
      return 'Birthday';
    case 'work_anniversary':
      return 'Work anniversary';
    case 'account_anniversary':
      return 'Customer anniversary';
  }
}

interface Greeting {
  subject: string;
  day: number;
  contactId: string | null;
}

/**
 * The greetings recorded near the window at the accounts a subquery names, by account,
 * each with each contact it named: one statement on the accounts' interaction index.
 */
function greetingsIn(
  core: Core,
  accounts: string,
  params: Record<string, unknown>,
  window: Window,
): Map<string, Greeting[]> {
  const rows = core
    .statement(
      `SELECT i.account_id AS accountId, i.subject, i.occurred_at AS at, ic.contact_id AS contactId
       FROM interactions i LEFT JOIN interaction_contacts ic ON ic.interaction_id = i.id
       WHERE i.account_id IN (${accounts}) AND i.occurred_at >= :since AND i.occurred_at < :until
         AND i.kind = 'greeting' AND i.deleted = 0 AND i.archived = 0`,
    )
    .all({
      ...params,
      since: (dayNumber(window.from) - GREETING_REACH_DAYS) * DAY_MS,
      until: (dayNumber(window.to) + GREETING_REACH_DAYS + 1) * DAY_MS,
    }) as { accountId: Buffer; subject: string; at: number; contactId: Buffer | null }[];
  const byAccount = new Map<string, Greeting[]>();
  for (const r of rows) {
    const accountId = idText(r.accountId);
    const greeting = {
      subject: r.subject,
      day: Math.floor(r.at / DAY_MS),
      contactId: r.contactId ? idText(r.contactId) : null,
    };
    byAccount.set(accountId, [...(byAccount.get(accountId) ?? []), greeting]);
  }
  return byAccount;
}

/** The greetings recorded near the window at one account. */
export const greetingsNear = (core: Core, accountId: string, window: Window): Greeting[] =>
  greetingsIn(core, 'SELECT :account', { account: idBytes(accountId) }, window).get(accountId) ??
  [];

/** Whether the occasion's greeting to this contact (or to the account) is recorded. */
export function isGreeted(greetings: readonly Greeting[], ref: GreetingRef): boolean {
  const subject = greetingSubject(ref.occasion, ref.name);
  const day = dayNumber(ref.date);
  return greetings.some(
    (g) =>
      g.subject === subject &&
      Math.abs(g.day - day) <= GREETING_REACH_DAYS &&
      (ref.contactId === null || g.contactId === ref.contactId),
  );
}

/**
 * Who an occasion is for: a birthday or work anniversary is one contact's; a holiday
 * or the account's anniversary is for each of its contacts (none: the account itself).
 */
export function recipientsOf(
  book: AgendaBook,
  date: KeyDate,
  accountId: string,
): (Reachable | null)[] {
  if (date.contactId) {
    const one = book.contact(accountId, date.contactId);
    return one ? [one] : [];
  }
  const contacts = book.account(accountId)?.contacts ?? [];
  return contacts.length > 0 ? contacts : [null];
}

/**
 * The occasions worth a greeting at the member's accounts in the window, one item per
 * person to greet, leaving out those already greeted. The dates themselves come from
 * the key-dates service, account by account (the same rules as listKeyDates).
 */
export function occasionItems(
  core: Core,
  book: AgendaBook,
  coverage: Coverage,
  window: Window,
): AgendaItem[] {
  const greetings = greetingsIn(core, COVERED, coverage, window);
  return book.covered.flatMap((accountId) => {
    const account = book.account(accountId)!;
    return listKeyDates(core, { ...window, accountId }).flatMap((date) =>
      recipientsOf(book, date, accountId).flatMap((reach) => {
        const ref: GreetingRef = {
          kind: 'greeting',
          occasion: date.kind,
          date: date.date,
          accountId,
          contactId: reach?.contact.id ?? null,
          name: date.name,
        };
        if (isGreeted(greetings.get(accountId) ?? [], ref)) return [];
        const item: AgendaItem = {
          ref,
          day: date.date,
          kind: date.kind,
          overdue: false,
          title: date.name,
          years: date.years,
          interactionId: null,
          ...withContact(account, reach),
        };
        return [item];
      }),
    );
  });
}
