import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { openCore, setProfile } from '../../src/main/core/core';
import { appUrl, callApi } from './app';
import { startHost, stopAll } from './processes';
import { call } from './hostApi';
import { expectAccessible } from './axe';

/** Issue 22: the list a rep lives in — last contact and health, unclipped in every language. */

interface ListPage {
  rows: { name: string; lastContactAt: string | null; health: number | null }[];
  total: number;
}

const shots =
  process.env.RAPPORT_SCREENSHOTS === '1'
    ? path.resolve(__dirname, '../../docs/screenshots')
    : null;

async function openIn(page: Page, language: string, url = appUrl()): Promise<void> {
  const stored = JSON.stringify({ state: { language }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.setViewportSize({ width: 1024, height: 700 });
  await page.goto(url);
  await page.getByRole('cell').nth(3).waitFor();
}

/** What the test reads of a header or cell (the test's types have no DOM). */
interface Box {
  scrollWidth: number;
  clientWidth: number;
  textContent: string | null;
  firstElementChild: { scrollWidth: number } | null;
}

/** Headers and cells whose text is wider than their box (cut off at the side). */
const clipped = (page: Page) =>
  page
    .locator('[role=columnheader], [role=cell]')
    .evaluateAll((cells: Box[]) =>
      cells
        .filter(
          (c) =>
            c.scrollWidth > c.clientWidth ||
            (c.firstElementChild?.scrollWidth ?? 0) > c.clientWidth,
        )
        .map((c) => `${c.textContent} (${c.scrollWidth} > ${c.clientWidth})`),
    );

for (const language of ['vi', 'nb'] as const) {
  test(`no header or value is cut off at 1024×700 in ${language}`, async ({ page }) => {
    await openIn(page, language);
    expect(await page.locator('[role=cell]').count()).toBeGreaterThan(50);
    expect(await clipped(page)).toEqual([]);
  });
}

test('sorts by last contact and by health, as the core orders them', async ({ page }) => {
  await openIn(page, 'en');
  for (const [header, key] of [
    ['Last contact', 'lastContact'],
    ['Health', 'health'],
  ] as const) {
    await page.getByRole('columnheader', { name: header }).getByRole('button').click();
    await expect(page.getByRole('columnheader', { name: header })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const { rows } = await callApi<ListPage>('listAccounts', {
      sort: { key, desc: false },
      limit: 3,
    });
    for (const [i, row] of rows.entries())
      await expect(page.getByRole('row').nth(i + 1)).toContainText(row.name);
  }
  await page.getByRole('columnheader', { name: 'Health' }).getByRole('button').click();
  const { rows } = await callApi<ListPage>('listAccounts', { sort: { key: 'health', desc: true } });
  await expect(page.getByRole('row').nth(1)).toContainText(rows[0]!.name);
  await expect(page.getByRole('row').nth(1)).toContainText(String(rows[0]!.health));
});

test('"not contacted in N days" narrows the list to the accounts nobody reached', async ({
  page,
}) => {
  await openIn(page, 'en');
  const all = (await callApi<ListPage>('listAccounts', {})).total;
  const { total } = await callApi<ListPage>('listAccounts', { filter: { notContactedInDays: 90 } });
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(all);
  await page.getByRole('textbox', { name: 'Not contacted in (days)' }).fill('90');
  await expect(page.getByTestId('account-count')).toHaveText(
    `Accounts found: ${total.toLocaleString('en')}`,
  );
  if (shots) await page.screenshot({ path: path.join(shots, 'account-list-not-contacted-en.png') });
});

for (const language of ['en', 'fa'] as const) {
  test(`the list with last contact and health is accessible in ${language}`, async ({ page }) => {
    await openIn(page, language);
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectAccessible(page, `account list (${language})`);
    if (shots) {
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(shots, `account-list-${language}.png`) });
    }
  });
}

test.describe('a rep', () => {
  let dir: string;
  test.afterAll(async () => {
    await stopAll();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('opens the list on their own accounts, and can widen it to the whole book', async ({
    page,
  }) => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-rep-list-'));
    const file = path.join(dir, 'rep.db');
    const source = new Database(process.env.RAPPORT_E2E_DB!, { readonly: true });
    await source.backup(file);
    source.close();
    const copy = openCore(file);
    const rep = copy.db
      .prepare(
        `SELECT hex(m.id) AS id, m.name FROM assignments s JOIN team_members m ON m.id = s.member_id
         WHERE m.app_role = 'rep' AND s.is_owner = 1 AND s.valid_to IS NULL AND s.deleted = 0
         LIMIT 1`,
      )
      .get() as { id: string; name: string };
    const id = rep.id.toLowerCase().replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    setProfile(copy, id);
    const all = copy.db
      .prepare('SELECT count(*) FROM accounts WHERE deleted = 0 AND archived = 0')
      .pluck()
      .get() as number;
    copy.close();
    const host = await startHost(file);
    const own = await call<ListPage>(host, 'listAccounts', { filter: { ownerId: [id] } });
    const mine = own.total;
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThan(all);

    await openIn(page, 'en', host.url.href);
    await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveValue(rep.name);
    await expect(page.getByTestId('account-count')).toHaveText(
      `Accounts found: ${mine.toLocaleString('en')}`,
    );
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByTestId('account-count')).toHaveText(
      `Accounts found: ${all.toLocaleString('en')}`,
    );
  });
});
