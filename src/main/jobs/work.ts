import type { Db } from '../db/open';
import { RapportError } from '../../shared/errors';
import type { JobKind, JobResultOf, ParsedJobInputOf } from '../../shared/jobs';

/** What a job's work gets besides its input: a way to report, and a way to be stopped. */
export interface JobContext {
  progress(done: number, total: number, phase: string): void;
  /** Aborted when the job is cancelled; work checks it between batches. */
  signal: AbortSignal;
}

export type Work<K extends JobKind> = (
  db: Db,
  input: ParsedJobInputOf<K>,
  context: JobContext,
) => JobResultOf<K> | Promise<JobResultOf<K>>;

type AnyWork = (db: Db, input: unknown, context: JobContext) => unknown;

const registry = new Map<JobKind, AnyWork>();

/**
 * Each job kind registers its work here when its module loads (src/main/jobKinds
 * loads them all in the worker): the runner and the worker import none of them.
 */
export function registerWork<K extends JobKind>(kind: K, work: Work<K>): void {
  registry.set(kind, work as AnyWork);
}

export function workOf(kind: JobKind): AnyWork {
  const found = registry.get(kind);
  if (!found) throw new RapportError('not_found', `No work is registered for the ${kind} job`);
  return found;
}
