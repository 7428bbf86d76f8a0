import crypto from 'node:crypto';
import type { Db } from '../db/open';
import { generateDemo, type DemoSummary } from './index';
import { registerWork, type JobContext } from '../jobs/work';
import { RapportError } from '../../shared/errors';
import { MAX_SEED, type DemoJobResult, type ParsedJobInputOf } from '../../shared/jobs';

/** Meta key that marks a book as demo data: sync refuses to push it. */
export const DEMO_META_KEY = 'demo';

function runDemo(db: Db, input: ParsedJobInputOf<'demo'>, context: JobContext): DemoJobResult {
  // A new book gets its own ids; a seed given (CLI, tests) makes it reproducible.
  const seed = input.seed ?? crypto.randomInt(MAX_SEED);
  markAsDemo(db);
  const summary: DemoSummary = generateDemo(db, {
    accounts: input.accounts,
    seed,
    onProgress: (done, total, phase) => context.progress(done, total, phase),
    signal: context.signal,
  });
  return summary satisfies DemoJobResult;
}

/**
 * Refuses a book that already has data, and marks this one as demo data before the
 * first row goes in: even a demo that was cancelled half-way is never pushed.
 */
function markAsDemo(db: Db): void {
  db.transaction(() => {
    const used = db
      .prepare('SELECT EXISTS (SELECT 1 FROM accounts) OR EXISTS (SELECT 1 FROM team_members)')
      .pluck()
      .get();
    if (used) {
      throw new RapportError(
        'conflict',
        'This database already has data; demo data goes into a fresh database only',
      );
    }
    db.prepare(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(DEMO_META_KEY, '1');
  })();
}

registerWork('demo', runDemo);
