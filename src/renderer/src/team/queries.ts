import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf, ResultOf } from '../../../shared/api';
import { api } from '../api/client';
import { keys } from '../api/keys';

/** react-query keys of the team's reference data; `team` is their prefix. */
export const teamKeys = {
  all: ['team'] as const,
  teams: ['team', 'teams'] as const,
  territories: ['team', 'territories'] as const,
};

/** Every team (archived ones too, for the editors), with its lead and template of functions. */
export function useTeams(includeArchived = false) {
  return useQuery({
    queryKey: [...teamKeys.teams, includeArchived],
    queryFn: () => api.listTeams({ includeArchived }),
  });
}

/** Every territory, with its rules. */
export function useTerritories(includeArchived = false) {
  return useQuery({
    queryKey: [...teamKeys.territories, includeArchived],
    queryFn: () => api.listTerritories({ includeArchived }),
  });
}

/** The editors' writes: members, teams and territories made, changed or archived. */
export type TeamWrite =
  | 'createTeamMember'
  | 'updateTeamMember'
  | 'archiveTeamMember'
  | 'createTeam'
  | 'updateTeam'
  | 'archiveTeam'
  | 'createTerritory'
  | 'updateTerritory'
  | 'archiveTerritory';

/**
 * One of the editors' writes; then every screen that names members, teams or territories
 * reads again (owners in the list, who may staff what).
 */
export function useTeamWrite<M extends TeamWrite>(method: M) {
  const client = useQueryClient();
  const write = api[method] as (input: InputOf<M>) => Promise<ResultOf<M>>;
  return useMutation({
    mutationFn: (input: InputOf<M>) => write(input),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: teamKeys.all }),
        client.invalidateQueries({ queryKey: keys.teamMembers }),
        client.invalidateQueries({ queryKey: keys.profile }),
        client.invalidateQueries({ queryKey: keys.accounts }),
      ]),
  });
}
