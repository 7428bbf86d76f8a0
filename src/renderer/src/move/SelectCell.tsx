import { Checkbox } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountListQuery } from '../../../shared/domain/account';
import { useFormat } from '../i18n/format';
import { idsBetween, useSelection } from './selectionStore';

type Query = Pick<AccountListQuery, 'filter' | 'sort' | 'language'>;

/**
 * A row's check box: a click picks or drops the account, a shift-click every row from
 * the last one clicked to this one (read from the list, on pages not loaded too).
 */
export function SelectCell({
  id,
  name,
  index,
  query,
}: {
  id: string;
  name: string;
  index: number;
  query: Query;
}) {
  const { t } = useTranslation();
  const { ids, all, anchor, toggle, addRange } = useSelection();
  const onClick = (event: MouseEvent<HTMLInputElement>) => {
    event.stopPropagation();
    if (event.shiftKey && anchor !== null && anchor !== index) {
      const [from, to] = anchor < index ? [anchor, index] : [index, anchor];
      void idsBetween(query, from, to).then((range) => addRange(range, index));
    } else toggle(id, index);
  };
  return (
    <Checkbox
      aria-label={t('move.select', { name })}
      checked={all || ids.has(id)}
      disabled={all}
      onClick={onClick}
      onChange={() => undefined}
    />
  );
}

/** The header's box: every account the filter keeps, on every page. */
export function SelectAllCell({ total }: { total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { all, selectAll, clear } = useSelection();
  return (
    <Checkbox
      aria-label={t('move.selectAll', { count: total, n: format.number(total) })}
      checked={all}
      onChange={() => (all ? clear() : selectAll())}
    />
  );
}
