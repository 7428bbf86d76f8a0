import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openCore, type Core } from '../../src/main/core/core';
import { directClient } from '../../src/main/api/dispatch';
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

export function openTestCore(): TestCore {
  const { dir, cleanup } = tempDir();
  const file = path.join(dir, 'rapport.db');
  const core = openCore(file, { create: true });
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
