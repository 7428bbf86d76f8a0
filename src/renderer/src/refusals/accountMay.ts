import { createContext, useContext } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { AccountAbilities } from '../../../shared/domain/abilities';
import { api } from '../api/client';

/**
 * What the signed-in person may change on one account, asked of the write rule once per
 * screen (the 360, the account form). Under `accounts`, so every write asks again: a
 * staffing can give or take a rep their rights on it.
 */
export function useAccountAbilities(accountId: string) {
  return useQuery({
    queryKey: ['accounts', 'accountAbilities', accountId],
    queryFn: () => api.accountAbilities({ accountId }),
  });
}

/** The answer for the account on screen, given by the page that asked it. */
export const AccountMay = createContext<AccountAbilities | null>(null);

export type ChangeKind = 'account' | 'records' | 'cover';

/**
 * Why a change of this kind (of this account field) is refused, in the core's words;
 * null when the write behind the control would pass.
 */
export function useRefusal(kind: ChangeKind, field?: string): string | null {
  const may = useContext(AccountMay);
  if (!may) throw new Error('useRefusal is asked outside an account screen (AccountMay)');
  if (kind === 'account' && field !== undefined) return may.fields[field] ?? may.account;
  return may[kind];
}
