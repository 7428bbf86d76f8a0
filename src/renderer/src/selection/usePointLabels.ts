import { format as echartsFormat } from 'echarts/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { STYLES, type SelectionPoints } from '../../../shared/domain/selection';
import { useEnumLabel } from '../app/enumOptions';
import { useFormat } from '../i18n/format';

/** A point's tooltip: the account's name (isolated, for Persian pages), style and amounts. */
export function usePointLabels(points: SelectionPoints, currency: string) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  return useCallback(
    (i: number) => {
      const html = echartsFormat.encodeHTML;
      const line = (name: string, value: string) =>
        `${html(name)}: <span dir="ltr">${html(value)}</span>`;
      return [
        `<strong><bdi dir="auto">${html(points.names[i]!)}</bdi></strong>`,
        html(label('relationshipStyle', STYLES[points.style[i]!])),
        line(t('selection.profit'), format.money(points.profit[i]!, currency)),
        line(t('selection.cost'), format.money(points.cost[i]!, currency)),
      ].join('<br/>');
    },
    [points, currency, t, label, format],
  );
}
