import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect } from 'vitest';
import { openCore, type Core } from '../../src/main/core/core';
import { tempDir } from './tempDb';

/** The `rapport` command of this checkout. */
export const cli = path.resolve(__dirname, '../../bin/rapport.cjs');

export interface DemoBook {
  dir: string;
  book: string;
  core: Core;
  close(): void;
}

/** A demo book made by `rapport demo` in a fresh folder, opened; `close` removes it all. */
export function demoBook(accounts: number): DemoBook {
  const { dir, cleanup } = tempDir();
  const book = path.join(dir, 'book.db');
  const made = spawnSync(
    process.execPath,
    [cli, 'demo', '--db', book, '--accounts', String(accounts)],
    {
      encoding: 'utf8',
    },
  );
  expect(made.status, made.stderr).toBe(0);
  const core = openCore(book);
  return {
    dir,
    book,
    core,
    close: () => {
      core.close();
      cleanup();
    },
  };
}
