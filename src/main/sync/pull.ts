import { currentActor, setProfile, type Core } from '../core/core';
import type { SyncAdapter } from './adapters/adapter';
import { applyChanges } from './merge';
import type { Progress } from './push';
import { queuePurge } from './scope';
import { saveSyncState, syncState } from './state';
import { idBytes } from '../db/codec';
import { bulkLoadPending, suspendIndexing } from '../db/bulkLoad';
import { TABLES } from '../../shared/schema/tables';
import type { PullPage } from '../../shared/sync/wire';

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
 *
 * The next page is asked for while this one is applied, so the target reads and sends
 * it in the meantime. Not after a page that names purges: presenting its cursor tells
 * a server they were applied, and they are not until the page has committed.
 */
export async function pullAll(
  core: Core,
  adapter: SyncAdapter,
  options: { limit?: number; signal?: AbortSignal; progress?: Progress } = {},
): Promise<PullResult> {
  const result: PullResult = { pulled: 0, applied: 0, conflicts: 0, waiting: 0, more: true };
  const limit = options.limit ?? 2000;
  const ask = (cursor: string | null) => ahead(adapter.pull(core.nodeId, cursor, limit));
  const { pullCursor } = syncState(core, adapter.key);
  // Into an empty book, rows go in fastest without its secondary indexes and search
  // index, built once, set-wise, when the download ends (after a crash: when the book
  // is next opened, see bulkLoad).
  const finish =
    pullCursor === null && isEmpty(core) && !bulkLoadPending(core.db)
      ? suspendIndexing(
          core.db,
          TABLES.map((t) => t.name),
        )
      : null;
  try {
    let next = ask(pullCursor);
    while (result.more) {
      options.signal?.throwIfAborted();
      const page = await next;
      if (page.more && page.purge.length === 0) next = ask(page.cursor);
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
      if (page.more && page.purge.length > 0) next = ask(page.cursor);
    }
  } finally {
    finish?.();
  }
  return result;
}

/**
 * A page asked for ahead of time: a failure is reported when it is awaited, and is not
 * an unhandled rejection when the pull stops before (cancelled, or an earlier page failed).
 */
function ahead(page: Promise<PullPage>): Promise<PullPage> {
  page.catch(() => undefined);
  return page;
}

function isEmpty(core: Core): boolean {
  return TABLES.every((t) => !core.statement(`SELECT 1 FROM ${t.name} LIMIT 1`).get());
}
