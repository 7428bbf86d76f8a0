import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/tempDb';

/**
 * `rapport export` stopped from outside while it writes (issue 21): nothing appears under
 * the target's name, and no part of it stays beside it.
 */
const cli = path.resolve(__dirname, '../../../bin/rapport.cjs');
let dir: { dir: string; cleanup: () => void };
let book: string;
let out: string;

beforeAll(() => {
  dir = tempDir();
  book = path.join(dir.dir, 'book.db');
  const made = spawnSync(process.execPath, [cli, 'demo', '--db', book, '--accounts', '12000'], {
    encoding: 'utf8',
  });
  expect(made.status, made.stderr).toBe(0);
  out = path.join(dir.dir, 'reports');
  fs.mkdirSync(out);
}, 180_000);
afterAll(() => dir.cleanup());

const parts = () => fs.readdirSync(out).filter((f) => f.endsWith('.rapport-part'));
const exporting = (target: string) =>
  spawn(process.execPath, [cli, 'export', '--db', book, '--report', 'accounts', '--out', target], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });

/** Waits until the export's part file is there: it is writing. */
async function writing(): Promise<void> {
  while (parts().length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
}

const ended = (child: ReturnType<typeof spawn>) =>
  new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );

describe('an export stopped from outside', () => {
  it('told to stop (SIGTERM), removes its part and leaves no file under the name', async () => {
    const target = path.join(out, 'stopped.csv');
    const child = exporting(target);
    const exit = ended(child);
    await writing();
    child.kill('SIGTERM');
    expect(await exit).toEqual({ code: 130, signal: null });
    expect(fs.existsSync(target)).toBe(false);
    expect(parts()).toEqual([]);
  }, 120_000);

  it('killed outright, leaves no file under the name; the next export clears its part', async () => {
    const target = path.join(out, 'killed.csv');
    const child = exporting(target);
    const exit = ended(child);
    await writing();
    child.kill('SIGKILL');
    expect((await exit).signal).toBe('SIGKILL');
    expect(fs.existsSync(target)).toBe(false);
    // Nobody is left to remove the dead process's part: the next export to the folder does.
    expect(parts()).toHaveLength(1);
    const next = spawnSync(
      process.execPath,
      [cli, 'export', '--db', book, '--report', 'list', '--out', path.join(out, 'next.csv')],
      { encoding: 'utf8' },
    );
    expect(next.status, next.stderr).toBe(0);
    expect(parts()).toEqual([]);
    expect(fs.readdirSync(out).sort()).toEqual(['next.csv']);
  }, 120_000);
});
