import { useEffect, useMemo, useRef } from 'react';
import type { CSSProperties } from 'react';
import { Text, UnstyledButton } from '@mantine/core';
import { flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import type { Header, Row, SortingState, Updater } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { AccountListQuery, AccountPage } from '../../../../shared/domain/account';
import { AccountSortKey } from '../../../../shared/domain/account';
import { navigate, paths } from '../../app/router';
import { useAccountColumns } from './columns';
import type { ListRow } from './columns';
import type { AccountSort } from './listStore';
import { useAccountRows } from './useAccountPages';
import { useFirstListMark } from './useFirstListMark';
import { startDrag } from '../../move/drag';
import { StaffableContext } from './StaffCell';
import { useStaffableRows } from './useStaffableRows';

const ROW_HEIGHT = 40;
const NONE: ReadonlySet<string> = new Set();
const HEADER_HEIGHT = 44;

interface Props {
  query: Pick<AccountListQuery, 'filter' | 'sort' | 'language'>;
  firstPage: AccountPage | undefined;
  /** The member may move accounts: each row gets a box to pick it. */
  picks: boolean;
  sort: AccountSort;
  onSort: (sort: AccountSort) => void;
}

/** The account list: only the rows on screen are in the DOM; their pages load on demand. */
export function AccountTable({ query, firstPage, picks, sort, onSort }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = firstPage?.total ?? 0;
  // This build runs without the React Compiler, so nothing memoizes around the virtualizer.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const { rows, error } = useAccountRows(
    query,
    firstPage,
    items[0]?.index ?? 0,
    items.at(-1)?.index ?? -1,
  );
  useFirstListMark(rows.length > 0);
  const staffable = useStaffableRows(query, items[0]?.index ?? 0, items.at(-1)?.index ?? -1);

  const queryKey = JSON.stringify(query);
  const picking = useMemo(
    () => (picks ? { query: JSON.parse(queryKey) as typeof query, total } : null),
    [picks, queryKey, total],
  );
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [queryKey]);

  const sorting: SortingState = [{ id: sort.key, desc: sort.desc }];
  const onSortingChange = (updater: Updater<SortingState>) => {
    const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
    const key = AccountSortKey.safeParse(next?.id);
    if (next && key.success) onSort({ key: key.data, desc: next.desc });
  };
  const table = useReactTable({
    data: rows,
    columns: useAccountColumns(staffable !== null, picking),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => String(row.index),
    state: { sorting },
    onSortingChange,
    manualSorting: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    // Rows change as pages arrive; no table-side paging state may reset in response.
    autoResetAll: false,
  });
  const byIndex = new Map(table.getRowModel().rows.map((row) => [row.original.index, row]));
  const template = table
    .getVisibleLeafColumns()
    .map((c) => `minmax(${c.getSize()}px, ${c.getSize()}fr)`)
    .join(' ');
  const minWidth = table.getVisibleLeafColumns().reduce((sum, c) => sum + c.getSize(), 0);

  return (
    <StaffableContext.Provider value={staffable ?? NONE}>
      <div
        ref={scrollRef}
        className="account-table"
        style={{ '--account-table-width': `${minWidth}px` } as CSSProperties}
        role="table"
        aria-label={t('accounts.table')}
        aria-rowcount={total + 1}
      >
        <div role="rowgroup" className="account-table-head">
          {table.getHeaderGroups().map((group) => (
            <div
              role="row"
              aria-rowindex={1}
              key={group.id}
              className="account-table-row"
              style={{ gridTemplateColumns: template, height: HEADER_HEIGHT }}
            >
              {group.headers.map((header) => (
                <HeaderCell key={header.id} header={header} />
              ))}
            </div>
          ))}
        </div>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => (
            <BodyRow
              key={item.key}
              index={item.index}
              row={byIndex.get(item.index)}
              template={template}
              top={item.start - HEADER_HEIGHT}
              loadingLabel={error ? error.message : t('accounts.loadingRow')}
              draggable={picks}
            />
          ))}
        </div>
      </div>
    </StaffableContext.Provider>
  );
}

function HeaderCell({ header }: { header: Header<ListRow, unknown> }) {
  const sorted = header.column.getIsSorted();
  const label = flexRender(header.column.columnDef.header, header.getContext());
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined;
  return (
    <div role="columnheader" aria-sort={ariaSort} className="account-table-cell">
      {header.column.getCanSort() ? (
        <UnstyledButton onClick={header.column.getToggleSortingHandler()} fw={600} fz="sm">
          {label}
          {sorted && <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : ' ▼'}</span>}
        </UnstyledButton>
      ) : (
        <Text fw={600} fz="sm">
          {label}
        </Text>
      )}
    </div>
  );
}

interface BodyRowProps {
  index: number;
  row: Row<ListRow> | undefined;
  template: string;
  top: number;
  loadingLabel: string;
  /** The member may move accounts: a row can be dragged onto a rep of the board. */
  draggable: boolean;
}

function BodyRow({ index, row, template, top, loadingLabel, draggable }: BodyRowProps) {
  const style = {
    gridTemplateColumns: template,
    height: ROW_HEIGHT,
    transform: `translateY(${top}px)`,
  };
  if (!row) {
    return (
      <div
        role="row"
        aria-rowindex={index + 2}
        aria-busy="true"
        className="account-table-row account-table-body-row"
        style={style}
      >
        <div role="cell" className="account-table-cell">
          <Text c="dimmed" fz="sm">
            {loadingLabel}
          </Text>
        </div>
      </div>
    );
  }
  const id = row.original.account.id;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className="account-table-row account-table-body-row"
      data-archived={row.original.account.archived || undefined}
      style={style}
      draggable={draggable || undefined}
      onDragStart={(event) => draggable && startDrag(event, id, row.original.account.name, index)}
      onClick={(event) => {
        if (!(event.target instanceof HTMLAnchorElement)) navigate(paths.account(id));
      }}
    >
      {row.getVisibleCells().map((cell) => (
        // Each cell takes its text's own direction (a Latin name in Persian, a Persian one
        // in English), so it is cut at its end, not its start, and punctuation stays put.
        <div role="cell" key={cell.id} className="account-table-cell" dir="auto">
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </div>
  );
}
