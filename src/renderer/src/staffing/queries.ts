import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/api';
import { api } from '../api/client';
import { keys } from '../api/keys';

/**
 * Under `accounts`, so every account write (a staffing, an owner change) asks again:
 * what a lead may staff follows who covers the account.
 */
const staffingKeys = {
  abilities: (accountIds: readonly string[]) => ['accounts', 'abilities', ...accountIds] as const,
  staffing: (accountId: string) => ['accounts', 'staffing', accountId] as const,
};

/** What the signed-in member may do on these accounts and on the team (the write rule's answer). */
export function useAbilities(accountIds: readonly string[], enabled = true) {
  return useQuery({
    queryKey: staffingKeys.abilities(accountIds),
    queryFn: () => api.abilities({ accountIds: [...accountIds] }),
    enabled,
  });
}

/** The account's staffing today, and what its team's template still lacks. */
export function useStaffing(accountId: string, enabled = true) {
  return useQuery({
    queryKey: staffingKeys.staffing(accountId),
    queryFn: () => api.getStaffing({ accountId }),
    enabled,
  });
}

/** Saves an account's whole staffing as one write; every account screen then reads again. */
export function useStaffAccount() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'staffAccount'>) => api.staffAccount(input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keys.accounts }),
        client.invalidateQueries({ queryKey: keys.searchAll }),
      ]),
  });
}
