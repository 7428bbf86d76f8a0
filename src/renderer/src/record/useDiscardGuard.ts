import { useEffect, useRef, useState } from 'react';
import { holdNavigation, navigate } from '../app/router';

/**
 * Leaving a form with unsaved typing asks first (DiscardConfirm): closing it (Escape, the
 * close button, a click outside, Cancel) and moving to another page alike. The router
 * holds a page move while the form is dirty; it is made once the person discards.
 */
export function useDiscardGuard(dirty: boolean, onLeave: () => void) {
  const [confirming, setConfirming] = useState(false);
  const destination = useRef<string | null>(null);
  const release = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!dirty) return;
    release.current = holdNavigation((to) => {
      destination.current = to;
      setConfirming(true);
    });
    return () => {
      release.current?.();
      release.current = null;
    };
  }, [dirty]);

  return {
    confirming,
    /** Closes at once when nothing was typed, asks otherwise. */
    leave: () => (dirty ? setConfirming(true) : onLeave()),
    keep: () => {
      destination.current = null;
      setConfirming(false);
    },
    discard: () => {
      setConfirming(false);
      release.current?.();
      onLeave();
      if (destination.current) navigate(destination.current);
      destination.current = null;
    },
  };
}
