import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/client';
import { queryClient } from '../../api/queryClient';
import { useAbilities } from '../../staffing/queries';
import type { ListQuery } from './listStore';
import { PAGE_SIZE, pageQuery } from './useAccountPages';

/**
 * The accounts of rows `first..last` the member may staff, asked of the write rule a page
 * at a time (the page's rows come from the list's own cache). Null when the member never
 * staffs (a rep): the list then has no staffing column at all.
 */
export function useStaffableRows(query: ListQuery, first: number, last: number) {
  const staffs = useAbilities([]).data?.staffs ?? false;
  const offsets: number[] = [];
  for (
    let offset = Math.floor(first / PAGE_SIZE) * PAGE_SIZE;
    offset <= last;
    offset += PAGE_SIZE
  ) {
    offsets.push(offset);
  }
  const pages = useQueries({
    queries: offsets.map((offset) => ({
      // under `accounts`: a staffing or an owner change asks again
      queryKey: ['accounts', 'abilities', 'list', query, offset],
      queryFn: async () => {
        const page = await queryClient.ensureQueryData(pageQuery(query, offset));
        const { staffable } = await api.abilities({ accountIds: page.rows.map((r) => r.id) });
        return staffable;
      },
      enabled: staffs,
    })),
  });
  if (!staffs) return null;
  return new Set(pages.flatMap((page) => page.data ?? []));
}
