import fs from 'node:fs';
import { openDatabase } from '../main/db/open';
import { JobRunner } from '../main/jobs';
import { runJob } from './jobs';

/**
 * `rapport demo`: creates the database and its schema here, then fills it in a worker
 * through the job runner, like the app's first run. Ctrl+C stops it cleanly; a file
 * this command created is then removed, so no half demo is left under the name.
 */
export async function runDemoCommand(opts: {
  db: string;
  accounts: number;
  seed: number;
}): Promise<void> {
  const created = !fs.existsSync(opts.db);
  openDatabase(opts.db, { create: true }).close();
  const started = Date.now();
  const outcome = await runJob(
    new JobRunner({ file: opts.db }),
    'demo',
    { accounts: opts.accounts, seed: opts.seed },
    { unit: 'accounts' },
  );
  if (outcome.type === 'cancelled') {
    if (created) {
      for (const file of [opts.db, `${opts.db}-wal`, `${opts.db}-shm`])
        fs.rmSync(file, { force: true });
    }
    process.stderr.write(
      created
        ? `Cancelled: ${opts.db} was removed\n`
        : `Cancelled: the accounts written so far stay in ${opts.db}\n`,
    );
    process.exitCode = 130;
    return;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `Demo data written to ${opts.db} in ${seconds} s: ${JSON.stringify(outcome.result.rows)}`,
  );
}
