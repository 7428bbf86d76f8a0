import { useEffect } from 'react';
import { useDirection } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { applyDocumentLanguage, loadLanguage } from '../i18n';
import { directionOf } from '../i18n/languages';
import { useLanguageStore } from '../i18n/languageStore';

/** Keeps i18next, <html lang/dir> and Mantine's direction in step with the chosen language. */
export function LanguageSync() {
  const language = useLanguageStore((s) => s.language);
  const { i18n } = useTranslation();
  const { setDirection } = useDirection();
  useEffect(() => {
    applyDocumentLanguage(language);
    setDirection(directionOf(language));
    void loadLanguage(language).then(() => i18n.changeLanguage(language));
  }, [language, i18n, setDirection]);
  return null;
}
