import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fa from './fa.json';
import nb from './nb.json';
import vi from './vi.json';
import { directionOf, localeOf } from './languages';
import type { Language } from './languages';

/**
 * A feature keeps its own words beside its code, in `<feature>/i18n/<language>.json`,
 * each under one top-level key of its own (the unit test checks that no two features
 * share one, and that every language has every key).
 */
const features = import.meta.glob<Record<string, unknown>>('../*/i18n/*.json', {
  eager: true,
  import: 'default',
});

function withFeatures(language: Language, base: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base };
  for (const [file, words] of Object.entries(features)) {
    if (file.endsWith(`/${language}.json`)) Object.assign(merged, words);
  }
  return merged;
}

export const resources = {
  en: { translation: withFeatures('en', en) },
  fa: { translation: withFeatures('fa', fa) },
  nb: { translation: withFeatures('nb', nb) },
  vi: { translation: withFeatures('vi', vi) },
};

export function initI18n(language: Language): Promise<unknown> {
  applyDocumentLanguage(language);
  return i18n.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
}

/** `lang` and `dir` on <html>, so the browser and Mantine lay out right to left for Persian. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = localeOf[language];
  document.documentElement.dir = directionOf(language);
}
