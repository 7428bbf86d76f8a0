import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

/** Under `accounts`, so every account write (a field, an owner change) refreshes it too. */
export function useAccountHistory(accountId: string) {
  return useQuery({
    queryKey: ['accounts', 'history', accountId],
    queryFn: () => api.accountHistory({ accountId }),
  });
}
