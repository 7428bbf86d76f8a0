import { create } from 'zustand';

/** Which deal's dialog is open on the account's 360: a new one (`null`) or one by id. */
interface OpportunityDialogState {
  accountId: string | null;
  opportunityId: string | null;
  close: () => void;
}

export const useOpportunityDialogStore = create<OpportunityDialogState>()((set) => ({
  accountId: null,
  opportunityId: null,
  close: () => set({ accountId: null, opportunityId: null }),
}));

/** Opens the deal dialog on the account's 360, from its panel or the palette. */
export function openOpportunity(accountId: string, opportunityId: string | null = null): void {
  useOpportunityDialogStore.setState({ accountId, opportunityId });
}
