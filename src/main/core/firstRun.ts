import fs from 'node:fs';
import { generateDemo } from '../demo';
import { openCore, setProfile, type Core } from './core';

/** Size of the demo book a new user starts with: big enough to feel real, quick to make. */
const FIRST_RUN_ACCOUNTS = 1000;

/**
 * Opens a user's database; one that does not exist yet starts with a demo book, run
 * as its team lead (DESIGN §1: the demo profile is a team lead).
 */
export function openWithDemo(file: string): Core {
  const created = !fs.existsSync(file);
  const core = openCore(file, { create: true });
  if (created) {
    const summary = generateDemo(core.db, { accounts: FIRST_RUN_ACCOUNTS, seed: 1 });
    setProfile(core, summary.profileMemberId);
  }
  return core;
}
