import fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import * as XLSX from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import type { AccountPage } from '../../src/shared/domain/account';
import type { KeyDate } from '../../src/shared/domain/relationship';
import { appUrl, callApi } from './app';
import { expectAccessible } from './axe';

/** Exports from the app (issue 21): the file arrives as a download, whole. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(path) };
}

test('the Reports page writes the accounts to a CSV file that arrives as a download', async ({
  page,
}) => {
  const { total } = await callApi<AccountPage>('listAccounts', { limit: 1 });
  await page.goto(appUrl());
  await page.getByRole('link', { name: 'Reports' }).click();
  const card = page.getByRole('region', { name: 'Accounts' });
  const file = await download(page, () =>
    card.getByRole('button', { name: 'Export Accounts' }).click(),
  );
  expect(file.name).toMatch(/^Accounts \d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parse(file.bytes.toString('utf8'), { bom: true }) as string[][];
  expect(header!.slice(0, 2)).toEqual(['Name', 'Kind']);
  expect(rows).toHaveLength(total);
  await expect(card.getByRole('status')).toBeVisible();
  const said = (await card.getByRole('status').textContent())!.replace(/[\u2066-\u2069]/g, '');
  expect(said).toContain(`${total} rows written to ${file.name}.`);
});

test('the account list exports as it is filtered and sorted, to Excel', async ({ page }) => {
  const query = { filter: { lifecycle: ['active'] }, sort: { key: 'city', desc: true } };
  await page.goto(appUrl());
  await page.getByRole('table', { name: 'Account list' }).waitFor();
  await page.getByRole('combobox', { name: 'Lifecycle' }).click();
  await page.getByRole('option', { name: 'Active', exact: true }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'City' }).click();
  await page.getByRole('button', { name: 'City' }).click();
  const shown = await callApi<AccountPage>('listAccounts', { ...query, limit: 1000 });
  await expect(page.getByTestId('account-count')).toContainText(String(shown.total));

  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'The account list' });
  await dialog.getByText('Excel (XLSX)').click();
  const file = await download(page, () =>
    dialog.getByRole('button', { name: 'Export The account list' }).click(),
  );
  expect(file.name).toMatch(/^Account list \d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = XLSX.read(file.bytes);
  const table = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, {
    header: 1,
  });
  const ids = table.slice(1).map((row) => row.at(-1));
  expect(ids).toEqual(shown.rows.map((r) => r.id));
});

test('in Persian, the report is written with Persian column names', async ({ page }) => {
  const stored = JSON.stringify({ state: { language: 'fa' }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.goto(appUrl());
  await page.getByRole('table').first().waitFor();
  await page.goto(new URL('/#/reports', appUrl()).href);
  const card = page.getByRole('region', { name: 'مخاطبان و نقش خرید آنان' });
  const file = await download(page, () =>
    card.getByRole('button', { name: 'خروجی گرفتن از مخاطبان و نقش خرید آنان' }).click(),
  );
  const [header] = parse(file.bytes.toString('utf8'), { bom: true, to: 1 }) as string[][];
  expect(header!.slice(0, 2)).toEqual(['حساب', 'نام']);
});

test('my week arrives as a calendar file', async ({ page }) => {
  await page.goto(appUrl());
  await page.getByRole('link', { name: 'Reports' }).click();
  const card = page.getByRole('region', { name: 'My week' });
  await expect(card.getByRole('radio', { name: 'Calendar (ICS)' })).toBeChecked();
  const file = await download(page, () =>
    card.getByRole('button', { name: 'Export My week' }).click(),
  );
  expect(file.name).toMatch(/^My week \d{4}-\d{2}-\d{2}\.ics$/);
  const text = file.bytes.toString('utf8');
  expect(text.startsWith('BEGIN:VCALENDAR')).toBe(true);
  expect(text.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
});

test('the key dates report is written for the days chosen', async ({ page }) => {
  const [from, to] = ['2026-12-20', '2027-01-10'];
  const dates = await callApi<KeyDate[]>('listKeyDates', { from, to });
  await page.goto(appUrl());
  await page.getByRole('table').first().waitFor();
  await page.goto(new URL('/#/reports', appUrl()).href);
  const card = page.getByRole('region', { name: 'Key dates and greetings' });
  await card.getByRole('textbox', { name: 'From' }).fill(from);
  await card.getByRole('textbox', { name: 'To' }).fill(to);
  await expectAccessible(page, 'reports page with a period chosen');
  const file = await download(page, () =>
    card.getByRole('button', { name: 'Export Key dates and greetings' }).click(),
  );
  expect(file.name).toMatch(/^Key dates and greetings \d{4}-\d{2}-\d{2}\.csv$/);
  const [header, ...rows] = parse(file.bytes.toString('utf8'), { bom: true }) as string[][];
  expect(header!.slice(0, 2)).toEqual(['Date', 'Occasion']);
  expect(rows.map((r) => r[0])).toEqual(dates.map((d) => d.date));
  await page.screenshot({ path: 'test-reports/reports-period-en.png', fullPage: true });
});

test('in Persian, the new reports are offered with their days, and pass axe', async ({ page }) => {
  const stored = JSON.stringify({ state: { language: 'fa' }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.goto(appUrl());
  await page.getByRole('table').first().waitFor();
  await page.goto(new URL('/#/reports', appUrl()).href);
  for (const name of ['سلامت رابطه', 'تاریخ‌های مهم و تبریک‌ها', 'تاریخچهٔ واگذاری‌ها']) {
    await expect(page.getByRole('region', { name })).toBeVisible();
  }
  const history = page.getByRole('region', { name: 'تاریخچهٔ واگذاری‌ها' });
  await expect(history.getByRole('textbox', { name: 'از' })).toBeVisible();
  await expect(history.getByRole('textbox', { name: 'تا' })).toBeVisible();
  await expectAccessible(page, 'reports page in Persian');
  await page.screenshot({ path: 'test-reports/reports-fa-new.png', fullPage: true });
});

test("an account's plan arrives as a PDF document from its page", async ({ page }) => {
  const { rows } = await callApi<AccountPage>('listAccounts', {
    filter: { kind: ['customer'] },
    limit: 1,
  });
  const account = rows[0]!;
  await page.goto(appUrl());
  await page.goto(`/#/accounts/${account.id}`);
  await page.getByRole('button', { name: 'Account plan…' }).click();
  const dialog = page.getByRole('dialog', { name: `Account plan: ${account.name}` });
  await expectAccessible(page, 'account plan dialog');
  const file = await download(page, () =>
    dialog.getByRole('button', { name: `Export Account plan: ${account.name}` }).click(),
  );
  expect(file.name).toMatch(/\.pdf$/);
  expect(file.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = spawnSync('pdftotext', ['-', '-'], { input: file.bytes, encoding: 'utf8' }).stdout;
  for (const heading of ['Details', 'Key contacts', 'Covering team', 'Open opportunities']) {
    expect(text).toContain(heading);
  }
});
