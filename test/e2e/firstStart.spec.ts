import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { startHost, stopAll } from './processes';
import { screenshot } from './screenshots';

// Each test has its own web host on a new, empty book: what a first start sees.
let dir: string;
test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-first-start-'));
});
test.afterEach(async () => {
  await stopAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function openEmptyBook(page: Page, language: 'en' | 'fa' = 'en'): Promise<string> {
  const book = path.join(dir, 'rapport.db');
  const host = await startHost(book);
  const stored = JSON.stringify({ state: { language }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.goto(host.url.href);
  return book;
}

test('the demo opens in a book of its own, and the user can leave it for a real start', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const book = await openEmptyBook(page);
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  await page.getByRole('button', { name: 'Open the demo' }).click();
  await expect(page.getByRole('table', { name: 'Account list' })).toBeVisible({ timeout: 60_000 });
  await expect(
    page.getByRole('status').filter({ hasText: 'You are in the demo book' }),
  ).toBeVisible();
  expect(fs.existsSync(path.join(dir, 'rapport-demo.db'))).toBe(true);

  await page.getByRole('button', { name: 'Leave the demo' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toBeVisible();
  expect(fs.existsSync(book)).toBe(true);
});

test('joining my team leads to sync setup', async ({ page }) => {
  await openEmptyBook(page);
  await page.getByRole('link', { name: 'Set up sync' }).first().click();
  await expect(page.getByRole('heading', { level: 2, name: 'Sync' })).toBeVisible();
});

test('starting a new team makes me its admin, with an empty book to fill', async ({ page }) => {
  await openEmptyBook(page);
  await page.getByRole('button', { name: 'Start the team' }).click();
  await expect(page.getByText(/Name/).first()).toBeVisible();
  await page.getByRole('textbox', { name: 'Your name' }).fill('Kari Nordmann');
  await page.getByRole('button', { name: 'Start the team' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome to Rapport' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'New account' })).toBeVisible();
});

for (const language of ['en', 'fa'] as const) {
  test(`the ways in pass axe-core in ${language}`, async ({ page }) => {
    await openEmptyBook(page, language);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(page, `First start (${language})`);
    await screenshot(page, `first-start-${language}.png`, 800);
  });
}
