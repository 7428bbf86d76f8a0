import { format as echartsFormat } from 'echarts/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { STYLES, type SelectionLabel } from '../../../shared/domain/selection';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';

/**
 * A point's tooltip: the account's name (isolated, for Persian pages), style and exact
 * amounts; until its label has come, the style and a word that it is on its way.
 */
export function usePointLabels(currency: string) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  return useCallback(
    (style: number, account: SelectionLabel | undefined) => {
      const html = echartsFormat.encodeHTML;
      const styleLine = html(label('relationshipStyle', STYLES[style]));
      if (!account) return [html(t('selection.loading')), styleLine].join('<br/>');
      const line = (name: string, value: string) =>
        `${html(name)}: <span dir="ltr">${html(value)}</span>`;
      return [
        `<strong><bdi dir="auto">${html(account.name)}</bdi></strong>`,
        styleLine,
        line(t('selection.profit'), format.money(account.profit, currency)),
        line(t('selection.cost'), format.money(account.cost, currency)),
      ].join('<br/>');
    },
    [currency, t, label, format],
  );
}
