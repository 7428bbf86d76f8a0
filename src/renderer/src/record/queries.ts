import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { InteractionValues } from './formValues';

/** Under `accounts`, so writes to an account's contacts refresh the picker too. */
const contactsKey = (accountId: string) => ['accounts', 'contacts', accountId] as const;

export function useAccountContacts(accountId: string) {
  return useQuery({
    queryKey: contactsKey(accountId),
    queryFn: () => api.listContacts({ accountId }),
    enabled: accountId.length > 0,
  });
}

/** The account chosen in the dialog (shared with the account page's cache), none yet when empty. */
export function useChosenAccount(accountId: string) {
  return useQuery({
    queryKey: keys.account(accountId),
    queryFn: () => api.getAccount({ id: accountId }),
    enabled: accountId.length > 0,
  });
}

/** Queries an interaction leaves as they were; every other screen may show it. */
const untouched = new Set(['search', 'profile', 'teamMembers']);

/**
 * Saves an interaction, then refreshes what shows interactions: the account's
 * overview and timeline, My week's follow-ups, health and last contact in the list.
 */
export function useLogInteraction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (values: InteractionValues) => api.createInteraction(values),
    onSuccess: () =>
      client.invalidateQueries({ predicate: (query) => !untouched.has(String(query.queryKey[0])) }),
  });
}
