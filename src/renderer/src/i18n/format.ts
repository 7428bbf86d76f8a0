import { localeOf, type Language } from './languages';
import { useLanguageStore } from './languageStore';

const EMPTY = '—';

/** Dates, numbers, money and countries formatted with Intl in one language. */
/** Made on first use: a screen that shows no date need not build a date formatter. */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

function formatsFor(language: Language) {
  const locale = localeOf[language];
  const integer = once(() => new Intl.NumberFormat(locale));
  const percent = once(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
  );
  const date = once(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  );
  const regions = once(() => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }));
  const lists = once(() => new Intl.ListFormat(locale, { style: 'short', type: 'unit' }));
  return {
    locale,
    number: (value: number) => integer().format(value),
    /** `share` is 0–100. */
    percent: (share: number) => percent().format(share / 100),
    /** An ISO calendar date (`2026-03-31`), shown in the locale's calendar. */
    date: (iso: string | null) => (iso ? date().format(new Date(`${iso}T00:00:00Z`)) : EMPTY),
    money: (value: number | null, currency: string) => {
      if (value === null) return EMPTY;
      try {
        // Whole amounts (most of a rep's figures) without ".00": "NOK 36,000", not "NOK 36,000.00".
        const whole = Number.isInteger(value) ? { minimumFractionDigits: 0 } : {};
        return new Intl.NumberFormat(locale, { style: 'currency', currency, ...whole }).format(
          value,
        );
      } catch {
        return `${integer().format(value)} ${currency}`;
      }
    },
    country: (code: string | null) => (code ? (regions().of(code) ?? code) : EMPTY),
    /** A short list of units: `name, city`. */
    list: (items: string[]) => lists().format(items),
    text: (value: string | null | undefined) => (value ? value : EMPTY),
  };
}

type Format = ReturnType<typeof formatsFor>;

// Made once per language, not per component: building Intl formatters costs a
// millisecond or more, and a list or a palette mounts dozens of rows that format.
const made = new Map<Language, Format>();

/** The current language's formatters. */
export function useFormat(): Format {
  const language = useLanguageStore((s) => s.language);
  let format = made.get(language);
  if (!format) {
    format = formatsFor(language);
    made.set(language, format);
  }
  return format;
}
