import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import type { ConflictChoice } from '../../../shared/domain/sync';
import type { InputOf } from '../../../shared/api';

/** react-query keys of the sync screens; `sync` is the prefix of them all. */
export const syncKeys = {
  all: ['sync'] as const,
  status: ['sync', 'status'] as const,
  conflicts: ['sync', 'conflicts'] as const,
  rejected: ['sync', 'rejected'] as const,
};

/**
 * The status line. Edits elsewhere in the app do not know about sync, so while a
 * target is set the line also asks again every few seconds (a count on an index).
 */
export function useSyncStatus() {
  return useQuery({
    queryKey: syncKeys.status,
    queryFn: () => api.syncStatus({}),
    refetchInterval: (query) => (query.state.data?.target ? 15_000 : false),
  });
}

export function useConflicts() {
  return useQuery({ queryKey: syncKeys.conflicts, queryFn: () => api.listConflicts({}) });
}

export function useRejected() {
  return useQuery({ queryKey: syncKeys.rejected, queryFn: () => api.listRejected({}) });
}

export function useSetSyncTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InputOf<'setSyncTarget'>) => api.setSyncTarget(input),
    onSuccess: (status) => client.setQueryData(syncKeys.status, status),
  });
}

export function useClearSyncTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api.clearSyncTarget({}),
    onSuccess: (status) => client.setQueryData(syncKeys.status, status),
  });
}

/** A choice is a new change to a row: every list may show it, so all refetch. */
export function useResolveConflict() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (choice: ConflictChoice) => api.resolveConflict(choice),
    onSuccess: (conflicts) => {
      client.setQueryData(syncKeys.conflicts, conflicts);
      return client.invalidateQueries();
    },
  });
}

/**
 * Discarding puts the team's value back in the row (or removes a refused new row): every
 * list may show it, so all refetch. A retry changes only what waits to go up.
 */
export function useSettleRejected() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: number; action: 'discard' | 'retry' }) =>
      action === 'discard' ? api.discardRejected({ id }) : api.retryRejected({ id }),
    onSuccess: (rejected, { action }) => {
      client.setQueryData(syncKeys.rejected, rejected);
      return action === 'discard'
        ? client.invalidateQueries()
        : client.invalidateQueries({ queryKey: syncKeys.status });
    },
  });
}
