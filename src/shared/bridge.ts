import type { Envelope } from './errors';
import type { JobInfo, JobsTransport } from './jobs';
import type { ExportRequest } from './reports';
import type { ImportFileRequest, ImportPreview, ImportUpload } from './importWindow';

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

/** Imports (issue 21): the shell asks which file in its open dialog; the page holds an upload id. */
export const IMPORT_CHANNELS = {
  choose: 'rapport:imports:choose',
  preview: 'rapport:imports:preview',
  start: 'rapport:imports:start',
  saveErrors: 'rapport:imports:saveErrors',
} as const;

/** Imports from the desktop window: no path ever crosses to the page. */
export interface ImportsBridge {
  /** Asks which file to import: null when the person closed the dialog. */
  choose(): Promise<Envelope<ImportUpload | null>>;
  preview(request: ImportFileRequest): Promise<Envelope<ImportPreview>>;
  start(request: ImportFileRequest): Promise<Envelope<JobInfo<'import'>>>;
  /** Asks where to save a finished import's refused rows, and copies them there: false when declined. */
  saveErrors(jobId: string): Promise<Envelope<boolean>>;
}

/** What the preload exposes as `window.rapport`. */
export interface RapportBridge {
  call(method: string, input: unknown): Promise<Envelope<unknown>>;
  jobs: JobsTransport;
  /** Asks where to save the report, then starts its export: null when the person declined. */
  exportReport(request: ExportRequest): Promise<Envelope<JobInfo | null>>;
  imports: ImportsBridge;
}
