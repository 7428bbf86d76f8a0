import type { Envelope } from './errors';
import type { JobInfo, JobsTransport } from './jobs';
import type { ExportRequest } from './reports';

export const IPC_CHANNEL = 'rapport:api';

/** The job API over IPC: request/reply channels, and one channel main → page for events. */
export const JOB_CHANNELS = {
  start: 'rapport:jobs:start',
  cancel: 'rapport:jobs:cancel',
  list: 'rapport:jobs:list',
  /** Asks main to send this page the job's events; answers with the latest one. */
  watch: 'rapport:jobs:watch',
  /** main → page: (jobId, JobEvent). */
  event: 'rapport:jobs:event',
} as const;

/** An export: the shell asks where to save it, then starts it (issue 21). */
export const EXPORT_CHANNEL = 'rapport:exports:start';

/** What the preload exposes as `window.rapport`. */
export interface RapportBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  jobs: JobsTransport;
  /** Asks where to save the report, then starts its export: null when the person declined. */
  exportReport(request: ExportRequest): Promise<Envelope<JobInfo | null>>;
}
