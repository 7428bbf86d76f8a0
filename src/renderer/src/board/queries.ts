import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

/**
 * The board of one team, or of every team the member may see (`teamId` null). Asked
 * again each time the page opens: a hand-over or a visit elsewhere changes it.
 */
export function useTeamBoard(teamId: string | null) {
  return useQuery({
    queryKey: ['board', teamId],
    queryFn: () => api.teamBoard(teamId ? { teamId } : {}),
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
}
