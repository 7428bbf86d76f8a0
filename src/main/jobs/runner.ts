import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { RapportError } from '../../shared/errors';
import {
  isFinal,
  jobContract,
  parseJobStart,
  stateOf,
  type JobEvent,
  type JobInfo,
  type JobKind,
} from '../../shared/jobs';
import type { WorkerInput } from './worker';

type Listener = (event: JobEvent) => void;

interface Job {
  info: JobInfo;
  worker: Worker | null;
  cancel: Int32Array;
  listeners: Set<Listener>;
  settled: Promise<JobInfo>;
}

export interface JobRunnerOptions {
  /** The database file each job's worker opens with its own connection. */
  file: string;
  /** The kinds this runner starts (default: every kind). */
  kinds?: readonly JobKind[];
}

/** Finished jobs kept so that a watcher arriving late still learns how they ended. */
const KEEP_FINISHED = 20;

/**
 * Runs long work (DESIGN §9) in a worker thread per job, one job at a time per
 * database: jobs write, and SQLite has one writer. Watchers get the latest event
 * first, then each new one until the last.
 */
export class JobRunner {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly options: JobRunnerOptions) {}

  /**
   * Validates the request, starts the worker, and answers at once. `kinds`: those a
   * caller may start (by default the runner's); the host passes more for work whose
   * input it made itself (an export to the file it chose).
   */
  start(kindName: unknown, input: unknown, kinds = this.options.kinds): JobInfo {
    const request = parseJobStart(kindName, input, kinds);
    const busy = this.running();
    if (busy) {
      throw new RapportError(
        'conflict',
        `Another job (${busy.info.kind}) is still running on this database; wait for it or cancel it`,
      );
    }
    const id = crypto.randomUUID();
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    let settle!: (info: JobInfo) => void;
    const job: Job = {
      info: {
        id,
        kind: request.kind,
        state: 'running',
        last: { type: 'progress', done: 0, total: 0, phase: 'starting' },
      },
      worker: null,
      cancel,
      listeners: new Set(),
      settled: new Promise((resolve) => (settle = resolve)),
    };
    this.jobs.set(id, job);
    this.forgetOldJobs();
    const worker = spawnWorker({
      file: this.options.file,
      kind: request.kind,
      input: request.input,
      cancel: cancel.buffer as SharedArrayBuffer,
    });
    job.worker = worker;
    const finish = (event: JobEvent) => {
      if (job.info.state !== 'running') return;
      this.emit(job, event);
      job.worker = null;
      settle(job.info);
    };
    worker.on('message', (event: JobEvent) =>
      isFinal(event) ? finish(event) : this.emit(job, event),
    );
    worker.on('error', (error) =>
      finish({
        type: 'failed',
        error: { code: 'internal', message: `The job stopped: ${error.message}`, issues: [] },
      }),
    );
    worker.on('exit', (code) =>
      finish({
        type: 'failed',
        error: {
          code: 'internal',
          message: `The job stopped before it finished (exit code ${code})`,
          issues: [],
        },
      }),
    );
    return job.info;
  }

  /** Asks the job to stop between batches; what it committed stays consistent. */
  cancel(id: string): JobInfo {
    const job = this.find(id);
    if (job.info.state === 'running') Atomics.store(job.cancel, 0, 1);
    return job.info;
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].map((job) => job.info);
  }

  get(id: string): JobInfo {
    return this.find(id).info;
  }

  /** Calls `listener` with the latest event now, then with each new one. */
  watch(id: string, listener: Listener): () => void {
    const job = this.find(id);
    listener(job.info.last);
    if (job.info.state !== 'running') return () => undefined;
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Resolves once the job has ended, with how it ended. */
  settled(id: string): Promise<JobInfo> {
    return this.find(id).settled;
  }

  /** Cancels every running job and waits until each has stopped (before quitting). */
  async stopAll(): Promise<void> {
    const running = [...this.jobs.values()].filter((job) => job.info.state === 'running');
    for (const job of running) Atomics.store(job.cancel, 0, 1);
    await Promise.all(running.map((job) => job.settled));
  }

  private running(): Job | undefined {
    return [...this.jobs.values()].find((job) => job.info.state === 'running');
  }

  private find(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw RapportError.notFound('Job', id);
    return job;
  }

  private emit(job: Job, event: JobEvent): void {
    job.info = { ...job.info, state: stateOf(event), last: event };
    for (const listener of job.listeners) listener(event);
    if (isFinal(event)) job.listeners.clear();
  }

  private forgetOldJobs(): void {
    const finished = [...this.jobs.values()].filter((job) => job.info.state !== 'running');
    for (const job of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) {
      this.jobs.delete(job.info.id);
    }
  }
}

/**
 * From source (tsx: the CLI and `rapport web`; vitest) the worker is TypeScript, so
 * the thread registers tsx's CommonJS hook before loading it: a Worker does not
 * inherit hooks registered at run time. In the electron-vite build it is
 * `out/main/jobWorker.js`, beside the bundle that holds this file.
 */
function spawnWorker(data: WorkerInput): Worker {
  const heapMb = jobContract[data.kind].heapMb;
  const resourceLimits = heapMb ? { maxOldGenerationSizeMb: heapMb } : undefined;
  if (__filename.endsWith('.ts')) {
    const tsx = createRequire(__filename).resolve('tsx/cjs/api');
    const entry = path.join(__dirname, '..', 'jobWorker.ts');
    const boot = `require(${JSON.stringify(tsx)}).register();require(${JSON.stringify(entry)});`;
    return new Worker(boot, { eval: true, workerData: data, resourceLimits });
  }
  return new Worker(path.join(__dirname, 'jobWorker.js'), { workerData: data, resourceLimits });
}
