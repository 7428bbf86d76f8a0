import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../src/main/core/core';
import { directClient } from '../../src/main/api/dispatch';
import { setupProfile } from '../../src/main/services/profile/profile';
import type { ApiClient } from '../../src/shared/api';

/** A real SQLite file in a fresh temp folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-test-'));
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface TestCore {
  core: Core;
  api: ApiClient;
  file: string;
  close: () => void;
}

/**
 * A new database on a real file. Signed in as its admin unless `signedIn` is false
 * (a database without a profile refuses every write).
 */
export function openTestCore({
  signedIn = true,
  now,
}: {
  signedIn?: boolean;
  /** The laptop's wall clock (a sync test sets one a day wrong). */
  now?: () => number;
} = {}): TestCore {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'rapport.db');
  const core = openCore(file, { create: true, now });
  if (signedIn)
    setupProfile(core, {
      name: 'Ada Admin',
      salesForce: 'strategic',
      function: 'sales_manager',
      email: null,
    });
  return {
    core,
    api: directClient(core),
    file,
    close: () => {
      core.close();
      cleanup();
    },
  };
}
