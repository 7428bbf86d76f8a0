import { useQuery } from '@tanstack/react-query';
import { SCOPES_BY_ROLE, type SelectionScope } from '../../../shared/domain/selection';
import { api } from '../api/client';
import { keys } from '../api/keys';

/** Under `accounts`, so that any change to an account redraws the chart. */
const pointsKey = (scope: SelectionScope) => [...keys.accounts, 'selection', scope] as const;

/** Waits for the profile: until then it is not known which scopes may be asked for. */
export function useSelectionPoints(scope: SelectionScope | undefined) {
  return useQuery({
    queryKey: pointsKey(scope ?? 'mine'),
    queryFn: () => api.selectionPoints({ scope: scope ?? 'mine' }),
    enabled: scope !== undefined,
  });
}

/** The scopes the signed-in member may look at, the widest last; undefined while loading. */
export function useScopes(): SelectionScope[] | undefined {
  const profile = useQuery({ queryKey: keys.profile, queryFn: () => api.profile({}) });
  if (!profile.data) return undefined;
  const role = profile.data.member?.appRole;
  return role ? SCOPES_BY_ROLE[role] : ['mine'];
}
