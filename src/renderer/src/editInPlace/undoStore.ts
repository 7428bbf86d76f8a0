import { create } from 'zustand';
import type { Account } from '../../../shared/domain/account';
import type { EditableField } from './fieldValue';

/** One change made in place: the value before and the value written, as the core stored it. */
export interface FieldChange {
  accountId: string;
  field: EditableField;
  before: Account[EditableField];
  after: Account[EditableField];
  /** The account's version right after the write. */
  updatedAt: string;
}

interface UndoState {
  /** Only the last change can be undone: undo is for a slip just made, not a history. */
  last: FieldChange | null;
  record: (change: FieldChange) => void;
  /** Takes the last change off the store, so it is undone at most once. */
  take: () => FieldChange | null;
}

export const useUndoStore = create<UndoState>()((set, get) => ({
  last: null,
  record: (last) => set({ last }),
  take: () => {
    const { last } = get();
    set({ last: null });
    return last;
  },
}));

/**
 * Whether writing the old value back would clobber someone's later change: fine when the
 * account is the version we wrote, or when only other fields moved since; refused when
 * this field no longer holds what we wrote (a sync or another screen changed it).
 */
export function undoDecision(change: FieldChange, current: Account): 'undo' | 'changedSince' {
  if (current.updatedAt === change.updatedAt) return 'undo';
  return current[change.field] === change.after ? 'undo' : 'changedSince';
}
