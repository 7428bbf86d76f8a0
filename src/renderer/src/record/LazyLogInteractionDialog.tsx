import { lazy, Suspense } from 'react';
import { useLogInteractionStore } from './logInteractionStore';

const Dialog = lazy(() =>
  import('./LogInteractionDialog').then((m) => ({ default: m.LogInteractionDialog })),
);

/**
 * "Log an interaction", loaded with its first opening: the form and its libraries
 * (react-hook-form, the pickers) stay out of the chunk the app starts with.
 */
export function LogInteractionDialog() {
  const opened = useLogInteractionStore((s) => s.session > 0);
  return opened ? (
    <Suspense fallback={null}>
      <Dialog />
    </Suspense>
  ) : null;
}
