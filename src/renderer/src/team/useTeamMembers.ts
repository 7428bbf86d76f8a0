import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';

/** Every team member; `enabled: false` holds the request back (a 100k book has thousands). */
export function useTeamMembers(enabled = true) {
  return useQuery({
    queryKey: keys.teamMembers,
    queryFn: () => api.listTeamMembers({}),
    enabled,
  });
}

/** Options for a member select, sorted by name in the current language. */
export function useMemberOptions(locale: string, enabled = true) {
  const { data } = useTeamMembers(enabled);
  return useMemo(() => {
    const collator = new Intl.Collator(locale);
    return (data ?? [])
      .map((member) => ({ value: member.id, label: member.name }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [data, locale]);
}
