import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from '../i18n/languages';
import { useLanguageStore } from '../i18n/languageStore';

export function LanguageSelect() {
  const { t } = useTranslation();
  const language = useLanguageStore((s) => s.language);
  const setLanguage = useLanguageStore((s) => s.setLanguage);
  return (
    <Select
      aria-label={t('app.language')}
      data={languages.map((value) => ({ value, label: t(`languages.${value}`) }))}
      value={language}
      onChange={(value) => value && isLanguage(value) && setLanguage(value)}
      allowDeselect={false}
      w={150}
    />
  );
}
