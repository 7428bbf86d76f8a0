/*
 * Search that forgives (issue 22): a name typed with a slip, or without its
 * apostrophe, is found in the command palette and in the header's search, and a hit
 * found by forgiving a slip says so, in English and in Persian. Screenshots
 * (docs/screenshots/search-typo-en.png, search-typo-fa.png) only with
 * RAPPORT_SCREENSHOTS=1:
 *   RAPPORT_SCREENSHOTS=1 npx playwright test test/e2e/typos.spec.ts
 */
import { expect, test, type Page } from '@playwright/test';
import { callApi, inLanguage } from './app';
import { expectAccessible } from './axe';
import { screenshot } from './screenshots';

async function typeInPalette(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+KeyK');
  const box = page.getByRole('dialog').getByRole('textbox');
  await expect(box).toBeFocused();
  await box.fill(text);
}

const hit = (page: Page, name: string) =>
  page.getByRole('dialog').getByRole('button', { name: new RegExp(name) });

test('a name typed with a slip, or without its apostrophe, is found', async ({ page }) => {
  await callApi('createAccount', { name: 'Quillfeather Maritime' });
  await callApi('createAccount', { name: "O'Sullivan Quayside" });
  await inLanguage(page, 'en');

  // A letter missing, then two neighbours swapped: found, and marked as similar.
  await typeInPalette(page, 'quilfeather');
  await expect(hit(page, 'Quillfeather Maritime')).toContainText('similar name');
  await page.getByRole('dialog').getByRole('textbox').fill('quillfeather martiime');
  await expect(hit(page, 'Quillfeather Maritime')).toContainText('similar name');
  await expectAccessible(page, 'command palette with a similar name');
  await screenshot(page, 'search-typo-en.png');

  // Without its apostrophe: found as typed, not as a slip.
  await page.getByRole('dialog').getByRole('textbox').fill('osullivan');
  await expect(hit(page, "O'Sullivan Quayside")).toContainText('in name');
  await page.keyboard.press('Escape');

  // The header's search forgives the same slips.
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('quillfaether');
  const option = page.getByRole('option', { name: /Quillfeather Maritime/ });
  await expect(option).toContainText('Similar name');
  await search.fill('osulivan quay');
  await expect(page.getByRole('option', { name: /O'Sullivan Quayside/ })).toContainText(
    'Similar name',
  );
});

test('a Persian name typed with two letters swapped is found, in Persian', async ({ page }) => {
  await callApi('createAccount', { name: 'کشتیرانی نیلوفر آبی' });
  await inLanguage(page, 'fa');
  await typeInPalette(page, 'کشیترانی نیلوفر');
  await expect(hit(page, 'کشتیرانی نیلوفر آبی')).toContainText('نام مشابه');
  await expectAccessible(page, 'command palette with a similar name, in Persian');
  await screenshot(page, 'search-typo-fa.png');
});
