import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../../src/shared/domain/week';
import {
  addDays,
  byDay,
  canComplete,
  cardsOf,
  isLate,
  localToday,
} from '../../../src/renderer/src/week/days';

const item = (day: string, over: Partial<AgendaItem> = {}): AgendaItem => ({
  ref: { kind: 'follow_up', interactionId: '018cc251-f400-7002-9551-741be73fe246' },
  day,
  kind: 'follow_up',
  overdue: false,
  title: `Call on ${day}`,
  years: null,
  interactionId: '018cc251-f400-7002-9551-741be73fe246',
  account: { id: '018cc251-f400-7002-9551-741be73fe247', name: 'ACME', country: 'NO' },
  contact: null,
  channel: null,
  doNotContact: false,
  ...over,
});

describe('the days of My week', () => {
  it('moves across months, years and a leap day', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-27', 2)).toBe('2028-02-29');
    expect(addDays('2027-01-04', -7)).toBe('2026-12-28');
  });

  it("takes today from this computer's calendar, not UTC's", () => {
    expect(localToday(new Date(2026, 0, 1, 0, 30))).toBe('2026-01-01');
    expect(localToday(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('puts overdue follow-ups apart, and every day of the window in order, empty ones too', () => {
    const late = item('2026-11-02', { overdue: true });
    const monday = item('2026-11-30');
    const agenda = byDay([late, monday], '2026-11-26', '2026-12-02');
    expect(agenda.overdue).toEqual([late]);
    expect(agenda.days.map((d) => d.day)).toEqual([
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
    expect(agenda.days.find((d) => d.day === '2026-11-30')?.items).toEqual([monday]);
    expect(agenda.days.filter((d) => d.items.length > 0)).toHaveLength(1);
  });

  it('marks a follow-up late once its day has passed, never a greeting', () => {
    expect(isLate(item('2026-11-25'), '2026-11-26')).toBe(true);
    expect(isLate(item('2026-11-26'), '2026-11-26')).toBe(false);
    expect(isLate(item('2026-11-25', { kind: 'birthday' }), '2026-11-26')).toBe(false);
  });

  it('offers no greeting for a contact not to be contacted, but lets their follow-up close', () => {
    expect(canComplete(item('2026-11-26', { kind: 'birthday', doNotContact: true }))).toBe(false);
    expect(canComplete(item('2026-11-26', { doNotContact: true }))).toBe(true);
    expect(canComplete(item('2026-11-26', { kind: 'holiday' }))).toBe(true);
  });
});

describe('the cards of a day', () => {
  const christmas = (account: string, contact: string, title = 'Christmas Day') =>
    item('2026-12-25', {
      kind: 'holiday',
      title,
      account: { id: account, name: account, country: 'NO' },
      contact: { id: contact, name: contact, title: null, email: null, phone: null, mobile: null },
    });

  it("greets an account's contacts for one holiday on one card, and keeps the rest apart", () => {
    const a = christmas('018cc251-f400-7002-9551-000000000001', 'Kari');
    const b = christmas('018cc251-f400-7002-9551-000000000001', 'Ola');
    const other = christmas('018cc251-f400-7002-9551-000000000002', 'Per');
    const birthday1 = item('2026-12-25', { kind: 'birthday', title: 'Kari' });
    const birthday2 = item('2026-12-25', { kind: 'birthday', title: 'Kari' });
    expect(cardsOf([birthday1, birthday2, a, b, other])).toEqual([
      [birthday1],
      [birthday2],
      [a, b],
      [other],
    ]);
  });

  it('keeps two holidays on one day apart, though the agenda lists them contact by contact', () => {
    const account = '018cc251-f400-7002-9551-000000000001';
    const kari = [christmas(account, 'Kari'), christmas(account, 'Kari', 'Ascension Day')];
    const ola = [christmas(account, 'Ola'), christmas(account, 'Ola', 'Ascension Day')];
    expect(cardsOf([kari[0]!, kari[1]!, ola[0]!, ola[1]!])).toEqual([
      [kari[0], ola[0]],
      [kari[1], ola[1]],
    ]);
  });
});
