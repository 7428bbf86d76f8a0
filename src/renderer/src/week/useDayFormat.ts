import { useMemo } from 'react';
import { localeOf } from '../i18n/languages';
import { useLanguageStore } from '../i18n/languageStore';

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * The agenda's dates in the user's calendar (the Persian one in fa): a day's heading
 * with its weekday, the week's range, and the year something started.
 */
export function useDayFormat() {
  const language = useLanguageStore((s) => s.language);
  return useMemo(() => {
    const locale = localeOf[language];
    const heading = new Intl.DateTimeFormat(locale, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    const range = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
    return {
      heading: (iso: string) => heading.format(utc(iso)),
      range: (from: string, to: string) => range.formatRange(utc(from), utc(to)),
      /** The year of the day `years` before `iso` (an anniversary's first year). */
      yearsBefore: (iso: string, years: number) => {
        const start = utc(iso);
        start.setUTCFullYear(start.getUTCFullYear() - years);
        return year.format(start);
      },
    };
  }, [language]);
}
