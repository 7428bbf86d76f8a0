import { describe, expect, it } from 'vitest';
import { holidayDates } from '../../src/main/services/keyDates/calendars';

const newYear = (country: string, year: number) =>
  holidayDates({ calendar: 'lunar', month: 1, day: 1, country }, `${year}-01-01`, `${year}-12-31`);

describe('lunar holidays', () => {
  it('start at the new moon as seen at the country’s meridian', () => {
    // New moon 6 Feb 2027 15:56 UTC: 23:56 Beijing, 22:56 Hanoi, 00:56 on the 7th in Seoul.
    expect(newYear('CN', 2027)).toEqual(['2027-02-06']);
    expect(newYear('VN', 2027)).toEqual(['2027-02-06']);
    expect(newYear('KR', 2027)).toEqual(['2027-02-07']);
    // New moon 17 Feb 2007 16:14 UTC: Tết on the 17th, the Chinese New Year on the 18th.
    expect(newYear('VN', 2007)).toEqual(['2007-02-17']);
    expect(newYear('CN', 2007)).toEqual(['2007-02-18']);
  });

  it('places Nowruz and fixed days, and skips days a year does not have', () => {
    const nowruz = { calendar: 'persian' as const, month: 1, day: 1, country: 'IR' };
    expect(holidayDates(nowruz, '2026-01-01', '2027-12-31')).toEqual(['2026-03-21', '2027-03-21']);
    const leapDay = { calendar: 'gregorian' as const, month: 2, day: 29, country: 'NO' };
    expect(holidayDates(leapDay, '2027-01-01', '2028-12-31')).toEqual(['2028-02-29']);
  });
});
