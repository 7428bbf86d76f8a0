import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import sharedEn from '../../../shared/words/en.json';
import { directionOf, localeOf } from './languages';
import type { Language } from './languages';

/**
 * A feature keeps its own words beside its code, in `<feature>/i18n/<language>.json`,
 * each under one top-level key of its own (the unit test checks that no two features
 * share one, and that every language has every key). Field names and enum labels are
 * in src/shared/words: reports written by the core name them too.
 */
const englishFeatures = import.meta.glob<Record<string, unknown>>('../*/i18n/en.json', {
  eager: true,
  import: 'default',
});

/** Every English word: the fallback, loaded with the first chunk. */
export const englishWords: Record<string, unknown> = Object.assign(
  { ...en },
  sharedEn,
  ...Object.values(englishFeatures),
);

/**
 * Other languages are fetched when chosen: English, the fallback, is in the first
 * chunk, and the words of three more languages are not parsed at every start.
 */
const otherWords = import.meta.glob<Record<string, unknown>>(
  ['./{fa,nb,vi}.json', '../*/i18n/{fa,nb,vi}.json', '../../../shared/words/{fa,nb,vi}.json'],
  { import: 'default' },
);

async function wordsOf(language: Exclude<Language, 'en'>): Promise<Record<string, unknown>> {
  const files = Object.entries(otherWords).filter(([file]) => file.endsWith(`/${language}.json`));
  // The language's own file first: it holds every key but the features' ones.
  files.sort(([a], [b]) => Number(b === `./${language}.json`) - Number(a === `./${language}.json`));
  const words = await Promise.all(files.map(([, load]) => load()));
  return Object.assign({}, ...words) as Record<string, unknown>;
}

/** Makes sure i18next holds the words of `language` (a no-op after the first time). */
export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  i18n.addResourceBundle(language, 'translation', await wordsOf(language));
}

export async function initI18n(language: Language): Promise<void> {
  applyDocumentLanguage(language);
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: englishWords } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  await loadLanguage(language);
  await i18n.changeLanguage(language);
}

/** `lang` and `dir` on <html>, so the browser and Mantine lay out right to left for Persian. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = localeOf[language];
  document.documentElement.dir = directionOf(language);
}
