import { localeOf, type WordLanguage } from '../words';

/** A day of the week as `Intl.Locale`'s week info counts it: 1 is Monday, 7 Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * CLDR's first day of the week for the regions that do not start on Monday, for a
 * runtime whose `Intl.Locale` has no week info (older engines, some Firefox builds).
 */
const FIRST_DAY_BY_REGION: Readonly<Record<string, Weekday>> = {
  ...regions('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY', 6),
  ...regions(
    'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM ' +
      'MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW',
    7,
  ),
  MV: 5,
};

function regions(codes: string, day: Weekday): Record<string, Weekday> {
  return Object.fromEntries(codes.split(' ').map((code) => [code, day]));
}

interface WeekInfo {
  firstDay: number;
}
/** `getWeekInfo()` in current engines, the `weekInfo` getter in older V8 (Node 20). */
type LocaleWithWeek = Intl.Locale & { getWeekInfo?: () => WeekInfo; weekInfo?: WeekInfo };

const isWeekday = (n: unknown): n is Weekday =>
  Number.isInteger(n) && Number(n) >= 1 && Number(n) <= 7;

/** The first day of the week where `locale` is used: its region's, as CLDR says. */
export function firstDayOfWeek(locale: string): Weekday {
  let parsed: LocaleWithWeek;
  try {
    parsed = new Intl.Locale(locale) as LocaleWithWeek;
  } catch {
    return 1;
  }
  const info = parsed.getWeekInfo?.() ?? parsed.weekInfo;
  if (isWeekday(info?.firstDay)) return info.firstDay;
  const region = parsed.maximize().region ?? '';
  return FIRST_DAY_BY_REGION[region] ?? 1;
}

/**
 * The locale whose week a user sees: Persian, Norwegian and Vietnamese have their
 * country's week; English is spoken in many, so the computer's own region decides.
 */
export function weekLocale(language: WordLanguage, systemLocale: string): string {
  return language === 'en' ? systemLocale : localeOf[language];
}

const DAY_MS = 86_400_000;

/** The first day of the week that holds `day` (ISO dates, counted in UTC: no clock shifts). */
export function weekStartOf(day: string, firstDay: Weekday): string {
  const date = new Date(`${day}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  const back = (weekday - firstDay + 7) % 7;
  return new Date(date.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}
