import { useMemo } from 'react';
import { localeOf } from '../../i18n/languages';
import { useLanguageStore } from '../../i18n/languageStore';

export interface CodeOption {
  value: string;
  label: string;
}

/** Two-letter region codes that name groups or placeholders, not countries. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Every country the browser can name, in the user's language, as "Norway (NO)": a
 * list to pick from instead of a code to remember. The codes are the ones the book
 * stores (ISO 3166-1 alpha-2); the names come from Intl, so no list is kept here.
 */
export function useCountryOptions(): CodeOption[] {
  const locale = localeOf[useLanguageStore((s) => s.language)];
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    const options: CodeOption[] = [];
    for (const a of LETTERS) {
      for (const b of LETTERS) {
        const code = a + b;
        const name = NOT_COUNTRIES.has(code) ? undefined : names.of(code);
        if (name && name !== code) options.push({ value: code, label: `${name} (${code})` });
      }
    }
    return sorted(options, locale);
  }, [locale]);
}

/** Every currency the browser knows (ISO 4217), named in the user's language, as "Euro (EUR)". */
export function useCurrencyOptions(): CodeOption[] {
  const locale = localeOf[useLanguageStore((s) => s.language)];
  return useMemo(() => {
    const names = new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' });
    const options = Intl.supportedValuesOf('currency').map((code) => ({
      value: code,
      label: `${names.of(code) ?? code} (${code})`,
    }));
    return sorted(options, locale);
  }, [locale]);
}

function sorted(options: CodeOption[], locale: string): CodeOption[] {
  const collator = new Intl.Collator(locale);
  return options.sort((x, y) => collator.compare(x.label, y.label));
}
