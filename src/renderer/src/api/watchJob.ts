import { RapportError } from '../../../shared/errors';
import { jobs } from './client';

export type JobEnd<R> =
  { type: 'done'; result: R } | { type: 'cancelled' } | { type: 'failed'; error: RapportError };

/** Follows a job to its end, telling `onProgress` how far it is on the way. */
export function watchJob<R>(
  jobId: string,
  onProgress: (done: number, total: number) => void,
): Promise<JobEnd<R>> {
  return new Promise((resolve) => {
    const stop = jobs.watch(jobId, (event) => {
      if (event.type === 'progress') {
        onProgress(event.done, event.total);
        return;
      }
      queueMicrotask(stop);
      if (event.type === 'done') resolve({ type: 'done', result: event.result as R });
      else if (event.type === 'failed') {
        const { code, message, issues } = event.error;
        resolve({ type: 'failed', error: new RapportError(code, message, issues) });
      } else resolve({ type: 'cancelled' });
    });
  });
}

/** Any error as the app's, for a message. */
export const asError = (error: unknown) =>
  error instanceof RapportError
    ? error
    : new RapportError('internal', error instanceof Error ? error.message : String(error));
