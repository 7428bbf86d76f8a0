import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { AccountCreateInput, AccountUpdateInput } from '../../../shared/domain/account';

export function useAccount(id: string) {
  return useQuery({ queryKey: keys.account(id), queryFn: () => api.getAccount({ id }) });
}

function useInvalidateAccounts() {
  const client = useQueryClient();
  return async () => {
    await Promise.all([
      client.invalidateQueries({ queryKey: keys.accounts }),
      client.invalidateQueries({ queryKey: keys.searchAll }),
    ]);
  };
}

export function useCreateAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (input: AccountCreateInput) => api.createAccount(input),
    onSuccess: invalidate,
  });
}

export function useUpdateAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (input: AccountUpdateInput) => api.updateAccount(input),
    onSuccess: invalidate,
  });
}

/** Hands the account to another owner (a lead's call; the core refuses a rep). */
export function useSetAccountOwner() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (input: { accountId: string; memberId: string }) => api.setAccountOwner(input),
    onSuccess: invalidate,
  });
}

export function useArchiveAccount() {
  const invalidate = useInvalidateAccounts();
  return useMutation({
    mutationFn: (input: { id: string; archived: boolean }) => api.archiveAccount(input),
    onSuccess: invalidate,
  });
}
