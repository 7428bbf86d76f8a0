import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/api';
import { api } from '../api/client';
import { keys } from '../api/keys';

/** react-query keys of My week; `week` is the prefix of them all. */
export const weekKeys = {
  all: ['week'] as const,
  agenda: (memberId: string | null, from: string) => ['week', memberId, from] as const,
};

/**
 * The agenda of seven days from `from`; asked again each time the page opens, since a
 * visit logged on an account page or a sync may have changed it (the core answers fast).
 */
export function useMyWeek(memberId: string | null, from: string) {
  return useQuery({
    queryKey: weekKeys.agenda(memberId, from),
    queryFn: () => api.myWeek({ memberId: memberId ?? undefined, from, days: 7 }),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}

export function useProfile() {
  return useQuery({ queryKey: keys.profile, queryFn: () => api.profile({}) });
}

/** Records a follow-up or greeting as done; the agenda and the account's history change. */
export function useCompleteAgendaItem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'completeAgendaItem'>) => api.completeAgendaItem(input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: weekKeys.all }),
        client.invalidateQueries({ queryKey: keys.accounts }),
      ]),
  });
}
