import type { Core } from '../core/core';
import { WINDOW_JOB_KINDS } from '../../shared/jobs';
import { JobRunner } from './runner';

export { JobRunner } from './runner';

// Keyed by the open file's connection: a window that steps over to the demo book has
// that book's runner, whose workers open the demo file.
const runners = new WeakMap<Core['db'], JobRunner>();

/**
 * The one job runner of an open book for its windows: every transport (IPC, web host) that
 * serves this core starts and watches jobs here. Workers open the same file with
 * their own connection; the core reads who it runs as fresh on every call, so it sees
 * what a job wrote without being told.
 */
export function jobsFor(core: Core): JobRunner {
  let runner = runners.get(core.db);
  if (!runner) {
    runner = new JobRunner({ file: core.db.name, kinds: WINDOW_JOB_KINDS });
    runners.set(core.db, runner);
  }
  return runner;
}
