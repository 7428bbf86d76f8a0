import { useQuery } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/api';
import type { OfferingKind } from '../../../shared/domain/enums';
import { api } from '../api/client';
import { useWrite } from '../accounts/overviewQueries';

/** Under `accounts`, so every write (a deal, an offering renamed) refreshes them too. */
export const sellingKeys = {
  opportunity: (id: string) => ['accounts', 'opportunity', id] as const,
  offerings: (kind?: OfferingKind) => ['accounts', 'offerings', kind ?? 'all'] as const,
};

/** The deal with every step it took, oldest first. */
export function useOpportunity(id: string | null) {
  return useQuery({
    queryKey: sellingKeys.opportunity(id ?? ''),
    queryFn: () => api.getOpportunity({ id: id! }),
    enabled: id !== null,
  });
}

/** The catalogue still offered, of one kind or all. */
export function useOfferings(kind?: OfferingKind) {
  return useQuery({
    queryKey: sellingKeys.offerings(kind),
    queryFn: () => api.listOfferings({ kind, includeArchived: false }),
  });
}

export const useCreateOpportunity = () =>
  useWrite((input: InputOf<'createOpportunity'>) => api.createOpportunity(input));
export const useUpdateOpportunity = () =>
  useWrite((input: InputOf<'updateOpportunity'>) => api.updateOpportunity(input));
export const useCreateAgreement = () =>
  useWrite((input: InputOf<'createAgreement'>) => api.createAgreement(input));
export const useUpdateAgreement = () =>
  useWrite((input: InputOf<'updateAgreement'>) => api.updateAgreement(input));
export const useCreateOffering = () =>
  useWrite((input: InputOf<'createOffering'>) => api.createOffering(input));
export const useUpdateOffering = () =>
  useWrite((input: InputOf<'updateOffering'>) => api.updateOffering(input));
export const useArchiveOffering = () =>
  useWrite((input: InputOf<'archiveOffering'>) => api.archiveOffering(input));
