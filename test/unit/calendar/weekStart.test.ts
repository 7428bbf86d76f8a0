import { describe, expect, it } from 'vitest';
import { firstDayOfWeek, weekLocale, weekStartOf } from '../../../src/shared/calendar/weekStart';

describe('firstDayOfWeek', () => {
  it("starts each language's week on its country's first day", () => {
    expect(firstDayOfWeek(weekLocale('fa', 'en-US'))).toBe(6);
    expect(firstDayOfWeek(weekLocale('nb', 'en-US'))).toBe(1);
    expect(firstDayOfWeek(weekLocale('vi', 'en-US'))).toBe(1);
  });

  it("starts an English week as the computer's region does", () => {
    expect(firstDayOfWeek(weekLocale('en', 'en-US'))).toBe(7);
    expect(firstDayOfWeek(weekLocale('en', 'en-GB'))).toBe(1);
    expect(firstDayOfWeek(weekLocale('en', 'nb-NO'))).toBe(1);
    expect(firstDayOfWeek(weekLocale('en', 'fa-IR'))).toBe(6);
  });

  it('falls back to Monday for a locale it cannot read', () => {
    expect(firstDayOfWeek('not a locale!')).toBe(1);
  });
});

describe('weekStartOf', () => {
  // 2026-12-07 is a Monday.
  it('goes back to the first day of the week that holds the day', () => {
    expect(weekStartOf('2026-12-07', 1)).toBe('2026-12-07');
    expect(weekStartOf('2026-12-07', 6)).toBe('2026-12-05');
    expect(weekStartOf('2026-12-07', 7)).toBe('2026-12-06');
    expect(weekStartOf('2026-12-11', 6)).toBe('2026-12-05');
    expect(weekStartOf('2026-12-12', 6)).toBe('2026-12-12');
    expect(weekStartOf('2026-12-13', 1)).toBe('2026-12-07');
  });

  it('crosses a month and a year', () => {
    expect(weekStartOf('2027-01-01', 6)).toBe('2026-12-26');
  });
});
