import { useEffect, useState } from 'react';
import { jobs } from '../api/client';
import { queryClient } from '../api/queryClient';
import type { JobEvent } from '../../../shared/jobs';

/** Where the first-run demo stands: still being looked up, running, or settled. */
export type DemoStatus =
  | { stage: 'checking' }
  | { stage: 'running'; event: JobEvent }
  | { stage: 'failed'; message: string }
  | { stage: 'ready' };

/** The jobs running as the app starts, asked for before React draws anything. */
let atStart: ReturnType<typeof jobs.list> | null = null;

/** Asks for the running jobs now, so the first screen need not wait for a round trip. */
export function prefetchRunningDemo(): void {
  atStart = jobs.list();
}

/**
 * Finds a demo job that is filling this book (a new database starts one) and follows
 * it to its end. No such job, or any other outcome than failure, means the app is ready.
 */
export function useRunningDemo(): DemoStatus {
  const [status, setStatus] = useState<DemoStatus>({ stage: 'checking' });
  useEffect(() => {
    let stop: (() => void) | null = null;
    let active = true;
    const follow = (event: JobEvent) => {
      if (!active) return;
      if (event.type === 'progress') setStatus({ stage: 'running', event });
      else if (event.type === 'failed')
        setStatus({ stage: 'failed', message: event.error.message });
      else {
        // What was asked while the book filled (the list's first page, at start) is stale.
        void queryClient.invalidateQueries();
        setStatus({ stage: 'ready' });
      }
    };
    const running = atStart ?? jobs.list();
    atStart = null;
    running
      .then((list) => {
        const demo = list.find((job) => job.kind === 'demo' && job.state === 'running');
        if (!active) return;
        if (!demo) return setStatus({ stage: 'ready' });
        setStatus({ stage: 'running', event: demo.last });
        stop = jobs.watch(demo.id, follow);
      })
      // A host without the job API still serves the app.
      .catch(() => active && setStatus({ stage: 'ready' }));
    return () => {
      active = false;
      stop?.();
    };
  }, []);
  return status;
}
