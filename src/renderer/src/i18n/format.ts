import { useMemo } from 'react';
import { localeOf } from './languages';
import { useLanguageStore } from './languageStore';

const EMPTY = '—';

/** Dates, numbers, money and countries formatted with Intl in the current language. */
export function useFormat() {
  const language = useLanguageStore((s) => s.language);
  return useMemo(() => {
    const locale = localeOf[language];
    const integer = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const regions = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
    return {
      locale,
      number: (value: number) => integer.format(value),
      /** `share` is 0–100. */
      percent: (share: number) => percent.format(share / 100),
      /** An ISO calendar date (`2026-03-31`), shown in the locale's calendar. */
      date: (iso: string | null) => (iso ? date.format(new Date(`${iso}T00:00:00Z`)) : EMPTY),
      money: (value: number | null, currency: string) => {
        if (value === null) return EMPTY;
        try {
          // Whole amounts (most of a rep's figures) without ".00": "NOK 36,000", not "NOK 36,000.00".
          const whole = Number.isInteger(value) ? { minimumFractionDigits: 0 } : {};
          return new Intl.NumberFormat(locale, { style: 'currency', currency, ...whole }).format(
            value,
          );
        } catch {
          return `${integer.format(value)} ${currency}`;
        }
      },
      country: (code: string | null) => (code ? (regions.of(code) ?? code) : EMPTY),
      text: (value: string | null | undefined) => (value ? value : EMPTY),
    };
  }, [language]);
}
