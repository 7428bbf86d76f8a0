import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { AccountListRow, AccountPage } from '../../../../shared/domain/account';
import { api } from '../../api/client';
import { keys } from '../../api/keys';
import { queryClient } from '../../api/queryClient';
import { useLanguageStore } from '../../i18n/languageStore';
import { toListQuery, useAccountListStore, type ListQuery } from './listStore';

export const PAGE_SIZE = 200;

export const pageQuery = (query: ListQuery, offset: number) => ({
  queryKey: keys.accountPage(query, offset),
  queryFn: (): Promise<AccountPage> => api.listAccounts({ ...query, offset, limit: PAGE_SIZE }),
});

/**
 * Asks for the list's first page as the app starts, before React draws anything, so
 * the answer travels while the shell is built (issue 13: first list ≤ 1 s at 100k).
 */
export function prefetchFirstAccountPage(): void {
  const { filter, sort } = useAccountListStore.getState();
  const query = toListQuery(filter, sort, useLanguageStore.getState().language);
  void queryClient.prefetchQuery(pageQuery(query, 0));
}

/** The first page; always held, its `total` sizes the scroll area. */
export function useFirstAccountPage(query: ListQuery, enabled = true) {
  return useQuery({ ...pageQuery(query, 0), placeholderData: keepPreviousData, enabled });
}

/** Rows `first..last` of the list, fetched page by page on demand and cached by offset. */
export function useAccountRows(
  query: ListQuery,
  firstPage: AccountPage | undefined,
  first: number,
  last: number,
) {
  const offsets: number[] = [];
  for (
    let offset = Math.floor(first / PAGE_SIZE) * PAGE_SIZE;
    offset <= last;
    offset += PAGE_SIZE
  ) {
    if (offset > 0) offsets.push(offset);
  }
  const pages = useQueries({ queries: offsets.map((offset) => pageQuery(query, offset)) });

  const loaded = new Map<number, AccountListRow[]>();
  if (firstPage) loaded.set(0, firstPage.rows);
  pages.forEach((page, i) => {
    const offset = offsets[i];
    if (page.data && offset !== undefined) loaded.set(offset, page.data.rows);
  });
  const rows: { index: number; account: AccountListRow }[] = [];
  for (let index = first; index <= last; index++) {
    const offset = Math.floor(index / PAGE_SIZE) * PAGE_SIZE;
    const account = loaded.get(offset)?.[index - offset];
    if (account) rows.push({ index, account });
  }
  return { rows, error: pages.find((page) => page.error)?.error ?? null };
}
