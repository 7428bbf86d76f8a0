import { useFormat } from './format';

/**
 * A date typed in a browser's date field, as the user's calendar reads it, where that
 * is not the field's own (Persian): the field shows the Gregorian day, this the Persian.
 */
export function useCalendarDate(): (iso: string | null) => string | undefined {
  const format = useFormat();
  const calendar = new Intl.DateTimeFormat(format.locale).resolvedOptions().calendar;
  return (iso) => (iso && calendar !== 'gregory' ? format.date(iso) : undefined);
}
