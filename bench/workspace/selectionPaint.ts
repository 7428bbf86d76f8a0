/**
 * Customer selection in Chromium through the web host (issue 13: smooth with 100k
 * points): from a click on the sidebar link to the chart drawn, for an admin, whose
 * chart holds every account. Reported, not asserted. Needs the built renderer
 * (`npx electron-vite build`) and Chromium; alone:
 * `npx tsx bench/workspace/selectionPaint.ts FILE` — FILE is changed (its profile
 * becomes an admin), so give it a copy of a book.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { openDatabase } from '../../src/main/db/open';

const ROUNDS = 3;

function makeProfileAdmin(file: string): void {
  const db = openDatabase(file);
  db.prepare(
    `UPDATE team_members SET app_role = 'admin'
     WHERE id = (SELECT unhex(value) FROM meta WHERE key = 'profile_member_id')`,
  ).run();
  db.close();
}

async function webHost(file: string): Promise<{ url: string; stop: () => void }> {
  const cli = path.resolve(__dirname, '../../bin/rapport.cjs');
  const web = spawn(process.execPath, [cli, 'web', '--db', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    web.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /running at (\S+)/.exec(output);
      if (found?.[1]) resolve(found[1]);
    });
    web.on('exit', (code) => reject(new Error(`web host exited with ${code}`)));
  });
  return { url, stop: () => web.kill('SIGTERM') };
}

/** Milliseconds from the click to the table filled and the chart's frame painted. */
export async function selectionPaint(file: string): Promise<number[]> {
  makeProfileAdmin(file);
  const host = await webHost(file);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(host.url);
      await page.getByRole('table').first().waitFor();
      const start = Date.now();
      await page.getByRole('link', { name: 'Customer selection' }).click();
      await page
        .getByRole('table', { name: /Accounts in the chart/ })
        .getByRole('link')
        .first()
        .waitFor({ timeout: 120_000 });
      // The chart is drawn in the same render; wait for the frame that shows it.
      // (a string: this file is typed for Node, which has no requestAnimationFrame)
      await page.evaluate(
        'new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))',
      );
      times.push(Date.now() - start);
      await page.close();
    }
    return times;
  } finally {
    await browser.close();
    host.stop();
  }
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: tsx bench/workspace/selectionPaint.ts FILE');
  void selectionPaint(file).then((times) =>
    console.log(`customer selection painted, 100k book as admin: ${times.join(' / ')} ms`),
  );
}
