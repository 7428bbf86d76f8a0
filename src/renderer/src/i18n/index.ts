import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import fa from './fa.json';
import nb from './nb.json';
import vi from './vi.json';
import { directionOf, localeOf } from './languages';
import type { Language } from './languages';

export const resources = {
  en: { translation: en },
  fa: { translation: fa },
  nb: { translation: nb },
  vi: { translation: vi },
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
