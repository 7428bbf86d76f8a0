import { create } from 'zustand';
import type { InteractionKind } from '../../../shared/domain/enums';

/** Where the dialog starts: the account (and a contact of it) it was opened from, and the kind. */
export interface LogStart {
  accountId?: string;
  contactId?: string;
  kind?: InteractionKind;
}

interface LogInteractionState {
  opened: boolean;
  /** The account the dialog starts with, when it was opened from one. */
  accountId: string | null;
  /** The contacts it starts with (the one on a card or agenda item, a decision maker to see). */
  contactIds: string[];
  /** A visit unless the action said otherwise ("Log call"). */
  kind: InteractionKind;
  /** Changes on every opening, so the dialog's form starts afresh. */
  session: number;
  close: () => void;
}

export const useLogInteractionStore = create<LogInteractionState>()((set) => ({
  opened: false,
  accountId: null,
  contactIds: [],
  kind: 'visit',
  session: 0,
  close: () => set({ opened: false }),
}));

/** Opens "Log an interaction" from anywhere, filled in with where it was opened from. */
export function openLogInteraction({ accountId, contactId, kind }: LogStart = {}): void {
  useLogInteractionStore.setState((state) => ({
    opened: true,
    accountId: accountId ?? null,
    contactIds: contactId ? [contactId] : [],
    kind: kind ?? 'visit',
    session: state.session + 1,
  }));
}
