import { useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/api';
import { api } from '../api/client';

/** The coverage gaps, asked again each time the page opens (a fix elsewhere closes one). */
export function useCoverageGaps(query: InputOf<'coverageGaps'>) {
  return useQuery({
    queryKey: ['gaps', query],
    queryFn: () => api.coverageGaps(query),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}
