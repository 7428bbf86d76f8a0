import type { Core } from '../core/core';

/** How far this device got with one sync target (a row of `sync_state`). */
export interface SyncState {
  pushedSeq: number;
  pullCursor: string | null;
  lastSyncAt: number | null;
}

export function syncState(core: Core, adapter: string): SyncState {
  const row = core
    .statement('SELECT pushed_seq, pull_cursor, last_sync_at FROM sync_state WHERE adapter = ?')
    .get(adapter) as
    { pushed_seq: number; pull_cursor: string | null; last_sync_at: number | null } | undefined;
  return {
    pushedSeq: row?.pushed_seq ?? 0,
    pullCursor: row?.pull_cursor ?? null,
    lastSyncAt: row?.last_sync_at ?? null,
  };
}

export function saveSyncState(core: Core, adapter: string, patch: Partial<SyncState>): void {
  const now = { ...syncState(core, adapter), ...patch };
  core
    .statement(
      `INSERT INTO sync_state (adapter, pull_cursor, pushed_seq, last_sync_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (adapter) DO UPDATE SET pull_cursor = excluded.pull_cursor,
         pushed_seq = excluded.pushed_seq, last_sync_at = excluded.last_sync_at`,
    )
    .run(adapter, now.pullCursor, now.pushedSeq, now.lastSyncAt);
}

/** Changes made here that have not reached `adapter` yet. */
export function waitingCount(core: Core, adapter: string): number {
  const { pushedSeq } = syncState(core, adapter);
  return (
    core.statement('SELECT count(*) AS n FROM changes WHERE seq > ?').get(pushedSeq) as {
      n: number;
    }
  ).n;
}
