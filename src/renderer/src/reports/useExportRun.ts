import { useCallback, useRef, useState } from 'react';
import type { RapportError } from '../../../shared/errors';
import type { ExportJobResult, ExportRequest } from '../../../shared/reports';
import { exportsClient, jobs } from '../api/client';
import { asError, watchJob } from '../api/watchJob';

export type ExportRun =
  | { state: 'idle' }
  | { state: 'running'; jobId: string | null; done: number; total: number }
  | { state: 'done'; result: ExportJobResult }
  | { state: 'cancelled' }
  | { state: 'failed'; error: RapportError };

/**
 * Runs an export as a job (progress, Cancel): the shell asks where to save it first, or
 * the web host's file is downloaded when it is done.
 */
export function useExportRun() {
  const [run, setRun] = useState<ExportRun>({ state: 'idle' });
  const jobId = useRef<string | null>(null);

  const start = useCallback(async (request: ExportRequest) => {
    setRun({ state: 'running', jobId: null, done: 0, total: 0 });
    try {
      const job = await exportsClient.start(request);
      if (!job) return setRun({ state: 'idle' }); // the save dialog was closed
      jobId.current = job.id;
      const end = await watchJob<ExportJobResult>(job.id, (done, total) =>
        setRun({ state: 'running', jobId: job.id, done, total }),
      );
      if (end.type === 'done') {
        await exportsClient.deliver(job.id, end.result);
        setRun({ state: 'done', result: end.result });
      } else if (end.type === 'failed') setRun({ state: 'failed', error: end.error });
      else setRun({ state: 'cancelled' });
    } catch (error) {
      setRun({ state: 'failed', error: asError(error) });
    } finally {
      jobId.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    if (jobId.current) void jobs.cancel(jobId.current);
  }, []);

  return { run, start, cancel };
}
