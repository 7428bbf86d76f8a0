export const languages = ['en', 'fa', 'nb', 'vi'] as const;
export type Language = (typeof languages)[number];

export { localeOf } from '../../../shared/words';

export const directionOf = (language: Language): 'ltr' | 'rtl' =>
  language === 'fa' ? 'rtl' : 'ltr';

export function isLanguage(value: string): value is Language {
  return (languages as readonly string[]).includes(value);
}

/** The browser's preferred language when we support it, else English. */
export function preferredLanguage(): Language {
  const wanted = navigator.languages.map((tag) => tag.toLowerCase().split('-')[0] ?? '');
  const map: Record<string, Language> = { no: 'nb', nn: 'nb' };
  for (const tag of wanted) {
    const language = map[tag] ?? tag;
    if (isLanguage(language)) return language;
  }
  return 'en';
}
