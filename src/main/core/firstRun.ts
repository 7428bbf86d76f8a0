import fs from 'node:fs';
import { jobsFor } from '../jobs';
import { openCore, type Core } from './core';

/** Size of the demo book a new user starts with: big enough to feel real, quick to make. */
export const FIRST_RUN_ACCOUNTS = 1000;

/**
 * Opens a user's database. A new one starts empty, and a demo job fills it in a
 * worker thread with a random seed (every laptop gets its own ids), run as its team
 * lead (DESIGN §1). The window does not wait: the renderer finds the running job with
 * `jobs.list()` and shows its progress until it is done.
 */
export function openWithDemo(file: string): Core {
  const created = !fs.existsSync(file);
  const core = openCore(file, { create: true });
  if (created) jobsFor(core).start('demo', { accounts: FIRST_RUN_ACCOUNTS });
  return core;
}
