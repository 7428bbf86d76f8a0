import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { keys } from '../api/keys';
import type { ContactCreateInput, ContactUpdateInput } from '../../../shared/domain/contact';
import type { InteractionKind } from '../../../shared/domain/enums';
import type { TimelinePage } from '../../../shared/domain/overview';
import type { AssessmentCreate } from '../../../shared/domain/relationship';
import type { z } from 'zod';

/** Under `accounts`, so every account write refreshes the 360 too. */
const overviewKey = (id: string) => ['accounts', 'overview', id] as const;

/** Everything the Account 360 shows, in one call. */
export function useAccountOverview(id: string) {
  return useQuery({ queryKey: overviewKey(id), queryFn: () => api.accountOverview({ id }) });
}

/** The first end customers served via this distributor account, and how many there are. */
export const SERVED_PAGE = 50;
export function useServedCustomers(id: string) {
  return useQuery({
    queryKey: ['accounts', 'servedVia', id],
    queryFn: () => api.listAccounts({ filter: { servedViaId: id }, limit: SERVED_PAGE }),
  });
}

export interface TimelineFilter {
  kind: InteractionKind | null;
  contactId: string | null;
}

/**
 * The timeline's pages, newest first. Unfiltered, its first page is the one the
 * overview already brought (`first`); a filter or "load more" asks listTimeline.
 */
export function useTimeline(accountId: string, filter: TimelineFilter, first: TimelinePage) {
  const unfiltered = !filter.kind && !filter.contactId;
  return useInfiniteQuery({
    queryKey: ['accounts', 'timeline', accountId, filter.kind, filter.contactId],
    queryFn: ({ pageParam }) =>
      api.listTimeline({
        accountId,
        kind: filter.kind ?? undefined,
        contactId: filter.contactId ?? undefined,
        before: pageParam ?? undefined,
        limit: 50,
      }),
    initialPageParam: null as TimelinePage['next'],
    getNextPageParam: (page) => page.next,
    initialData: unfiltered ? { pages: [first], pageParams: [null] } : undefined,
  });
}

export function useWrite<I, O>(write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: keys.accounts }),
        client.invalidateQueries({ queryKey: keys.searchAll }),
      ]);
    },
  });
}

export const useCreateContact = () =>
  useWrite((input: ContactCreateInput) => api.createContact(input));
export const useUpdateContact = () =>
  useWrite((input: ContactUpdateInput) => api.updateContact(input));
export const useArchiveContact = () =>
  useWrite((input: { id: string; archived: boolean }) => api.archiveContact(input));
export const useCreateAssessment = () =>
  useWrite((input: z.input<typeof AssessmentCreate>) => api.createAssessment(input));
export const useEndRelationship = () =>
  useWrite((input: { accountId: string; reason: string }) => api.endRelationship(input));
