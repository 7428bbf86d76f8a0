import cliProgress from 'cli-progress';
import type { JobRunner } from '../main/jobs';
import { RapportError } from '../shared/errors';
import type { JobEvent, JobInputOf, JobKind, JobResultOf } from '../shared/jobs';

export type JobOutcome<K extends JobKind> =
  { type: 'done'; result: JobResultOf<K> } | { type: 'cancelled' };

const STOPS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

interface RunOptions {
  /** What the bar counts, e.g. "accounts". */
  unit: string;
}

/**
 * Runs a job for a CLI command: a progress bar when stdout is a terminal (nothing
 * otherwise, so pipes and logs get only the result), and Ctrl+C (or SIGTERM) cancels the job
 * between batches instead of killing the process mid-write. A failed job throws the
 * app's error, which the CLI prints as one line.
 */
export function runJob<K extends JobKind>(
  runner: JobRunner,
  kind: K,
  input: JobInputOf<K>,
  { unit }: RunOptions,
): Promise<JobOutcome<K>> {
  const job = runner.start(kind, input);
  const bar = process.stdout.isTTY
    ? new cliProgress.SingleBar(
        {
          format: `{bar} {percentage}% | {value}/{total} ${unit} | {phase}`,
          hideCursor: true,
          stream: process.stdout,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  let started = false;
  const onInterrupt = () => {
    runner.cancel(job.id);
    bar?.stop();
    process.stderr.write('Stopping after the current batch…\n');
  };
  // Ctrl+C, and a polite kill (a terminal closed, a service stopped), stop it the same way.
  for (const signal of STOPS) process.once(signal, onInterrupt);

  return new Promise((resolve, reject) => {
    const stop = runner.watch(job.id, (event: JobEvent) => {
      if (event.type === 'progress') {
        if (event.total === 0) return;
        if (!started) bar?.start(event.total, event.done, { phase: event.phase });
        started = true;
        bar?.update(event.done, { phase: event.phase });
        return;
      }
      bar?.stop();
      for (const signal of STOPS) process.removeListener(signal, onInterrupt);
      queueMicrotask(() => stop());
      if (event.type === 'done') resolve({ type: 'done', result: event.result as JobResultOf<K> });
      else if (event.type === 'cancelled') resolve({ type: 'cancelled' });
      else reject(new RapportError(event.error.code, event.error.message, event.error.issues));
    });
  });
}
