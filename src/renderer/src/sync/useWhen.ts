import { useMemo } from 'react';
import { useFormat } from '../i18n/format';

/**
 * A moment in the user's language and calendar (fa-IR brings the Persian calendar and
 * digits): only the time for today, the date and time before that.
 */
export function useWhen(): (iso: string) => string {
  const { locale } = useFormat();
  return useMemo(() => {
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return (iso: string) => {
      const at = new Date(iso);
      return at.toDateString() === new Date().toDateString()
        ? time.format(at)
        : dateTime.format(at);
    };
  }, [locale]);
}
