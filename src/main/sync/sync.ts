import { RapportError } from '../../shared/errors';
import type { SyncJobResult } from '../../shared/jobs';
import type { Core } from '../core/core';
import { idText } from '../db/codec';
import type { SyncAdapter } from './adapters/adapter';
import { pullAll } from './pull';
import { pushPending, type Progress } from './push';
import { purgeQueued } from './scope';
import { joinedTeam, rememberTeam, saveSyncState, syncState, waitingCount } from './state';
import { snapshotToLog } from './snapshot';

/** What one sync did: the sync job's result (src/shared/jobs.ts), and what it passed over. */
export interface SyncReport extends SyncJobResult {
  /**
   * One line each for what keeps the team's changes from this book, naming it: a file
   * that cannot be read yet, changes received that cannot be applied yet. While any is
   * here, the sync is not complete.
   */
  held: string[];
  /** One line each for what was passed over that is not the team's (a stranger's files). */
  notes: string[];
}

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
  if (adapter.join) {
    const joined = joinedTeam(core, adapter.key);
    const team = await adapter.join(joined);
    if (joined === null) core.transaction(() => rememberTeam(core, adapter.key, team));
  }
  const pushed = await pushPending(core, adapter, { ...options, batch: options.batch });
  const pulled = await pullAll(core, adapter, { ...options, limit: options.batch });
  const allUp = waitingCount(core, adapter.key) === 0;
  const purged = allUp ? purgeQueued(core) : 0;
  options.progress?.('purge', purged);
  core.transaction(() => saveSyncState(core, adapter.key, { lastSyncAt: Date.now() }));
  const passed = adapter.passedOver?.() ?? [];
  const inbox = inboxLine(core);
  const held = [...passed.filter((p) => p.holds).map((p) => p.line), ...(inbox ? [inbox] : [])];
  return {
    pushed: pushed.sent,
    rejected: pushed.rejected,
    pulled: pulled.pulled,
    applied: pulled.applied,
    conflicts: pulled.conflicts,
    waiting: pulled.waiting,
    purged,
    complete: allUp && !pulled.more && held.length === 0,
    held,
    notes: passed.filter((p) => !p.holds).map((p) => p.line),
  };
}

/** The changes waiting in the inbox, naming the first by its table, row and reason. */
function inboxLine(core: Core): string | null {
  const first = core
    .statement('SELECT tbl, row_id, reason FROM sync_inbox ORDER BY received_at, node, seq LIMIT 1')
    .get() as { tbl: string; row_id: Buffer; reason: string } | undefined;
  if (!first) return null;
  // The inbox keeps a row per field; a person counts writes (the fields set together).
  const { n } = core
    .statement('SELECT count(*) AS n FROM (SELECT DISTINCT node, hlc, tbl, row_id FROM sync_inbox)')
    .get() as { n: number };
  const which = n === 1 ? '1 received change cannot' : `${n} received changes cannot`;
  const it = n === 1 ? 'it is' : 'the first is';
  return `${which} be applied yet; ${it} ${first.tbl} ${idText(first.row_id)}: ${first.reason}`;
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
