import { z } from 'zod';
import { issuesFromZod } from './api';
import { RapportError, type ApiErrorBody, type Envelope } from './errors';
import { HandOverPlan, type HandOverResult } from './domain/handover';
import { ExportJobInput, type ExportJobResult } from './reports';
import {
  ImportJobInput,
  UndoImportInput,
  type ImportJobResult,
  type UndoImportResult,
} from './imports';

/**
 * The job contract (DESIGN §9 "Long work"): each kind of long work has a zod input
 * schema and a result type. The runner, Electron IPC, the web host's routes, the CLI
 * and the renderer's client all use this one table.
 */
export interface JobKindSpec<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: carries the result type; never set at run time. */
  readonly result?: O;
  /**
   * For work that streams (an export, an import): the most its worker's JavaScript heap
   * may grow to, in MB. What it holds at once is small; without a bound V8 lets garbage
   * pile up to several times that before it collects, and the process grows with it.
   */
  readonly heapMb?: number;
}

const kind =
  <O>() =>
  <I extends z.ZodType>(input: I, limits: { heapMb?: number } = {}): JobKindSpec<I, O> => ({
    input,
    ...limits,
  });

/** The heap bound of the streaming kinds (export, import): see JobKindSpec.heapMb. */
const STREAMING_HEAP_MB = 128;

export const MAX_DEMO_ACCOUNTS = 1_000_000;
export const MAX_SEED = 2 ** 31;

export const DemoJobInput = z.object(
  {
    accounts: z
      .number({ message: 'accounts must be a number' })
      .int({ message: 'accounts must be a whole number' })
      .min(1, { message: 'accounts must be at least 1' })
      .max(MAX_DEMO_ACCOUNTS, { message: 'accounts must be at most 1,000,000' }),
    /** Left out: the runner picks a random one (each new book gets its own ids). */
    seed: z
      .number({ message: 'seed must be a number' })
      .int({ message: 'seed must be a whole number' })
      .min(0, { message: 'seed must be at least 0' })
      .max(MAX_SEED, { message: `seed must be at most ${MAX_SEED}` })
      .optional(),
  },
  { message: 'The demo job needs { accounts, seed? }' },
);

export interface DemoJobResult {
  /** The seed used: the same seed and `today` give the same book again. */
  seed: number;
  today: string;
  /** Rows written per table. */
  rows: Record<string, number>;
  /** The team lead the app now runs as. */
  profileMemberId: string;
}

export const SyncJobInput = z.object(
  {
    /** The server token, unsealed by the Electron shell; the web host keeps it in the book. */
    token: z.string().max(200, { message: 'token is too long' }).optional(),
  },
  { message: 'The sync job needs { token? }' },
);

/** What one sync did (src/main/sync/sync.ts). */
export interface SyncJobResult {
  /** Changes sent (writes), and of them refused by the target. */
  pushed: number;
  rejected: number;
  /** Changes received, fields applied, values typed here that lost (conflicts). */
  pulled: number;
  applied: number;
  conflicts: number;
  /** Received changes still waiting for a row they need. */
  waiting: number;
  /** Accounts removed because they left this device's scope. */
  purged: number;
  /** Every change went up and everything due came down. */
  complete: boolean;
}

export const jobContract = {
  demo: kind<DemoJobResult>()(DemoJobInput),
  sync: kind<SyncJobResult>()(SyncJobInput),
  /** A team lead hands a rep's book to others (issue 20): undone by `undoHandOver`. */
  handOver: kind<HandOverResult>()(HandOverPlan),
  /** A report written to a file (issue 21): whole under its name, or not at all. */
  export: kind<ExportJobResult>()(ExportJobInput, { heapMb: STREAMING_HEAP_MB }),
  /** Accounts or contacts read from a CSV or XLSX file (issue 21): undone by `undoImport`. */
  import: kind<ImportJobResult>()(ImportJobInput, { heapMb: STREAMING_HEAP_MB }),
  undoImport: kind<UndoImportResult>()(UndoImportInput),
} as const;

export type JobContract = typeof jobContract;
export type JobKind = keyof JobContract;
export const jobKinds = Object.keys(jobContract) as JobKind[];

export type JobInputOf<K extends JobKind> = z.input<JobContract[K]['input']>;
export type ParsedJobInputOf<K extends JobKind> = z.output<JobContract[K]['input']>;
export type JobResultOf<K extends JobKind> = NonNullable<JobContract[K]['result']>;

/** What a job tells its watchers; the last one is `done`, `failed` or `cancelled`. */
export type JobEvent<K extends JobKind = JobKind> =
  | { type: 'progress'; done: number; total: number; phase: string }
  | { type: 'done'; result: JobResultOf<K> }
  | { type: 'failed'; error: ApiErrorBody }
  | { type: 'cancelled' };

export type JobState = 'running' | 'done' | 'failed' | 'cancelled';

export interface JobInfo<K extends JobKind = JobKind> {
  id: string;
  kind: K;
  state: JobState;
  /** The latest event: a watcher that arrives late starts from here. */
  last: JobEvent<K>;
}

/**
 * The kinds a window (the Electron renderer, the web host's page) may start. An export
 * writes a file wherever its input says, so a window may not ask for one: it is started
 * by `rapport export`, and by the app once the shell asks the person where to save it.
 * An import reads (and writes its errors file) wherever its input says: the same.
 */
export const WINDOW_JOB_KINDS: readonly JobKind[] = jobKinds.filter(
  (k) => k !== 'export' && k !== 'import',
);

export function isJobKind(name: string): name is JobKind {
  return Object.prototype.hasOwnProperty.call(jobContract, name);
}

export function isFinal(event: JobEvent): boolean {
  return event.type !== 'progress';
}

export function stateOf(event: JobEvent): JobState {
  return event.type === 'progress' ? 'running' : event.type;
}

/** Checks a start request at the boundary; the message names the field that is wrong. */
export function parseJobStart(
  kindName: unknown,
  input: unknown,
  kinds: readonly JobKind[] = jobKinds,
): { kind: JobKind; input: ParsedJobInputOf<JobKind> } {
  if (typeof kindName !== 'string' || !isJobKind(kindName) || !kinds.includes(kindName)) {
    throw new RapportError('validation', `kind: must be one of ${kinds.join(', ')}`, [
      { field: 'kind', message: `must be one of ${kinds.join(', ')}` },
    ]);
  }
  const parsed = jobContract[kindName].input.safeParse(input ?? {});
  if (!parsed.success) throw issuesFromZod(parsed.error);
  return { kind: kindName, input: parsed.data };
}

/** How far a job is, 0–100, for a progress bar. */
export function percentOf(event: JobEvent): number {
  if (event.type !== 'progress') return event.type === 'done' ? 100 : 0;
  return event.total > 0 ? Math.floor((event.done / event.total) * 100) : 0;
}

/**
 * What every transport offers the renderer and the CLI: start, cancel, list, and watch
 * a job's events (the latest one first, then each new one until the last).
 */
export interface JobsClient {
  start<K extends JobKind>(kind: K, input: JobInputOf<K>): Promise<JobInfo<K>>;
  cancel(id: string): Promise<JobInfo>;
  list(): Promise<JobInfo[]>;
  watch(id: string, onEvent: (event: JobEvent) => void): () => void;
}

/** The request/reply half of a transport; events travel on their own channel. */
export interface JobsTransport {
  start(kind: string, input: unknown): Promise<Envelope<JobInfo>>;
  cancel(id: string): Promise<Envelope<JobInfo>>;
  list(): Promise<Envelope<JobInfo[]>>;
  watch(id: string, onEvent: (event: JobEvent) => void): () => void;
}

export function createJobsClient(transport: JobsTransport): JobsClient {
  const unwrap = async <T>(reply: Promise<Envelope<T>>): Promise<T> => {
    const envelope = await reply;
    if (envelope.ok) return envelope.value;
    throw new RapportError(envelope.error.code, envelope.error.message, envelope.error.issues);
  };
  return {
    start: <K extends JobKind>(kindName: K, input: JobInputOf<K>) =>
      unwrap(transport.start(kindName, input)) as Promise<JobInfo<K>>,
    cancel: (id) => unwrap(transport.cancel(id)),
    list: () => unwrap(transport.list()),
    watch: (id, onEvent) => transport.watch(id, onEvent),
  };
}

/** Resolves with the job's result; rejects with its error, or when it was cancelled. */
export function untilFinished<K extends JobKind>(
  client: Pick<JobsClient, 'watch'>,
  job: Pick<JobInfo<K>, 'id'>,
  onProgress?: (event: Extract<JobEvent, { type: 'progress' }>) => void,
): Promise<JobResultOf<K>> {
  return new Promise((resolve, reject) => {
    const stop = client.watch(job.id, (event) => {
      if (event.type === 'progress') return onProgress?.(event);
      queueMicrotask(stop);
      if (event.type === 'done') resolve(event.result as JobResultOf<K>);
      else if (event.type === 'failed')
        reject(new RapportError(event.error.code, event.error.message, event.error.issues));
      else reject(new RapportError('conflict', 'The job was cancelled'));
    });
  });
}

/** Server-sent events: one `data:` line of JSON per event. */
export function sseMessage(event: JobEvent): string {
  return `data: ${JSON.stringify(event)}\n\n`;
}

/**
 * Reads server-sent events from text chunks as they arrive (a fetch body stream):
 * returns the events complete so far and keeps the rest for the next chunk.
 */
export class SseReader {
  private buffer = '';

  push(chunk: string): JobEvent[] {
    this.buffer += chunk.replace(/\r\n?/g, '\n');
    const events: JobEvent[] = [];
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trimStart())
        .join('\n');
      if (data) events.push(JSON.parse(data) as JobEvent);
    }
    return events;
  }
}
