import { useTranslation } from 'react-i18next';
import { humanize } from './values';

/** What a changed row and field are called in the user's language. */
export function useWords() {
  const { t } = useTranslation();
  return {
    table: (table: string, english: string) => t(`sync.tables.${table}`, { defaultValue: english }),
    field: (field: string) => t(`fields.${field}`, { defaultValue: humanize(field) }),
  };
}
