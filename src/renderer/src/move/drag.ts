import type { DragEvent } from 'react';
import { useSelection } from './selectionStore';

/** What a dragged row of the list carries: the picked accounts (kept in the selection). */
export const DRAG_TYPE = 'application/x-rapport-accounts';

/**
 * A row of the list starts a drag: a picked row drags every picked account; a row not
 * picked is picked alone first (as mail apps do), so the drop moves what was dragged.
 */
export function startDrag(event: DragEvent, id: string, name: string, index: number): void {
  const { ids, all, clear, toggle } = useSelection.getState();
  if (!all && !ids.has(id)) {
    clear();
    toggle(id, index);
  }
  event.dataTransfer.setData(DRAG_TYPE, id);
  event.dataTransfer.setData('text/plain', name);
  event.dataTransfer.effectAllowed = 'move';
}

/** Whether a drag over a target carries accounts from the list. */
export const carriesAccounts = (event: DragEvent) => event.dataTransfer.types.includes(DRAG_TYPE);
