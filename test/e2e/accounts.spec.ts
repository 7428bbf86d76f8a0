import { expect, test } from '@playwright/test';
import { appUrl, callApi, openApp } from './app';

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
  // Countries are picked by name, typed in the user's language.
  await page.getByRole('combobox', { name: 'Country' }).fill('Norw');
  await page.getByRole('option', { name: 'Norway (NO)' }).click();
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
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Name is required')).toBeVisible();
  await page.getByRole('textbox', { name: 'Name' }).fill('Negative AS');
  await page.getByLabel('Cost to serve').fill('-5');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Cost to serve cannot be negative')).toBeVisible();
  expect((await callApi<Page>('listAccounts', {})).total).toBe(before);
});

test('leaving the account form with unsaved typing asks first; keeping on keeps the text', async ({
  page,
}) => {
  const before = (await callApi<Page>('listAccounts', {})).total;
  await openApp(page);
  await page.getByRole('link', { name: 'New account' }).click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Half-typed AS');

  await page.getByRole('button', { name: 'Cancel' }).click();
  const ask = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Keep editing' }).click();
  await expect(name).toHaveValue('Half-typed AS');

  // another page, through the sidebar, is held the same way until the person discards
  await page.getByRole('link', { name: 'My week' }).click();
  await expect(ask).toBeVisible();
  await expect(page).toHaveURL(/#\/accounts\/new$/);
  await ask.getByRole('button', { name: 'Discard' }).click();
  await expect(page).toHaveURL(/#\/week$/);
  expect((await callApi<Page>('listAccounts', {})).total).toBe(before);
});

test('in Persian, a Latin name in the list is laid out left to right, its start kept', async ({
  page,
}) => {
  const stored = JSON.stringify({ state: { language: 'fa' }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.goto(appUrl());
  const cell = page
    .getByRole('cell')
    .filter({ hasText: /^[A-Za-z]/ })
    .first();
  await expect(cell).toBeVisible();
  // Runs in the page (this file is typed for Node, without the DOM's types).
  const direction = (el: unknown) =>
    (
      globalThis as unknown as { getComputedStyle(e: unknown): { direction: string } }
    ).getComputedStyle(el).direction;
  expect(await page.locator('html').evaluate(direction)).toBe('rtl');
  expect(await cell.evaluate(direction)).toBe('ltr');
});
