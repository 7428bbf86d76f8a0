import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export type EnumName =
  | 'accountKind'
  | 'lifecycle'
  | 'salesForce'
  | 'tier'
  | 'relationshipStyle'
  | 'buyingRole'
  | 'channel'
  | 'coverageRole'
  | 'memberFunction';

/** Translated labels for the domain's fixed vocabularies (src/shared/domain/enums.ts). */
export function useEnumLabel() {
  const { t } = useTranslation();
  return useCallback(
    (name: EnumName, value: string | null | undefined): string =>
      value ? t(`enum.${name}.${value}`, { defaultValue: value }) : t('app.empty'),
    [t],
  );
}

export function useEnumOptions<V extends string>(name: EnumName, values: readonly V[]) {
  const label = useEnumLabel();
  return values.map((value) => ({ value, label: label(name, value) }));
}
