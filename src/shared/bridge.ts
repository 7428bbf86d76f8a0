import type { Envelope } from './errors';
import type { JobsTransport } from './jobs';

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

/** What the preload exposes as `window.rapport`. */
export interface RapportBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  jobs: JobsTransport;
}
