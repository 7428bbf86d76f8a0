import { expect, test } from '@playwright/test';
import { callApi, inLanguage } from './app';
import { expectAccessible } from './axe';
import { uploadFile } from './importFile';
import { territoryBook } from './territoryBook';

/**
 * axe-core on every screen and dialog, in English and in Persian (right to left): no
 * serious or critical violation, colour contrast included (WCAG 2.1 AA).
 */
const languages = ['en', 'fa'] as const;

for (const language of languages) {
  test.describe(`in ${language}`, () => {
    test('the account list, an account, the account form and the sync screens', async ({
      page,
    }) => {
      await inLanguage(page, language);
      await expectAccessible(page, 'account list');
      // Accounts picked: the bar and the board of reps to drop them on.
      await page.getByRole('row').nth(1).getByRole('checkbox').click();
      await page.getByRole('row').nth(2).getByRole('checkbox').click();
      await page.locator('.drop-rep').first().waitFor();
      await expectAccessible(page, 'account list with accounts picked');

      const { rows } = await callApi<{ rows: { id: string }[] }>('listAccounts', { limit: 1 });
      await page.goto(`/#/accounts/${rows[0]!.id}`);
      await page.getByRole('heading', { level: 2 }).waitFor();
      await expectAccessible(page, 'account page');

      // An account's history, with a coverage list and a field change to show.
      const { member } = await callApi<{ member: { id: string } }>('profile', {});
      const account = await callApi<{ id: string }>('createAccount', {
        name: `Historikk ${language}`,
        country: 'NO',
        ownerId: member.id,
      });
      await callApi('updateAccount', { id: account.id, patch: { tier: 'A', city: 'Bodø' } });
      // A distributor too: its panel lists the customer served via it.
      await callApi('createAccount', { name: `Kunde ${language}`, servedViaId: account.id });
      await page.goto(`/#/accounts/${account.id}`);
      await page.getByTestId('history-changes').getByRole('listitem').nth(1).waitFor();
      await page.getByRole('link', { name: `Kunde ${language}` }).waitFor();
      await page.getByTestId('history-coverage').scrollIntoViewIfNeeded();
      await expectAccessible(page, 'account history and customers served via it');

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

    test('the import screen: the mapping of a file, its check and the refused rows', async ({
      page,
    }) => {
      const mapping = await uploadFile(page, `axe${language}${Date.now() % 100000}`, language);
      await mapping.waitFor();
      await page.getByTestId('import-refused').waitFor();
      await expectAccessible(page, 'import mapping screen');
    });

    test('territory suggestions: the preview, a tie to settle and the confirmation', async ({
      page,
    }) => {
      await territoryBook(`Axe ${language}`);
      await inLanguage(page, language);
      await page.goto('/#/territories/suggestions');
      const suggestions = page.getByTestId('suggestions');
      await suggestions.waitFor();
      await expectAccessible(page, 'territory suggestions');
      await suggestions.getByRole('combobox').first().click();
      await page.getByRole('listbox').waitFor();
      await expectAccessible(page, 'tie chooser');
      await page.keyboard.press('Escape');
      await page.getByTestId('apply-all').click();
      await page.getByRole('dialog').waitFor();
      await expectAccessible(page, 'apply all, asked first');
    });

    test('customer selection: the chart, its controls and its table', async ({ page }) => {
      await inLanguage(page, language);
      await page.goto('/#/selection');
      await page.getByTestId('selection-chart').locator('canvas').first().waitFor();
      // The table's rows come with their names, a moment after the chart's points.
      await page.getByRole('table').getByRole('link').first().waitFor();
      await expectAccessible(page, 'customer selection');
    });

    test('the Reports page, an export done, the list export dialog and the move dialog', async ({
      page,
    }) => {
      await inLanguage(page, language);
      await page.goto('/#/reports');
      await page.getByRole('heading', { level: 3 }).first().waitFor();
      await expectAccessible(page, 'reports page');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('region').nth(1).getByRole('button').last().click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/);
      await page.getByRole('status').first().waitFor();
      await expectAccessible(page, 'reports page after an export');

      await page.goto('/#/accounts');
      await page.getByRole('table').first().waitFor();
      await page.getByRole('button', { name: language === 'en' ? 'Export…' : 'خروجی…' }).click();
      await page.getByRole('dialog').waitFor();
      await expectAccessible(page, 'list export dialog');
      await page.keyboard.press('Escape');
      // The move dialog, opened from accounts picked in the list.
      await page.getByRole('row').nth(1).getByRole('checkbox').click();
      await page.locator('.drop-rep').first().click();
      await page.getByRole('dialog').waitFor();
      await expectAccessible(page, 'move dialog');
    });

    test('the board and the coverage gaps', async ({ page }) => {
      await inLanguage(page, language);
      await page.goto('/#/board');
      await page.locator('[role="img"] canvas').first().waitFor();
      await page.getByRole('table').first().waitFor();
      await expectAccessible(page, 'board');

      await page.goto('/#/gaps');
      await page.getByRole('heading', { level: 3 }).first().waitFor();
      await page.getByRole('table').first().waitFor();
      await expectAccessible(page, 'coverage gaps');
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

    test('the staffing dialog, with a refused split', async ({ page }) => {
      const { member } = await callApi<{ member: { id: string } }>('profile', {});
      const account = await callApi<{ id: string }>('createAccount', {
        name: `Axe Staffing ${language} AS`,
        country: 'NO',
        salesForce: 'strategic',
        ownerId: member.id,
      });
      await inLanguage(page, language);
      await page.goto(`/#/accounts/${account.id}`);
      await page.getByTestId('staff-account').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByTestId('staffing-line').waitFor();
      await expectAccessible(page, 'staffing dialog');

      // the first text field is the owner's share; 90% is refused by the core
      await dialog.getByRole('textbox').first().fill('90');
      await dialog.locator('button[type="submit"]').click();
      await dialog.getByRole('alert').waitFor();
      await expectAccessible(page, 'staffing dialog with the refused split');
    });

    test('the team editors: members, teams, territories and their dialogs', async ({ page }) => {
      await inLanguage(page, language);
      await page.goto('/#/team');
      for (const tab of [0, 1, 2]) {
        await page.getByRole('tab').nth(tab).click();
        const table = page.getByRole('tabpanel').getByRole('table');
        await table.getByRole('button').first().waitFor();
        await expectAccessible(page, `team editors, tab ${tab + 1}`);
        await table.getByRole('button').first().click();
        const dialog = page.getByRole('dialog');
        await dialog.locator('button[type="submit"]').waitFor();
        if (tab === 2) {
          // a postcode that is none, named under its field
          const postcodes = dialog.getByRole('combobox').nth(3);
          await postcodes.fill('7099-7000');
          await postcodes.press('Enter');
          await dialog.locator('button[type="submit"]').click();
          await dialog.locator('[aria-invalid="true"]').first().waitFor();
        }
        await expectAccessible(page, `team editor dialog ${tab + 1}`);
        await page.keyboard.press('Escape');
        if (tab === 2) await page.getByRole('alertdialog').getByRole('button').nth(1).click();
        await expect(dialog).toHaveCount(0);
      }
    });

    test('the command palette and the log-an-interaction dialog', async ({ page }) => {
      await inLanguage(page, language);
      await page.keyboard.press('ControlOrMeta+KeyK');
      await expect(page.getByRole('dialog').getByRole('textbox')).toBeFocused();
      await page.keyboard.type('nguyen');
      await page.locator('.mantine-Spotlight-action').nth(3).waitFor();
      await expectAccessible(page, 'command palette');

      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await page.locator('.mantine-Spotlight-action').first().click();
      await page.locator('form[aria-label] input').first().waitFor();
      await page.locator('form[aria-label] button[type="submit"]').click();
      await page.locator('[aria-invalid="true"]').first().waitFor();
      await expectAccessible(page, 'log-an-interaction dialog with errors');

      await page.locator('form[aria-label] textarea').first().fill('…');
      await page.keyboard.press('Escape');
      await page.getByRole('alertdialog').getByRole('button').nth(1).waitFor();
      await expectAccessible(page, 'discard-unsaved-changes question');
    });
  });
}
