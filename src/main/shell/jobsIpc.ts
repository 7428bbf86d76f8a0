import { app, type IpcMain, type WebContents } from 'electron';
import { JOB_CHANNELS } from '../../shared/bridge';
import { isFinal } from '../../shared/jobs';
import type { Core } from '../core/core';
import { jobsFor } from '../jobs';
import { envelopeOf } from '../jobs/errors';
import { handleTrusted, type SenderPolicy } from './ipc';
import { unsealedToken } from '../sync/secrets';

/**
 * The job API over IPC, the same contract as the web host's routes (DESIGN §9):
 * start, cancel and list are invoke calls; a page that watches a job gets its events
 * on JOB_CHANNELS.event until the last one. Quitting waits for running jobs to stop
 * between batches, so a book is never left half-written by a killed worker.
 */
/** A sync job gets the server token unsealed here: its worker cannot reach the OS store. */
function withToken(core: Core, kind: unknown, input: unknown): unknown {
  if (kind !== 'sync') return input;
  const token = unsealedToken(core);
  return token ? { ...(input as object), token } : input;
}

export function registerJobsIpc(ipcMain: IpcMain, core: Core, policy: SenderPolicy): void {
  // Asked on each call: a window that steps over to the demo book has that book's jobs.
  const runner = () => jobsFor(core);
  const watching = new Set<string>();

  handleTrusted(ipcMain, JOB_CHANNELS.start, policy, (_event, kind: unknown, input: unknown) =>
    envelopeOf(() => runner().start(kind, withToken(core, kind, input))),
  );
  handleTrusted(ipcMain, JOB_CHANNELS.cancel, policy, (_event, id: unknown) =>
    envelopeOf(() => runner().cancel(String(id))),
  );
  handleTrusted(ipcMain, JOB_CHANNELS.list, policy, () => envelopeOf(() => runner().list()));
  handleTrusted(ipcMain, JOB_CHANNELS.watch, policy, (event, id: unknown) =>
    envelopeOf(() => {
      const info = runner().get(String(id));
      const key = `${event.sender.id}:${info.id}`;
      if (info.state === 'running' && !watching.has(key)) {
        watching.add(key);
        forward(event.sender, info.id, () => watching.delete(key));
      }
      return info.last;
    }),
  );

  function forward(page: WebContents, id: string, done: () => void): void {
    let skipFirst = true;
    const stop = runner().watch(id, (jobEvent) => {
      // The latest event goes back as the reply to `watch`; only newer ones are sent.
      if (skipFirst) return void (skipFirst = false);
      if (!page.isDestroyed()) page.send(JOB_CHANNELS.event, id, jobEvent);
      if (isFinal(jobEvent)) done();
    });
    page.once('destroyed', () => {
      stop();
      done();
    });
  }

  let stopping = false;
  app.on('before-quit', (event) => {
    if (stopping || !runner().list().some((job) => job.state === 'running')) return;
    event.preventDefault();
    stopping = true;
    void runner().stopAll().then(() => app.quit());
  });
}
