import crypto from 'node:crypto';
import type { Db } from '../db/open';
import { generateDemo, type DemoSummary } from '../demo';
import { runSync } from '../sync/job';
import { RapportError } from '../../shared/errors';
import {
  MAX_SEED,
  type DemoJobResult,
  type JobKind,
  type JobResultOf,
  type ParsedJobInputOf,
} from '../../shared/jobs';

/** What a job's work gets besides its input: a way to report, and a way to be stopped. */
export interface JobContext {
  progress(done: number, total: number, phase: string): void;
  /** Aborted when the job is cancelled; work checks it between batches. */
  signal: AbortSignal;
}

type Work<K extends JobKind> = (
  db: Db,
  input: ParsedJobInputOf<K>,
  context: JobContext,
) => JobResultOf<K> | Promise<JobResultOf<K>>;

/** The work of each job kind, run inside the worker on the worker's own connection. */
export const work: { [K in JobKind]: Work<K> } = {
  demo: runDemo,
  sync: runSync,
};

/** Meta key that marks a book as demo data: sync refuses to push it. */
export const DEMO_META_KEY = 'demo';

function runDemo(db: Db, input: ParsedJobInputOf<'demo'>, context: JobContext): DemoJobResult {
  // A new book gets its own ids; a seed given (CLI, tests) makes it reproducible.
  const seed = input.seed ?? crypto.randomInt(MAX_SEED);
  markAsDemo(db);
  const summary: DemoSummary = generateDemo(db, {
    accounts: input.accounts,
    seed,
    onProgress: (done, total, phase) => context.progress(done, total, phase),
    signal: context.signal,
  });
  return summary satisfies DemoJobResult;
}

/**
 * Refuses a book that already has data, and marks this one as demo data before the
 * first row goes in: even a demo that was cancelled half-way is never pushed.
 */
function markAsDemo(db: Db): void {
  db.transaction(() => {
    const used = db
      .prepare('SELECT EXISTS (SELECT 1 FROM accounts) OR EXISTS (SELECT 1 FROM team_members)')
      .pluck()
      .get();
    if (used) {
      throw new RapportError(
        'conflict',
        'This database already has data; demo data goes into a fresh database only',
      );
    }
    db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(DEMO_META_KEY, '1');
  })();
}
