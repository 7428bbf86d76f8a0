import { useCallback, useRef, useState } from 'react';
import type { HandOverPlan, HandOverResult } from '../../../shared/domain/handover';
import type { RapportError } from '../../../shared/errors';
import { api, jobs } from '../api/client';
import { asError, watchJob } from '../api/watchJob';
import { queryClient } from '../api/queryClient';

export type HandOverRun =
  | { state: 'idle' }
  | { state: 'running'; jobId: string | null; done: number; total: number }
  | { state: 'done'; result: HandOverResult }
  | { state: 'undone'; result: HandOverResult }
  | { state: 'cancelled' }
  | { state: 'failed'; error: RapportError };

/**
 * Confirms a hand-over as a job (progress, Cancel), and undoes it as one. Every list
 * and page fetches again after either: owners have changed.
 */
export function useHandOverRun() {
  const [run, setRun] = useState<HandOverRun>({ state: 'idle' });
  const jobId = useRef<string | null>(null);

  const confirm = useCallback(async (plan: HandOverPlan) => {
    setRun({ state: 'running', jobId: null, done: 0, total: 0 });
    try {
      const job = await jobs.start('handOver', plan);
      jobId.current = job.id;
      const end = await watchJob<HandOverResult>(job.id, (done, total) =>
        setRun({ state: 'running', jobId: job.id, done, total }),
      );
      if (end.type === 'done') setRun({ state: 'done', result: end.result });
      else if (end.type === 'failed') setRun({ state: 'failed', error: end.error });
      else setRun({ state: 'cancelled' });
    } catch (error) {
      setRun({ state: 'failed', error: asError(error) });
    } finally {
      jobId.current = null;
      void queryClient.invalidateQueries();
    }
  }, []);

  const cancel = useCallback(() => {
    if (jobId.current) void jobs.cancel(jobId.current);
  }, []);

  const undo = useCallback(async (id: string) => {
    try {
      setRun({ state: 'undone', result: await api.undoHandOver({ id }) });
    } catch (error) {
      setRun({ state: 'failed', error: asError(error) });
    } finally {
      void queryClient.invalidateQueries();
    }
  }, []);

  return { run, confirm, cancel, undo };
}
