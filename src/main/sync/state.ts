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

/**
 * The team this device joined at `adapter` (a folder, see adapters/team.ts), or null
 * before its first sync there. Kept beside the sync state in `meta`, one key per adapter.
 */
export function joinedTeam(core: Core, adapter: string): string | null {
  const row = core.statement('SELECT value FROM meta WHERE key = ?').get(teamKey(adapter)) as
    { value: string } | undefined;
  return row?.value ?? null;
}

export function rememberTeam(core: Core, adapter: string, team: string): void {
  core
    .statement(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    )
    .run(teamKey(adapter), team);
}

const teamKey = (adapter: string) => `sync_team ${adapter}`;
