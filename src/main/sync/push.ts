import type { Core } from '../core/core';
import { currentActor } from '../core/core';
import type { PushAck, WireChange } from '../../shared/sync/wire';
import type { SyncAdapter } from './adapters/adapter';
import { changesAfter, changesWithSeqs, seqsOf } from './log';
import { retryingSeqs } from './review';
import { keptTeam } from './restore';
import { saveSyncState, syncState } from './state';

export interface PushResult {
  sent: number;
  rejected: number;
}

export interface Progress {
  (phase: 'push' | 'pull' | 'purge', done: number): void;
}

/**
 * Sends this device's changes that `adapter` has not acknowledged, a page at a time.
 * The acknowledged position is saved after each page: a crash before that resends the
 * page, which the target recognises (push is idempotent), so nothing is lost or doubled.
 */
export async function pushPending(
  core: Core,
  adapter: SyncAdapter,
  options: { batch?: number; signal?: AbortSignal; progress?: Progress } = {},
): Promise<PushResult> {
  const result: PushResult = { sent: 0, rejected: 0 };
  const retry = changesWithSeqs(core.db, retryingSeqs(core, adapter.key));
  if (retry.length > 0) {
    const ack = await sendChanges(core, adapter, retry);
    result.sent += retry.length;
    result.rejected += ack.rejected.length;
  }
  for (;;) {
    options.signal?.throwIfAborted();
    const { pushedSeq } = syncState(core, adapter.key);
    const changes = changesAfter(core.db, pushedSeq, options.batch ?? 2000);
    if (changes.length === 0) return result;
    const ack = await sendChanges(core, adapter, changes);
    const last = Math.max(...seqsOf(changes.at(-1) as WireChange));
    core.transaction(() => saveSyncState(core, adapter.key, { pushedSeq: last }));
    result.sent += changes.length;
    result.rejected += ack.rejected.length;
    options.progress?.('push', result.sent);
  }
}

/**
 * Pushes changes and keeps what the target refused, with its reason, for the person to
 * retry or discard; a change accepted on a retry leaves that list.
 */
export async function sendChanges(
  core: Core,
  adapter: SyncAdapter,
  changes: WireChange[],
): Promise<PushAck> {
  const actor = currentActor(core);
  const ack = await adapter.push({ node: core.nodeId, member: actor?.id ?? null, changes });
  const bySeq = new Map(changes.map((c) => [c.seq, c]));
  core.transaction(() => {
    const refused = new Set<number>();
    const reject = core.statement(
      `INSERT INTO rejected_changes (seq, adapter, reason, rejected_at, team) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (seq) DO UPDATE SET reason = excluded.reason, rejected_at = excluded.rejected_at,
         team = excluded.team, resolved_at = NULL, resolution = NULL`,
    );
    for (const { seq, reason, team } of ack.rejected) {
      const change = bySeq.get(seq);
      if (!change) continue;
      const fields = Object.keys(change.values);
      seqsOf(change).forEach((s, i) => {
        refused.add(s);
        reject.run(s, adapter.key, reason, Date.now(), keptTeam(team, fields[i]!));
      });
    }
    const accepted = core.statement(
      `UPDATE rejected_changes SET resolved_at = ?, resolution = 'retried'
       WHERE seq = ? AND resolved_at IS NULL`,
    );
    for (const change of changes) {
      for (const s of seqsOf(change)) if (!refused.has(s)) accepted.run(Date.now(), s);
    }
  });
  return ack;
}
