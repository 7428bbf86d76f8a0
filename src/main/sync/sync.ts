import { RapportError } from '../../shared/errors';
import type { SyncJobResult } from '../../shared/jobs';
import type { Core } from '../core/core';
import type { SyncAdapter } from './adapters/adapter';
import { pullAll } from './pull';
import { pushPending, type Progress } from './push';
import { purgeQueued } from './scope';
import { saveSyncState, syncState, waitingCount } from './state';
import { snapshotToLog } from './snapshot';

/** What one sync did; the sync job's result (src/shared/jobs.ts) is the same. */
export type SyncReport = SyncJobResult;

/**
 * One sync with one target: push what is waiting, pull what is new, then remove what
 * left this device's scope. Stops cleanly at `signal` between pages; each page is its
 * own transaction, so a stop or a crash anywhere resumes where it was.
 */
export async function synchronize(
  core: Core,
  adapter: SyncAdapter,
  options: { signal?: AbortSignal; progress?: Progress; batch?: number } = {},
): Promise<SyncReport> {
  refuseDemo(core);
  if (syncState(core, adapter.key).lastSyncAt === null && !everSynced(core)) {
    // A book that joins its first sync sends the rows it had before (an import) too.
    snapshotToLog(core);
  }
  const pushed = await pushPending(core, adapter, { ...options, batch: options.batch });
  const pulled = await pullAll(core, adapter, { ...options, limit: options.batch });
  const allUp = waitingCount(core, adapter.key) === 0;
  const purged = allUp ? purgeQueued(core) : 0;
  options.progress?.('purge', purged);
  core.transaction(() => saveSyncState(core, adapter.key, { lastSyncAt: Date.now() }));
  return {
    pushed: pushed.sent,
    rejected: pushed.rejected,
    pulled: pulled.pulled,
    applied: pulled.applied,
    conflicts: pulled.conflicts,
    waiting: pulled.waiting,
    purged,
    complete: allUp && !pulled.more,
  };
}

function everSynced(core: Core): boolean {
  return core.statement('SELECT 1 FROM sync_state LIMIT 1').get() !== undefined;
}

function refuseDemo(core: Core): void {
  if (core.statement("SELECT 1 FROM meta WHERE key = 'demo' AND value = '1'").get()) {
    throw new RapportError(
      'validation',
      'This book holds demo data, which is never sent to a team. Start a new book to sync with your team.',
    );
  }
}
