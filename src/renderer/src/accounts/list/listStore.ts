import { create } from 'zustand';
import type { AccountKind, Lifecycle, SalesForce } from '../../../../shared/domain/enums';
import type { AccountListQuery } from '../../../../shared/domain/account';
import type { Language } from '../../i18n/languages';

export type AccountSort = NonNullable<AccountListQuery['sort']>;
export type AccountSortKey = AccountSort['key'];

export interface AccountFilter {
  kind: AccountKind[];
  salesForce: SalesForce[];
  lifecycle: Lifecycle[];
  ownerId: string | null;
  notContactedInDays: number | null;
}

const noFilter: AccountFilter = {
  kind: [],
  salesForce: [],
  lifecycle: [],
  ownerId: null,
  notContactedInDays: null,
};

interface AccountListState {
  filter: AccountFilter;
  sort: AccountSort;
  setFilter: (patch: Partial<AccountFilter>) => void;
  clearFilter: () => void;
  setSort: (sort: AccountSort) => void;
  /** Whose accounts the list opened on, once per profile (see listOpensOn). */
  openedFor: string | null;
  openFor: (memberId: string, ownerId: string | null) => void;
}

/** UI state of the account list; survives leaving the list and coming back. */
export const useAccountListStore = create<AccountListState>()((set) => ({
  filter: noFilter,
  sort: { key: 'name', desc: false },
  setFilter: (patch) => set((state) => ({ filter: { ...state.filter, ...patch } })),
  clearFilter: () => set({ filter: noFilter }),
  setSort: (sort) => set({ sort }),
  openedFor: null,
  openFor: (memberId, ownerId) => set({ openedFor: memberId, filter: { ...noFilter, ownerId } }),
}));

/** What the list asks for: its filters, its order, and the language names sort in. */
export type ListQuery = Pick<AccountListQuery, 'filter' | 'sort' | 'language'>;

export function toListQuery(
  filter: AccountFilter,
  sort: AccountSort,
  language: Language,
): ListQuery {
  return {
    language,
    filter: {
      ...(filter.kind.length ? { kind: filter.kind } : {}),
      ...(filter.salesForce.length ? { salesForce: filter.salesForce } : {}),
      ...(filter.lifecycle.length ? { lifecycle: filter.lifecycle } : {}),
      ...(filter.ownerId ? { ownerId: [filter.ownerId] } : {}),
      ...(filter.notContactedInDays ? { notContactedInDays: filter.notContactedInDays } : {}),
    },
    sort,
  };
}
