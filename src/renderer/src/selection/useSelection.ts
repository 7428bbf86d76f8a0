import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import {
  SCOPES_BY_ROLE,
  type SelectionLabel,
  type SelectionScope,
} from '../../../shared/domain/selection';
import { api } from '../api/client';
import { keys } from '../api/keys';

/** Under `accounts`, so that any change to an account redraws the chart. */
const pointsKey = (scope: SelectionScope) => [...keys.accounts, 'selection', scope] as const;
const labelsKey = (ids: string[]) => [...keys.accounts, 'selection-labels', ...ids] as const;

/** Waits for the profile: until then it is not known which scopes may be asked for. */
export function useSelectionPoints(scope: SelectionScope | undefined) {
  return useQuery({
    queryKey: pointsKey(scope ?? 'mine'),
    queryFn: () => api.selectionPoints({ scope: scope ?? 'mine' }),
    enabled: scope !== undefined,
  });
}

/** The names and exact amounts of a table page's accounts. */
export function useSelectionLabels(ids: string[]) {
  return useQuery({
    queryKey: labelsKey(ids),
    queryFn: () => api.selectionLabels({ ids }),
  });
}

/** The label of the account under the pointer, fetched once and then kept with the rest. */
export function useLabelOf(): (id: string) => Promise<SelectionLabel | undefined> {
  const client = useQueryClient();
  return useCallback(
    async (id) => {
      const found = await client.fetchQuery({
        queryKey: labelsKey([id]),
        queryFn: () => api.selectionLabels({ ids: [id] }),
        staleTime: 60_000,
      });
      return found[0];
    },
    [client],
  );
}

/** The scopes the signed-in member may look at, the widest last; undefined while loading. */
export function useScopes(): SelectionScope[] | undefined {
  const profile = useQuery({ queryKey: keys.profile, queryFn: () => api.profile({}) });
  if (!profile.data) return undefined;
  const role = profile.data.member?.appRole;
  return role ? SCOPES_BY_ROLE[role] : ['mine'];
}
