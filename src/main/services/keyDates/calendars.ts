import { SearchMoonPhase } from 'astronomy-engine';
import { isValidJalaaliDate, toGregorian } from 'jalaali-js';
import type { HolidayCalendar } from '../../../shared/domain/enums';

/**
 * On which Gregorian days a holiday falls: a fixed day (17 May), a day of the Persian
 * calendar (Nowruz, 1 Farvardin) or of the lunisolar calendar (Tết and the Chinese
 * New Year, day 1 of month 1).
 */
export interface HolidayRule {
  calendar: HolidayCalendar;
  month: number;
  day: number;
  country: string;
}

const DAY_MS = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The holiday's dates from `from` to `to` (ISO dates, both included), in order. */
export function holidayDates(rule: HolidayRule, from: string, to: string): string[] {
  const dates: string[] = [];
  // A Persian or lunar year starts in one Gregorian year and ends in the next.
  for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)); year++) {
    const date = dateInYear(rule, year);
    if (date && date >= from && date <= to) dates.push(date);
  }
  return dates;
}

/** The date of the holiday in the calendar year that starts in Gregorian `year`. */
function dateInYear(rule: HolidayRule, year: number): string | null {
  switch (rule.calendar) {
    case 'gregorian':
      return gregorianDate(year, rule.month, rule.day);
    case 'persian':
      return persianDate(year, rule.month, rule.day);
    case 'lunar':
      return lunarDate(year, rule.month, rule.day, lunarOffsetHours(rule.country));
  }
}

function gregorianDate(year: number, month: number, day: number): string | null {
  const ms = Date.UTC(year, month - 1, day);
  // 29 February in a common year (or 31 April) is no day at all that year.
  return new Date(ms).getUTCDate() === day ? isoDay(ms) : null;
}

/** The Persian year that starts (on Nowruz, in March) in Gregorian `year`. */
function persianDate(year: number, month: number, day: number): string | null {
  const jy = year - 621;
  if (!isValidJalaaliDate(jy, month, day)) return null;
  const { gy, gm, gd } = toGregorian(jy, month, day);
  return isoDay(Date.UTC(gy, gm - 1, gd));
}

/**
 * The meridian each country reckons the lunisolar calendar at: China (and the Chinese
 * New Year in Taiwan, Hong Kong, Singapore, Malaysia) at UTC+8, Vietnam at UTC+7
 * since 1968, Korea at UTC+9. A new moon late in the evening in Beijing falls after
 * midnight in Seoul: the same month can start a day apart.
 */
const LUNAR_OFFSET_HOURS: Record<string, number> = { VN: 7, KR: 9 };
const lunarOffsetHours = (country: string): number => LUNAR_OFFSET_HOURS[country] ?? 8;

const chinese = new Intl.DateTimeFormat('en-u-ca-chinese', {
  timeZone: 'UTC',
  month: 'numeric',
  day: 'numeric',
});

function chineseMonthDay(ms: number): { month: string; day: number } {
  const parts = chinese.formatToParts(new Date(ms));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  // A leap month reads "4bis": it never equals a plain month number.
  return { month: part('month'), day: Number(part('day')) };
}

const monthStarts = new Map<string, number | null>();

/**
 * Day `day` of lunar month `month` of the lunar year that starts in Gregorian `year`.
 *
 * The month numbering (which month is a leap month) comes from ICU's Chinese calendar
 * via Intl. ICU's own new moons are minutes off, enough to put a month's first day a
 * day late when the new moon is near midnight: ICU 78 gives 7 February for the 2027
 * New Year, which starts at the new moon of 6 February 15:56 UTC (23:56 in Beijing,
 * 22:56 in Hanoi). So the first day is taken from the exact new moon (astronomy-engine)
 * at the country's meridian. Vietnam's month numbering matches China's in nearly all
 * years (it differed in 1985); the day may differ when a new moon falls between
 * 23:00 and midnight Beijing time (2007: Tết on 17 February, China's New Year on the
 * 18th), which the UTC+7 meridian handles.
 */
function lunarDate(year: number, month: number, day: number, offsetHours: number): string | null {
  const start = lunarMonthStart(year, month, offsetHours);
  if (start === null) return null;
  const date = start + (day - 1) * DAY_MS;
  // Day 30 exists only in a long month: it must come before the next month's start.
  if (day === 30 && date >= newMoonDay(start + 25 * DAY_MS, offsetHours)) return null;
  return isoDay(date);
}

function lunarMonthStart(year: number, month: number, offsetHours: number): number | null {
  const key = `${year}-${month}-${offsetHours}`;
  if (!monthStarts.has(key)) {
    const approximate = icuMonthStart(year, month);
    monthStarts.set(
      key,
      approximate === null ? null : newMoonDay(approximate - 3 * DAY_MS, offsetHours),
    );
  }
  return monthStarts.get(key)!;
}

/**
 * Where ICU starts month `month` of the lunar year beginning in `year`: month 1 starts
 * between 21 January and 20 February, and a month lasts 29 or 30 days, so the scan
 * starts just before the earliest possible start and meets the month within ~70 days.
 */
function icuMonthStart(year: number, month: number): number | null {
  const earliest = Date.UTC(year, 0, 21) + Math.floor((month - 1) * 29.2 - 3) * DAY_MS;
  for (let ms = earliest; ms < earliest + 75 * DAY_MS; ms += DAY_MS) {
    const found = chineseMonthDay(ms);
    if (found.month === String(month)) return ms - (found.day - 1) * DAY_MS;
  }
  return null;
}

/** The first day (UTC midnight, as ms) on or after `fromMs` at the meridian with a new moon. */
function newMoonDay(fromMs: number, offsetHours: number): number {
  const moon = SearchMoonPhase(0, new Date(fromMs), 10);
  if (!moon) throw new Error(`No new moon found after ${isoDay(fromMs)}`);
  const local = moon.date.getTime() + offsetHours * 3_600_000;
  return Math.floor(local / DAY_MS) * DAY_MS;
}
