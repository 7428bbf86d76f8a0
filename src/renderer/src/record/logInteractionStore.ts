import { create } from 'zustand';

interface LogInteractionState {
  opened: boolean;
  /** The account the dialog starts with, when it was opened from one. */
  accountId: string | null;
  /** The contacts it starts with (a decision maker to see, from the coverage gaps). */
  contactIds: string[];
  /** Changes on every opening, so the dialog's form starts afresh. */
  session: number;
  close: () => void;
}

export const useLogInteractionStore = create<LogInteractionState>()((set) => ({
  opened: false,
  accountId: null,
  contactIds: [],
  session: 0,
  close: () => set({ opened: false }),
}));

/** Opens "Log an interaction" from anywhere, for an account (and a contact of it) when given. */
export function openLogInteraction(accountId?: string, contactId?: string): void {
  useLogInteractionStore.setState((state) => ({
    opened: true,
    accountId: accountId ?? null,
    contactIds: contactId ? [contactId] : [],
    session: state.session + 1,
  }));
}
