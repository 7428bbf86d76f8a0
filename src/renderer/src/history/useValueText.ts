import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '../../../shared/domain/history';
import { useEnumLabel, type EnumName } from '../app/enumOptions';
import { useFormat } from '../i18n/format';

/** The fields whose values are one of the domain's vocabularies (a tier is its letter). */
const ENUMS: Partial<Record<string, EnumName>> = {
  kind: 'accountKind',
  lifecycle: 'lifecycle',
  relationshipStyle: 'relationshipStyle',
  salesForce: 'salesForce',
  role: 'coverageRole',
};
const DAYS = new Set(['validFrom', 'validTo', 'customerSince', 'endedOn']);

/**
 * A logged value as a person reads it, in their language: a vocabulary's label, a day
 * in their calendar, a share as a percentage, the name of the row an id points to.
 */
export function useValueText(names: Readonly<Record<string, string>>) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  return useCallback(
    (field: string, value: FieldChange['after']): string => {
      if (value === null || value === '') return t('history.empty');
      if (typeof value === 'boolean') return value ? t('history.yes') : t('history.no');
      if (typeof value === 'number') {
        return field === 'creditShare' ? format.percent(value) : format.number(value);
      }
      if (typeof value !== 'string') return JSON.stringify(value);
      const vocabulary = ENUMS[field];
      if (vocabulary) return label(vocabulary, value);
      if (DAYS.has(field)) return format.date(value);
      if (field === 'country') return format.country(value);
      return names[value] ?? value;
    },
    [t, label, format, names],
  );
}
