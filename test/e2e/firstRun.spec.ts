import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openDatabase } from '../../src/main/db/open';

const cli = path.resolve(__dirname, '../../bin/rapport.cjs');
let dir: string;
let web: ChildProcess;
let url: URL;

// Its own web host on an empty book: the shared one already has its demo data.
test.beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-first-run-'));
  const db = path.join(dir, 'new.db');
  openDatabase(db, { create: true }).close();
  web = spawn(process.execPath, [cli, 'web', '--db', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<URL>((resolve, reject) => {
    let output = '';
    web.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (\S+)/.exec(output);
      if (found?.[1]) resolve(new URL(found[1]));
    });
    web.on('exit', (code) => reject(new Error(`web host exited with ${code}: ${output}`)));
  });
});

test.afterAll(async () => {
  if (web.exitCode === null) {
    web.kill('SIGTERM');
    await new Promise((resolve) => web.once('exit', resolve));
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test('while the demo book is made, the window shows how far it is, then the app', async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The first-run demo (1,000 accounts) is over in a second or two; a bigger one,
  // started the same way, leaves time to see the screen.
  const started = await fetch(new URL('/api/jobs', url.origin), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${url.searchParams.get('token')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ kind: 'demo', input: { accounts: 8000 } }),
  });
  expect(started.status).toBe(200);

  await page.goto(url.href);
  const heading = page.getByRole('heading', { name: /Preparing your demo book… \d+%/ });
  await expect(heading).toBeVisible();
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  const first = Number(/(\d+)%/.exec((await heading.textContent()) ?? '')?.[1]);
  await expect
    .poll(async () => Number(/(\d+)%/.exec((await heading.textContent()) ?? '')?.[1] ?? 100))
    .toBeGreaterThan(first);

  await expect(page.getByRole('table', { name: 'Account list' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(heading).toHaveCount(0);
});
