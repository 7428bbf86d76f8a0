import en from './en.json';
import fa from './fa.json';
import nb from './nb.json';
import vi from './vi.json';

/**
 * Words the core writes as well as the app shows: field names, enum labels and the
 * reports' titles and column names (the app merges them into its translations).
 */
export type Words = typeof en;

export const WORD_LANGUAGES = ['en', 'fa', 'nb', 'vi'] as const;
export type WordLanguage = (typeof WORD_LANGUAGES)[number];

const words: Record<WordLanguage, Words> = { en, fa, nb, vi };

/** The Intl locale of each language; fa-IR brings the Persian calendar and digits. */
export const localeOf: Record<WordLanguage, string> = {
  en: 'en',
  fa: 'fa-IR',
  nb: 'nb-NO',
  vi: 'vi-VN',
};

export const wordsOf = (language: WordLanguage): Words => words[language];

/** An enum value's label in the language: `label(words, 'tier', 'A')` → "Tier A". */
export function enumLabel<E extends keyof Words['enum']>(
  w: Words,
  name: E,
  value: string | null,
): string | null {
  if (value === null) return null;
  return (w.enum[name] as Record<string, string>)[value] ?? value;
}
