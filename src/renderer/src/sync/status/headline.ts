import type { SyncStatus } from '../../../../shared/domain/sync';
import type { ErrorCode } from '../../../../shared/errors';

/** The first words of the status line: the one thing that matters most now. */
export type Headline =
  | { kind: 'off' }
  | { kind: 'syncing'; phase: string; done: number }
  | { kind: 'offline'; lastSyncAt: string | null }
  | { kind: 'failed'; message: string }
  | { kind: 'synced'; at: string }
  | { kind: 'never' };

/**
 * A running sync says so first; then no network, or a target that cannot be reached
 * (`unavailable`), reads "offline"; any other failure is shown in its own words
 * until a sync succeeds; otherwise the time of the last sync.
 */
export function headlineOf(
  status: Pick<SyncStatus, 'target' | 'lastSyncAt'>,
  run: {
    running: { phase: string; done: number } | null;
    failure: { code: ErrorCode; message: string } | null;
  },
  online: boolean,
): Headline {
  if (!status.target) return { kind: 'off' };
  if (run.running) return { kind: 'syncing', ...run.running };
  if (!online || run.failure?.code === 'unavailable') {
    return { kind: 'offline', lastSyncAt: status.lastSyncAt };
  }
  if (run.failure) return { kind: 'failed', message: run.failure.message };
  return status.lastSyncAt ? { kind: 'synced', at: status.lastSyncAt } : { kind: 'never' };
}
