/**
 * Runs one job in a worker thread on its own database connection and reports back to
 * the runner with JobEvents; loaded by the worker's entry (src/main/jobWorker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase, type Db } from '../db/open';
import type { JobEvent, JobKind } from '../../shared/jobs';
import { toErrorBody } from './errors';
import { workOf, type JobContext } from './work';

export interface WorkerInput {
  file: string;
  kind: JobKind;
  input: unknown;
  /** Int32Array over this buffer: [0] is set to 1 to cancel. */
  cancel: SharedArrayBuffer;
}

async function run({ file, kind, input, cancel }: WorkerInput): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('The job worker must run in a worker thread');
  const post = (event: JobEvent) => port.postMessage(event);
  // Synchronous work would hold a 'cancel' message until it ends; a shared flag is read
  // between batches instead, and polled while asynchronous work (a sync) waits on I/O.
  const flag = new Int32Array(cancel);
  const controller = new AbortController();
  const checkCancel = () => {
    if (Atomics.load(flag, 0) === 1 && !controller.signal.aborted) controller.abort();
  };
  const context: JobContext = {
    progress(done, total, phase) {
      post({ type: 'progress', done, total, phase });
      checkCancel();
    },
    signal: controller.signal,
  };
  let db: Db | undefined;
  let last: JobEvent;
  const poll = setInterval(checkCancel, 100);
  try {
    checkCancel();
    if (controller.signal.aborted) throw new Error('cancelled before it started');
    // The app has this book open and guards it already: no second whole-file check.
    db = openDatabase(file, { integrityCheck: 'skip' });
    const job = workOf(kind);
    last = { type: 'done', result: await job(db, input, context) } as JobEvent;
  } catch (error) {
    last = controller.signal.aborted
      ? { type: 'cancelled' }
      : { type: 'failed', error: toErrorBody(error, file) };
  } finally {
    clearInterval(poll);
    db?.close();
  }
  // Only once the connection is closed: a watcher may then move or delete the file.
  post(last);
}

void run(workerData as WorkerInput);
