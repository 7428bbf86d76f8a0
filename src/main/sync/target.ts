import path from 'node:path';
import { z } from 'zod';
import type { SyncStatus } from '../../shared/domain/sync';
import { SyncTargetInput } from '../../shared/domain/sync';
import type { Core } from '../core/core';
import { instantText } from '../db/codec';
import { parkedCount } from './inbox';
import { syncState, waitingCount } from './state';

/**
 * Where this book syncs (one target), and the status line: what waits, what clashed,
 * what was refused. The token of a server is kept here in the web host (the setup
 * screen says so); the Electron shell keeps it sealed by the operating system and
 * stores only the sealed bytes (`sealed`).
 */
export interface StoredTarget {
  spec: string;
  token: string | null;
  sealed: boolean;
  auto: boolean;
}

export function readTarget(core: Core): StoredTarget | null {
  const row = core
    .statement('SELECT spec, token, token_sealed, auto FROM sync_target WHERE id = 1')
    .get() as
    { spec: string; token: string | null; token_sealed: number; auto: number } | undefined;
  return row
    ? { spec: row.spec, token: row.token, sealed: row.token_sealed === 1, auto: row.auto === 1 }
    : null;
}

export function writeTarget(
  core: Core,
  input: z.output<typeof SyncTargetInput>,
  seal?: (token: string) => string,
): void {
  const isServer = /^https?:/.test(input.spec);
  const spec = isServer ? input.spec : `folder:${path.resolve(input.spec.slice('folder:'.length))}`;
  const previous = readTarget(core);
  // Keeping the server and leaving the token empty keeps the token already stored.
  const kept = previous && previous.spec === spec ? previous : null;
  const token = !isServer
    ? null
    : input.token
      ? seal
        ? seal(input.token)
        : input.token
      : (kept?.token ?? null);
  const sealed = isServer && (input.token ? Boolean(seal) : Boolean(kept?.sealed));
  core
    .statement(
      `INSERT INTO sync_target (id, spec, token, token_sealed, auto) VALUES (1, ?, ?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET spec = excluded.spec, token = excluded.token,
         token_sealed = excluded.token_sealed, auto = excluded.auto`,
    )
    .run(spec, token, sealed ? 1 : 0, input.auto ? 1 : 0);
}

export function clearTarget(core: Core): void {
  core.statement('DELETE FROM sync_target').run();
}

/** The adapter key a stored spec syncs with (the folder's absolute path, the server's origin). */
export function targetKey(spec: string): string {
  if (spec.startsWith('folder:')) return spec;
  return new URL(spec).origin;
}

export function syncStatus(core: Core, adapterKey?: string): SyncStatus {
  const target = readTarget(core);
  const key = adapterKey ?? (target ? targetKey(target.spec) : null);
  const state = key ? syncState(core, key) : null;
  const count = (sql: string) => (core.statement(sql).get() as { n: number }).n;
  return {
    target: target && {
      spec: target.spec,
      kind: target.spec.startsWith('folder:') ? 'folder' : 'http',
      hasToken: target.token !== null,
      tokenSealed: target.sealed,
      auto: target.auto,
    },
    lastSyncAt: state?.lastSyncAt ? instantText(state.lastSyncAt) : null,
    waiting: key ? waitingCount(core, key) : count('SELECT count(*) AS n FROM changes'),
    conflicts: count('SELECT count(*) AS n FROM conflicts WHERE resolved_at IS NULL'),
    rejected: count('SELECT count(*) AS n FROM rejected_changes WHERE resolved_at IS NULL'),
    held: parkedCount(core),
  };
}
