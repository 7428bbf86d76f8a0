import { create } from 'zustand';
import type { AccountListQuery } from '../../../shared/domain/account';
import { api } from '../api/client';

/** The most rows one page of the list gives: a shift-click range is read in such pages. */
const PAGE = 1000;

interface Selection {
  /** The list query the selection was made in: another filter starts a new one. */
  scope: string;
  ids: ReadonlySet<string>;
  /** Every account the filter keeps, across every page (up to the whole book). */
  all: boolean;
  /** The row clicked last, where a shift-click range starts. */
  anchor: number | null;
  toggle(id: string, index: number): void;
  addRange(ids: readonly string[], index: number): void;
  selectAll(): void;
  clear(): void;
  inScope(scope: string): void;
}

/** Accounts picked in the list, to move them to a rep (issue 20). */
export const useSelection = create<Selection>()((set, get) => ({
  scope: '',
  ids: new Set(),
  all: false,
  anchor: null,
  toggle: (id, index) => {
    const ids = new Set(get().ids);
    if (ids.has(id)) ids.delete(id);
    else ids.add(id);
    set({ ids, anchor: index });
  },
  addRange: (more, index) => set({ ids: new Set([...get().ids, ...more]), anchor: index }),
  selectAll: () => set({ all: true, ids: new Set(), anchor: null }),
  clear: () => set({ all: false, ids: new Set(), anchor: null }),
  inScope: (scope) => {
    if (get().scope !== scope) set({ scope, all: false, ids: new Set(), anchor: null });
  },
}));

/** The ids of the rows `from`–`to` (inclusive) of the list as it is sorted now. */
export async function idsBetween(
  query: Pick<AccountListQuery, 'filter' | 'sort' | 'language'>,
  from: number,
  to: number,
): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = from; offset <= to; offset += PAGE) {
    const page = await api.listAccounts({
      ...query,
      offset,
      limit: Math.min(PAGE, to - offset + 1),
    });
    ids.push(...page.rows.map((r) => r.id));
  }
  return ids;
}
