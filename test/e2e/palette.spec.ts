/*
 * The command palette and "Log an interaction", driven from the keyboard as a rep
 * would. Screenshots (docs/screenshots/palette-en.png, record-dialog-en.png) are taken
 * only with RAPPORT_SCREENSHOTS=1:
 *   RAPPORT_SCREENSHOTS=1 npx playwright test test/e2e/palette.spec.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { AccountDetail } from '../../src/shared/api';
import type { AccountPage } from '../../src/shared/domain/account';
import type { Interaction } from '../../src/shared/domain/interaction';
import type { SearchHit } from '../../src/shared/domain/search';
import { callApi, openApp } from './app';

const shots =
  process.env.RAPPORT_SCREENSHOTS === '1'
    ? path.resolve(__dirname, '../../docs/screenshots')
    : null;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  fs.mkdirSync(shots, { recursive: true });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(shots, name) });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const palette = (page: Page) => page.getByRole('dialog', { name: 'Search and commands' });
const logDialog = (page: Page) => page.getByRole('dialog', { name: 'Log an interaction' });

async function openPalette(page: Page): Promise<void> {
  await page.keyboard.press('ControlOrMeta+KeyK');
  await expect(palette(page).getByRole('textbox')).toBeFocused();
}

async function allAccounts(): Promise<AccountPage['rows']> {
  return (await callApi<AccountPage>('listAccounts', { limit: 500 })).rows;
}

/** Today on this machine, as the core counts days for follow-ups. */
function isoDay(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  const local = new Date(day.getTime() - day.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

test('a Persian name typed with Arabic ي finds the account stored with ی', async ({ page }) => {
  const persian = (await allAccounts()).find((a) => a.name.includes('ی'));
  expect(persian, 'the demo book has a Persian account name with ی').toBeDefined();
  const typed = persian!.name.replaceAll('ی', 'ي');
  expect(typed).not.toBe(persian!.name);

  await openApp(page);
  // From anywhere, even while the list's own search box has the focus.
  await page.getByRole('combobox', { name: 'Search' }).focus();
  await openPalette(page);
  await page.keyboard.type(typed);
  const hit = palette(page).getByRole('button', { name: new RegExp(escape(persian!.name)) });
  await expect(hit.first()).toBeVisible();
  await expect(hit.first()).toContainText('in name');
  await expect(palette(page).getByRole('button', { name: 'Log an interaction' })).toHaveCount(0);
  await screenshot(page, 'palette-en.png');
});

test('a Vietnamese name typed without diacritics opens its account with Enter', async ({
  page,
}) => {
  const hits = await callApi<SearchHit[]>('search', { text: 'nguyen', limit: 50 });
  const vietnamese = hits.find((h) => /Nguyễn/.test(h.name) && h.name.split(' ').length >= 3);
  expect(vietnamese, 'the demo book has a Nguyễn').toBeDefined();
  const typed = vietnamese!.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
  const [first] = await callApi<SearchHit[]>('search', { text: typed, limit: 1 });
  const { account } = await callApi<AccountDetail>('getAccount', { id: first!.accountId });

  await openApp(page);
  await openPalette(page);
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: account.name })).toBeVisible();
  await expect(palette(page)).toBeHidden();
});

test('a visit with a next step is logged from the palette in a few keystrokes', async ({
  page,
}) => {
  const account = (await allAccounts()).find((a) => /^[A-Za-z ]+$/.test(a.name))!;
  // Due today: in this week, whichever day the week starts on.
  const due = isoDay(0);
  const subject = 'Quarterly review at the plant';

  await openApp(page);
  await openPalette(page);
  await page.keyboard.type('log');
  await page.keyboard.press('Enter');
  const dialog = logDialog(page);
  await expect(dialog.getByRole('combobox', { name: 'Account' })).toBeFocused();
  await page.keyboard.type(account.name);
  await expect(page.getByRole('option', { name: account.name }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'Account' })).toHaveValue(account.name);
  await expect(dialog.getByRole('combobox', { name: 'Kind' })).toHaveValue('Visit');
  await dialog.getByRole('textbox', { name: 'Subject' }).fill(subject);
  await dialog.getByRole('textbox', { name: 'Next step', exact: true }).fill('Send the quote');
  await dialog.getByLabel('Next step due').fill(due);
  await screenshot(page, 'record-dialog-en.png');
  await page.keyboard.press('ControlOrMeta+Enter');

  await expect(page.getByText('Interaction logged; its next step is a follow-up')).toBeVisible();
  await expect(dialog).toBeHidden();
  const logged = await callApi<Interaction[]>('listInteractions', { accountId: account.id });
  const visit = logged.find((i) => i.subject === subject);
  expect(visit).toMatchObject({ kind: 'visit', nextStep: 'Send the quote', nextStepDue: due });
  const followUps = await callApi<Interaction[]>('listFollowUps', { dueBefore: isoDay(8) });
  expect(followUps.map((f) => f.id)).toContain(visit!.id);

  // The next step is now something the rep owes: My week lists it, at its account.
  await page.getByRole('link', { name: 'My week' }).click();
  const card = page.getByText('Send the quote').locator('xpath=ancestor::*[.//a][1]');
  await expect(card.getByRole('link', { name: account.name })).toBeVisible();
});

test('the dialog names what is missing, and the core’s refusal lands on its field', async ({
  page,
}) => {
  const account = (await allAccounts())[3]!;
  await openApp(page);
  await openPalette(page);
  await page.keyboard.type('log');
  await page.keyboard.press('Enter');
  const dialog = logDialog(page);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Choose the account')).toBeVisible();
  await expect(dialog.getByText('Subject is required')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(page.getByRole('alertdialog', { name: 'Discard this interaction?' })).toBeHidden();
  await expect(dialog).toBeHidden();
  // Untouched, it closed without asking. Now a follow-up due before today: the schema
  // lets it pass (due after the visit), the core refuses it, under its field.
  await openPalette(page);
  await page.keyboard.type('log');
  await page.keyboard.press('Enter');
  await dialog.getByRole('combobox', { name: 'Account' }).fill(account.name);
  await page.getByRole('option', { name: account.name }).first().click();
  await dialog.getByLabel('When').fill(`${isoDay(-30)}T10:00`);
  await dialog.getByRole('textbox', { name: 'Subject' }).fill('Old visit');
  await dialog.getByLabel('Next step due').fill(isoDay(-2));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(/Next step due cannot be in the past/)).toBeVisible();
  await expect(dialog).toBeVisible();
});

test('leaving the dialog with unsaved text asks first', async ({ page }) => {
  await openApp(page);
  await openPalette(page);
  await page.keyboard.type('log');
  await page.keyboard.press('Enter');
  const dialog = logDialog(page);
  const subject = dialog.getByRole('textbox', { name: 'Subject' });
  await subject.fill('Lunch with the buyer');
  const confirm = page.getByRole('alertdialog', { name: 'Discard this interaction?' });
  // The account picker opens its list when the dialog opens; an Escape that lands while
  // it is still open closes the list first, as it should. Escape again, then.
  await expect(async () => {
    await subject.press('Escape');
    await expect(confirm).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await confirm.getByRole('button', { name: 'Keep editing' }).click();
  await expect(confirm).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: 'Subject' })).toHaveValue(
    'Lunch with the buyer',
  );

  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await confirm.getByRole('button', { name: 'Discard' }).click();
  await expect(dialog).toBeHidden();
  // Opened again, it starts empty.
  await page.getByRole('button', { name: 'Search and commands' }).click();
  await expect(palette(page).getByRole('textbox')).toBeFocused();
  await page.keyboard.type('log');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('textbox', { name: 'Subject' })).toHaveValue('');
});
