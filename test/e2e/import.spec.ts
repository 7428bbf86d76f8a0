import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { RecentImport } from '../../src/shared/imports';
import fa from '../../src/renderer/src/importing/i18n/fa.json';
import { appUrl, callApi } from './app';
import { salesforceFile, uploadFile } from './importFile';

/**
 * Importing from the app (issue 21), as a person does it: the file from the page's file
 * input, a column mapped by hand, the refused row seen with its line and reason, the
 * import confirmed, the accounts found, and the import undone.
 */
const shots =
  process.env.RAPPORT_SCREENSHOTS === '1'
    ? path.resolve(__dirname, '../../docs/screenshots')
    : null;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  // Tall enough for the whole screen: the footer is fixed, so a full-page shot would cover it.
  await page.setViewportSize({ width: 1280, height: 1400 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(shots, name) });
}

test('imports a Salesforce export: maps a column, sees the refused row, confirms, finds the accounts, undoes', async ({
  page,
}) => {
  const tag = `e${Date.now() % 100000}`;
  await page.goto(appUrl());
  await page.getByRole('table', { name: 'Account list' }).waitFor();
  await page.getByRole('link', { name: 'Import…' }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Import accounts or contacts' }),
  ).toBeVisible();
  await page.getByLabel('CSV or Excel file').setInputFiles(salesforceFile(tag));
  await expect(page.getByTestId('import-file')).toContainText(`salesforce-${tag}.csv`);

  const mapping = page.getByRole('table', { name: 'Columns of the file' });
  await expect(page.getByTestId('import-format')).toHaveText(
    'Read as CSV: UTF-8, columns separated by commas.',
  );
  await expect(mapping.getByRole('combobox', { name: 'Field filled by Account Name' })).toHaveValue(
    'name',
  );
  const website = mapping.getByRole('combobox', { name: 'Field filled by Nettsted' });
  await expect(website).toHaveValue('');
  await website.selectOption({ label: 'Website' });
  await expect(website).toHaveValue('website');

  const refused = page.getByRole('table', { name: 'Refused rows' });
  await expect(refused.getByRole('row').nth(1)).toContainText('3');
  await expect(refused.getByRole('row').nth(1)).toContainText('Unknown country “Atlantis”');
  await expect(page.getByTestId('import-created')).toContainText('2');
  await screenshot(page, 'import-en.png');

  await page.getByRole('button', { name: 'Confirm import' }).click();
  const done = page.getByTestId('import-done');
  await expect(done.getByRole('heading', { name: 'Imported' })).toBeVisible();
  await expect(done.getByTestId('import-created')).toContainText('2');
  await expect(done.getByTestId('import-refused')).toContainText('1');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    done.getByRole('button', { name: 'Download refused rows (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`salesforce-${tag} (Error).csv`);
  expect(fs.readFileSync(await download.path(), 'utf8')).toContain('Atlantis');

  await page.goto(new URL('/#/accounts', appUrl()).href);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(`Fjordbris ${tag}`);
  await expect(page.getByRole('option', { name: new RegExp(`Fjordbris ${tag} AS`) })).toBeVisible();
  await search.fill('');
  const hits = await callApi<{ name: string }[]>('search', { text: `Mekong Mills ${tag}` });
  expect(hits.map((h) => h.name)).toContain(`Mekong Mills ${tag}`);

  await page.goto(new URL('/#/import', appUrl()).href);
  const [latest] = await callApi<RecentImport[]>('recentImports', {});
  expect(latest).toMatchObject({
    fileName: `salesforce-${tag}.csv`,
    created: 2,
    undoRefusal: null,
  });
  await page.getByRole('button', { name: `Undo import of salesforce-${tag}.csv` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: 2 archived' })).toBeVisible();
  expect(await callApi('search', { text: `Fjordbris ${tag}` })).toEqual([]);
});

test('the import screen in Persian reads right to left', async ({ page }) => {
  const tag = `f${Date.now() % 100000}`;
  const mapping = await uploadFile(page, tag, 'fa');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(mapping.getByRole('combobox').first()).toBeVisible();
  await expect(page.getByRole('table', { name: fa.importScreen.refusedRows })).toBeVisible();
  await screenshot(page, 'import-fa.png');
});
