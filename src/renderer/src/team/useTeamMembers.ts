import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';

export function useTeamMembers() {
  return useQuery({ queryKey: keys.teamMembers, queryFn: () => api.listTeamMembers({}) });
}

/** Options for a member select, sorted by name in the current language. */
export function useMemberOptions(locale: string) {
  const { data } = useTeamMembers();
  return useMemo(() => {
    const collator = new Intl.Collator(locale);
    return (data ?? [])
      .map((member) => ({ value: member.id, label: member.name }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [data, locale]);
}
