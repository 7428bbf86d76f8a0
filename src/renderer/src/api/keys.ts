import type { AccountListQuery } from '../../../shared/domain/account';

/** react-query keys; writes invalidate by prefix (`accounts`, `search`). */
export const keys = {
  accounts: ['accounts'] as const,
  accountPage: (query: Pick<AccountListQuery, 'filter' | 'sort' | 'language'>, offset: number) =>
    ['accounts', 'list', query, offset] as const,
  account: (id: string) => ['accounts', 'detail', id] as const,
  teamMembers: ['teamMembers'] as const,
  profile: ['profile'] as const,
  search: (text: string) => ['search', text] as const,
  searchAll: ['search'] as const,
};
