import { create } from 'zustand';

interface WeekState {
  /** Weeks away from the current one: -1 is the week before, 1 the week after. */
  offset: number;
  /** Whose week a lead is looking at; null is the signed-in member's own. */
  memberId: string | null;
  move: (by: number) => void;
  backToThisWeek: () => void;
  showMember: (memberId: string | null) => void;
}

/** Which week is on screen: kept while the rep opens an account and comes back. */
export const useWeekStore = create<WeekState>()((set) => ({
  offset: 0,
  memberId: null,
  move: (by) => set((s) => ({ offset: s.offset + by })),
  backToThisWeek: () => set({ offset: 0 }),
  showMember: (memberId) => set({ memberId }),
}));
