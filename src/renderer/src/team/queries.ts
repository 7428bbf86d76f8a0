import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client';

/** react-query keys of the team's reference data; `team` is their prefix. */
export const teamKeys = {
  all: ['team'] as const,
  teams: ['team', 'teams'] as const,
  territories: ['team', 'territories'] as const,
};

/** Every team, with its lead and template of functions; a handful, read whole. */
export function useTeams() {
  return useQuery({ queryKey: teamKeys.teams, queryFn: () => api.listTeams({}) });
}

/** Every territory, with its rules. */
export function useTerritories() {
  return useQuery({ queryKey: teamKeys.territories, queryFn: () => api.listTerritories({}) });
}
