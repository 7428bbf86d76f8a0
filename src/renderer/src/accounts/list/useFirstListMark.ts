import { useEffect } from 'react';
import { FIRST_LIST_MARK } from '../../../../shared/timing';

/** Marks, once per page load, the first time the list has rows on screen. */
export function useFirstListMark(hasRows: boolean): void {
  useEffect(() => {
    if (hasRows && performance.getEntriesByName(FIRST_LIST_MARK).length === 0) {
      performance.mark(FIRST_LIST_MARK);
    }
  }, [hasRows]);
}
