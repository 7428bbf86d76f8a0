import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { englishWords } from '../i18n';
import { localeOf } from '../i18n/languages';
import { useLanguageStore } from '../i18n/languageStore';
import { labelKeys, translateIssue } from './issueText';

const englishLabels = labelKeys(englishWords);

/** A message in gives a message out; no message (a field without error) gives none. */
interface IssueText {
  (message: string, label?: string): string;
  (message: string | null | undefined, label?: string): string | undefined;
}

/**
 * Field and form errors in the user's language: `issueText(message, label?)`. Every place
 * that shows a schema's or the core's message goes through it.
 */
export function useIssueText() {
  const { t } = useTranslation();
  const language = useLanguageStore((s) => s.language);
  const words = useMemo(() => {
    const digits = new Intl.NumberFormat(localeOf[language]);
    return {
      t: (key: string, values: Record<string, string>) => t(key, values),
      number: (value: number) => digits.format(value),
      label: (english: string) => {
        const key = englishLabels.get(english);
        return key ? t(key) : english;
      },
    };
  }, [t, language]);
  return useMemo(
    () =>
      ((message: string | null | undefined, label?: string) =>
        message ? translateIssue(message, words, label) : undefined) as IssueText,
    [words],
  );
}
