import { expect, test, type Page } from '@playwright/test';
import { appUrl, callApi } from './app';
import { expectAccessible } from './axe';

/**
 * axe-core on every screen and dialog, in English and in Persian (right to left): no
 * serious or critical violation, colour contrast included (WCAG 2.1 AA).
 */
const languages = ['en', 'fa'] as const;

async function inLanguage(page: Page, language: (typeof languages)[number]): Promise<void> {
  // The language the app remembers (zustand's persisted store), set before the app starts.
  const stored = JSON.stringify({ state: { language }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.goto(appUrl());
  await page.getByRole('table').first().waitFor();
  await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`));
}

for (const language of languages) {
  test.describe(`in ${language}`, () => {
    test('the account list, an account, the account form and the sync screens', async ({
      page,
    }) => {
      await inLanguage(page, language);
      await expectAccessible(page, 'account list');

      const { rows } = await callApi<{ rows: { id: string }[] }>('listAccounts', { limit: 1 });
      await page.goto(`/#/accounts/${rows[0]!.id}`);
      await page.getByRole('heading', { level: 2 }).waitFor();
      await expectAccessible(page, 'account page');

      await page.goto(`/#/accounts/new`);
      await page.getByRole('textbox').first().waitFor();
      await expectAccessible(page, 'new account form');

      await page.goto('/#/sync/setup');
      await page.getByRole('heading', { level: 2 }).waitFor();
      await expectAccessible(page, 'sync setup');

      await page.goto('/#/sync/review');
      await page.getByRole('heading', { level: 2 }).waitFor();
      await expectAccessible(page, 'sync review');
    });

    test('the search suggestions and a form error', async ({ page }) => {
      await inLanguage(page, language);
      const search = page.getByRole('combobox').first();
      await search.fill('a');
      await page.getByRole('option').first().waitFor();
      await expectAccessible(page, 'search suggestions');

      await page.goto(`/#/accounts/new`);
      await page.getByRole('textbox').first().waitFor();
      await page.locator('form button[type="submit"]').click();
      await page.getByRole('alert').or(page.locator('[aria-invalid="true"]')).first().waitFor();
      await expectAccessible(page, 'form with errors');
    });
  });
}
