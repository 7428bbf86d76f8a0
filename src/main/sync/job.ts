import { RapportError } from '../../shared/errors';
import type { ParsedJobInputOf, SyncJobResult } from '../../shared/jobs';
import { createCore } from '../core/core';
import type { Db } from '../db/open';
import { registerWork, type JobContext } from '../jobs/work';
import { createAdapter } from './adapters/registry';
import { synchronize } from './sync';
import { readTarget } from './target';

/**
 * "Sync now" as a job (DESIGN §9): it runs in a worker on its own connection, so a
 * large pull never blocks the window; it reports each page and stops between pages
 * when cancelled.
 */
async function runSync(
  db: Db,
  input: ParsedJobInputOf<'sync'>,
  context: JobContext,
): Promise<SyncJobResult> {
  const core = createCore(db);
  const target = readTarget(core);
  if (!target) {
    throw RapportError.validation(
      'target',
      'This book does not sync yet: choose a shared folder or a server first',
    );
  }
  if (target.sealed && !input.token) {
    throw RapportError.validation('token', 'The server token is sealed; sync from the app window');
  }
  const adapter = createAdapter(target.spec, { token: input.token ?? target.token });
  try {
    return await synchronize(core, adapter, {
      signal: context.signal,
      progress: (phase, done) => context.progress(done, 0, phase),
    });
  } finally {
    await adapter.close();
  }
}

registerWork('sync', runSync);
