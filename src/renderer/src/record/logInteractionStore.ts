import { create } from 'zustand';

interface LogInteractionState {
  opened: boolean;
  /** The account the dialog starts with, when it was opened from one. */
  accountId: string | null;
  /** Changes on every opening, so the dialog's form starts afresh. */
  session: number;
  close: () => void;
}

export const useLogInteractionStore = create<LogInteractionState>()((set) => ({
  opened: false,
  accountId: null,
  session: 0,
  close: () => set({ opened: false }),
}));

/** Opens "Log an interaction" from anywhere, for an account when one is given. */
export function openLogInteraction(accountId?: string): void {
  useLogInteractionStore.setState((state) => ({
    opened: true,
    accountId: accountId ?? null,
    session: state.session + 1,
  }));
}
