/**
 * The job worker's entry, loaded by src/main/jobs/runner.ts in a worker thread (from
 * source through tsx, or as `out/main/jobWorker.js` in the build): the job kinds
 * register their work first, then the worker runs the one it was started for.
 */
import './jobKinds';
import './jobs/worker';
