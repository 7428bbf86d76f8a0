/**
 * Retakes the README's pictures: a fresh demo book served by `rapport web`,
 * photographed in Chromium. Run with `npx tsx scripts/screenshots.ts`.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from '@playwright/test';

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'bin/rapport.cjs');
const docs = path.join(root, 'docs');

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-shots-'));
  const db = path.join(dir, 'demo.db');
  spawnSync(process.execPath, [cli, 'demo', '--db', db, '--accounts', '1000'], {
    stdio: 'inherit',
  });
  const showcase = strategicAccountWithSites(db);
  const web = spawn(process.execPath, [cli, 'web', '--db', db], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve) => {
    web.stdout.on('data', (chunk: Buffer) => {
      const found = /running at (\S+)/.exec(chunk.toString());
      if (found?.[1]) resolve(found[1]);
    });
  });
  const browser = await chromium.launch({
    executablePath: fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
    await page.goto(url);
    await page.getByRole('table', { name: 'Account list' }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(docs, 'account-list.png') });
    await page.getByRole('combobox', { name: 'Search' }).fill(showcase);
    await page.getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: 'Covering team' }).waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(docs, 'account-page.png'), fullPage: true });
  } finally {
    await browser.close();
    web.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A key customer with sites and a covering team: the page that shows the most. */
function strategicAccountWithSites(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT a.name FROM accounts a
         WHERE a.tier = 'A' AND a.sales_force = 'strategic'
           AND EXISTS (SELECT 1 FROM accounts s WHERE s.parent_id = a.id)
           AND (SELECT count(*) FROM assignments WHERE account_id = a.id AND valid_to IS NULL) >= 2
         ORDER BY a.sort_name LIMIT 1`,
      )
      .pluck()
      .get() as string;
  } finally {
    db.close();
  }
}

void main();
