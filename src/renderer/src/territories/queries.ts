import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SuggestionApplyInput } from '../../../shared/domain/suggestions';
import { api } from '../api/client';
import { keys } from '../api/keys';

/** Under `accounts`: an owner change anywhere makes the preview stale. */
const suggestionsKey = ['accounts', 'territorySuggestions'] as const;

/** The preview of a territory run over the signed-in member's book. */
export function useOwnerSuggestions() {
  return useQuery({ queryKey: suggestionsKey, queryFn: () => api.suggestOwners({}) });
}

/** Applies suggestions; every account screen (and the preview) is read again after. */
export function useApplySuggestions() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SuggestionApplyInput) => api.applyOwnerSuggestions(input),
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.accounts }),
        client.invalidateQueries({ queryKey: keys.searchAll }),
      ]);
    },
  });
}
