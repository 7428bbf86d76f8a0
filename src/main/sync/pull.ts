import { currentActor, setProfile, type Core } from '../core/core';
import type { SyncAdapter } from './adapters/adapter';
import { applyChanges } from './merge';
import type { Progress } from './push';
import { queuePurge } from './scope';
import { saveSyncState, syncState } from './state';
import { idBytes } from '../db/codec';

/** A new book takes the member the server knows this device as, once that member is here. */
function signInAs(core: Core, memberId: string): void {
  if (currentActor(core)) return;
  const here = core
    .statement('SELECT 1 FROM team_members WHERE id = ? AND deleted = 0')
    .get(idBytes(memberId));
  if (here) setProfile(core, memberId);
}

export interface PullResult {
  pulled: number;
  applied: number;
  conflicts: number;
  waiting: number;
  /** Pages left unread when stopped (0 when everything due came down). */
  more: boolean;
}

/**
 * Pulls pages until the target has nothing more. Each page is applied and its cursor
 * saved in one transaction: a crash between pages resumes after the last whole page.
 */
export async function pullAll(
  core: Core,
  adapter: SyncAdapter,
  options: { limit?: number; signal?: AbortSignal; progress?: Progress } = {},
): Promise<PullResult> {
  const result: PullResult = { pulled: 0, applied: 0, conflicts: 0, waiting: 0, more: true };
  while (result.more) {
    options.signal?.throwIfAborted();
    const { pullCursor } = syncState(core, adapter.key);
    const page = await adapter.pull(core.nodeId, pullCursor, options.limit ?? 2000);
    core.transaction(() => {
      const applied = applyChanges(core, page.changes, page.authors);
      queuePurge(
        core,
        page.purge.map((id) => idBytes(id)),
      );
      saveSyncState(core, adapter.key, { pullCursor: page.cursor });
      if (page.member) signInAs(core, page.member);
      result.applied += applied.applied;
      result.conflicts += applied.conflicts;
      result.waiting = applied.waiting;
    });
    result.pulled += page.changes.length;
    result.more = page.more;
    options.progress?.('pull', result.pulled);
  }
  return result;
}
