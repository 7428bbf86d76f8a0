/**
 * The holidays of the countries the demo sells into, on the day of their own
 * calendar: the key-dates list turns them into greetings to send.
 */
import { holidaysTable } from '../../shared/domain/relationship';
import type { HolidayCalendar } from '../../shared/domain/enums';
import type { Context } from './context';
import { COUNTRIES } from './places';

type Holiday = readonly [
  country: string,
  name: string,
  calendar: HolidayCalendar,
  month: number,
  day: number,
];

const HOLIDAYS: readonly Holiday[] = [
  ['NO', 'Christmas Day (1. juledag)', 'gregorian', 12, 25],
  ['NO', 'Constitution Day (17. mai)', 'gregorian', 5, 17],
  ['SE', 'Christmas Day (juldagen)', 'gregorian', 12, 25],
  ['SE', 'National Day of Sweden', 'gregorian', 6, 6],
  ['GB', 'Christmas Day', 'gregorian', 12, 25],
  ['GB', 'Boxing Day', 'gregorian', 12, 26],
  ['US', 'Independence Day', 'gregorian', 7, 4],
  ['US', 'Christmas Day', 'gregorian', 12, 25],
  ['IR', 'Nowruz (نوروز)', 'persian', 1, 1],
  ['IR', 'Sizdah Bedar (سیزده‌بدر)', 'persian', 1, 13],
  ['VN', 'Tết Nguyên Đán', 'lunar', 1, 1],
  ['VN', 'Mid-Autumn Festival (Tết Trung Thu)', 'lunar', 8, 15],
  ['VN', 'National Day (Quốc khánh)', 'gregorian', 9, 2],
];

/** New Year's Day in every demo country, and each country's own holidays. */
export function writeHolidays(ctx: Context): void {
  const { ids, w } = ctx;
  const rows: Holiday[] = COUNTRIES.map((c) => [c.code, "New Year's Day", 'gregorian', 1, 1]);
  for (const [country, name, calendar, month, day] of [...rows, ...HOLIDAYS]) {
    w.write(holidaysTable, {
      id: ids.next(),
      createdAt: ctx.created,
      country,
      name,
      calendar,
      month,
      day,
    });
  }
}
