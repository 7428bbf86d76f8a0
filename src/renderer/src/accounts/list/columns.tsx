import { useMemo } from 'react';
import { Anchor, VisuallyHidden } from '@mantine/core';
import { createColumnHelper } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { AccountListRow } from '../../../../shared/domain/account';
import { useEnumLabel } from '../../app/enumOptions';
import { useFormat } from '../../i18n/format';
import { paths } from '../../app/router';
import { StaffCell } from './StaffCell';
import { SelectAllCell, SelectCell } from '../../move/SelectCell';
import type { ListQuery } from './listStore';

/** A loaded row of the list and where it sits in the whole result. */
export interface ListRow {
  index: number;
  account: AccountListRow;
}

const column = createColumnHelper<ListRow>();

/**
 * Column ids equal the server's sort keys where a column can be sorted. `staffs`: the
 * member sets who covers accounts (not a rep), so rows offer "Staff" where allowed.
 * `picking`: the member may move accounts, so each row has a box to pick it.
 */
export function useAccountColumns(
  staffs: boolean,
  picking: { query: ListQuery; total: number } | null,
) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  return useMemo(() => {
    const text = (value: string | null) => value ?? t('app.empty');
    return [
      ...(picking
        ? [
            column.display({
              id: 'pick',
              header: () => <SelectAllCell total={picking.total} />,
              size: 44,
              cell: (c) => (
                <SelectCell
                  id={c.row.original.account.id}
                  name={c.row.original.account.name}
                  index={c.row.original.index}
                  query={picking.query}
                />
              ),
            }),
          ]
        : []),
      column.accessor((r) => r.account.name, {
        id: 'name',
        header: t('fields.name'),
        size: 280,
        // Sites of one customer share the start of their name: the whole name on hover.
        cell: (c) => (
          <Anchor href={paths.account(c.row.original.account.id)} size="sm" title={c.getValue()}>
            {c.getValue()}
          </Anchor>
        ),
      }),
      // What a rep works by: right after the name, in view without scrolling sideways.
      column.accessor((r) => r.account.lastContactAt, {
        id: 'lastContact',
        header: t('fields.lastContact'),
        size: 150,
        cell: (c) => {
          const at = c.getValue();
          return at ? format.date(at.slice(0, 10)) : t('accounts.neverContacted');
        },
      }),
      column.accessor((r) => r.account.health, {
        id: 'health',
        header: t('fields.health'),
        size: 120,
        cell: (c) => {
          const score = c.getValue();
          return score === null ? t('accounts.notAssessed') : format.number(score);
        },
      }),
      column.accessor((r) => r.account.kind, {
        id: 'kind',
        header: t('fields.kind'),
        enableSorting: false,
        cell: (c) => label('accountKind', c.getValue()),
      }),
      column.accessor((r) => r.account.city, {
        id: 'city',
        header: t('fields.city'),
        cell: (c) => text(c.getValue()),
      }),
      column.accessor((r) => r.account.country, {
        id: 'country',
        header: t('fields.country'),
        size: 110,
        cell: (c) => text(c.getValue()),
      }),
      column.accessor((r) => r.account.lifecycle, {
        id: 'lifecycle',
        header: t('fields.lifecycle'),
        cell: (c) => label('lifecycle', c.getValue()),
      }),
      column.accessor((r) => r.account.tier, {
        id: 'tier',
        header: t('fields.tier'),
        size: 120,
        cell: (c) => label('tier', c.getValue()),
      }),
      column.accessor((r) => r.account.salesForce, {
        id: 'salesForce',
        header: t('fields.salesForce'),
        enableSorting: false,
        cell: (c) => label('salesForce', c.getValue()),
      }),
      column.accessor((r) => r.account.ownerName, {
        id: 'owner',
        header: t('fields.owner'),
        size: 190,
        cell: (c) => text(c.getValue()),
      }),
      ...(staffs
        ? [
            column.display({
              id: 'staff',
              header: () => <VisuallyHidden>{t('staffing.actions')}</VisuallyHidden>,
              size: 110,
              cell: (c) => <StaffCell account={c.row.original.account} />,
            }),
          ]
        : []),
    ];
  }, [t, label, format, staffs, picking]);
}
