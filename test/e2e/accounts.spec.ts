import { expect, test } from '@playwright/test';
import { callApi, openApp } from './app';

interface Page {
  rows: { id: string; name: string }[];
  total: number;
}

test('the app opens on the account list with the demo book', async ({ page }) => {
  await openApp(page);
  const { total, rows } = await callApi<Page>('listAccounts', {});
  await expect(page.getByTestId('account-count')).toContainText(String(total));
  await expect(page.getByRole('link', { name: rows[0]!.name, exact: true })).toBeVisible();
  // the token has left the address bar
  expect(page.url()).not.toContain('token=');
});

test('a rep finds an account by typing part of its name, and opens it', async ({ page }) => {
  const { rows } = await callApi<Page>('listAccounts', { offset: 137, limit: 1 });
  const target = rows[0]!;
  const word = target.name.split(/\s+/).find((w) => w.length >= 4) ?? target.name;
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill(word.slice(0, 4));
  await expect(page.getByRole('option').first()).toBeVisible();
  await search.fill(target.name);
  await page
    .getByRole('option', { name: new RegExp(target.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 2, name: target.name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Key contacts' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Covering team' })).toBeVisible();
});

test('a rep creates an account, edits it, reloads, and the change is kept', async ({ page }) => {
  await openApp(page);
  await page.getByRole('link', { name: 'New account' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Hạ Long Sjømat AS');
  await page.getByLabel('City').fill('Ålesund');
  await page.getByLabel('Country').fill('NO');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Hạ Long Sjømat AS' })).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('City').fill('Tromsø');
  await page.getByRole('button', { name: 'Save' }).click();
  // back on the account page (not the form) with the new city shown
  await expect(page).toHaveURL(/#\/accounts\/[0-9a-f-]+$/);
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details).toContainText('Tromsø');

  await page.reload();
  await expect(details).toContainText('Tromsø');
  await expect(details).not.toContainText('Ålesund');
  const hits = await callApi<{ name: string }[]>('search', { text: 'ha long sjomat' });
  expect(hits[0]?.name).toBe('Hạ Long Sjømat AS');
});

test('a bad value in the form shows the field message and saves nothing', async ({ page }) => {
  const before = (await callApi<Page>('listAccounts', {})).total;
  await openApp(page);
  await page.getByRole('link', { name: 'New account' }).click();
  await page.getByLabel('Country').fill('N1');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Name is required')).toBeVisible();
  await expect(page.getByText('Country must be a two-letter code such as NO or VN')).toBeVisible();
  expect((await callApi<Page>('listAccounts', {})).total).toBe(before);
});
