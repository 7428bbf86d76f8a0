import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { OpportunityDetail } from '../../src/shared/domain/commerce';
import type { Agreement } from '../../src/shared/domain/relationship';
import { appUrl, callApi } from './app';
import { expectAccessible } from './axe';

/** Issue 22: the selling process and partner agreements written in the app, as the demo's lead. */

const shots =
  process.env.RAPPORT_SCREENSHOTS === '1'
    ? path.resolve(__dirname, '../../docs/screenshots')
    : null;

async function open(page: Page, hash: string, language: 'en' | 'fa' = 'en'): Promise<void> {
  const stored = JSON.stringify({ state: { language }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.goto(appUrl());
  await page.goto(`/${hash}`);
}

/** An account of the lead's book, where the write rule lets them sell and sign agreements. */
async function sellableAccount(): Promise<string> {
  const { rows } = await callApi<{ rows: { id: string }[] }>('listAccounts', { limit: 200 });
  const asked = await callApi<{ opportunities: string[]; agreements: string[] }>('abilities', {
    accountIds: rows.map((r) => r.id),
  });
  const id = asked.opportunities.find((a) => asked.agreements.includes(a));
  expect(id, 'an account the lead may sell on').toBeDefined();
  return id!;
}

const dealDialog = (page: Page, name: string) => page.getByRole('dialog', { name });
const shot = (page: Page, name: string) =>
  shots ? page.screenshot({ path: path.join(shots, name) }) : Promise.resolve();

test('an offering added to the catalogue is picked in a deal moved through the steps and won', async ({
  page,
}) => {
  await open(page, '#/offerings');
  await page.getByRole('button', { name: 'New offering' }).click();
  const add = dealDialog(page, 'New offering');
  await add.getByRole('textbox', { name: 'Name' }).fill('Solar pump S-40');
  await add.getByRole('textbox', { name: 'Product line' }).fill('Pumps');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(add).toBeHidden();
  const catalogue = page.getByRole('table', { name: 'Offerings catalogue' });
  await expect(catalogue.getByRole('row', { name: /Solar pump S-40/ })).toContainText(
    'Core product',
  );
  await expectAccessible(page, 'offerings screen');
  await shot(page, 'offerings-en.png');

  const accountId = await sellableAccount();
  await page.goto(`/#/accounts/${accountId}`);
  await page.getByRole('heading', { level: 2 }).waitFor();
  await page.keyboard.press('ControlOrMeta+KeyK');
  await page
    .getByRole('dialog', { name: 'Search and commands' })
    .getByRole('textbox')
    .fill('new opp');
  await page.keyboard.press('Enter');
  const create = dealDialog(page, 'New opportunity');
  await create.getByRole('textbox', { name: 'Name' }).fill('Pump retrofit');
  await create.getByRole('textbox', { name: 'Value' }).fill('48000');
  await create.getByRole('combobox', { name: 'Core product' }).click();
  await page.getByRole('option', { name: 'Solar pump S-40' }).click();
  await create.getByRole('button', { name: 'Create' }).click();
  await expect(create).toBeHidden();

  const panel = page.getByRole('region', { name: 'Opportunities', exact: true });
  const deal = panel.getByTestId('opportunity').filter({ hasText: 'Pump retrofit' });
  await expect(deal).toContainText('Solar pump S-40');
  const moveTo = async (step: RegExp, reason?: string) => {
    await deal.getByRole('button', { name: 'Edit Pump retrofit' }).click();
    const dialog = dealDialog(page, 'Opportunity');
    await dialog.getByRole('radio', { name: step }).check();
    if (reason !== undefined) {
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(
        dialog.getByText('Moving a deal back from closing or follow-up needs a reason'),
      ).toBeVisible();
      await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
    }
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  };
  await moveTo(/Presentation/);
  await moveTo(/Closing/);
  await expect(deal).toContainText('Step 6 of 7: Closing');
  await moveTo(/Handling objections/, 'The buyer asked for a second quote');
  await expect(deal).toContainText('Step 5 of 7: Handling objections');
  await moveTo(/Closing/);

  await deal.getByRole('button', { name: 'Edit Pump retrofit' }).click();
  const close = dealDialog(page, 'Opportunity');
  await close.getByRole('radio', { name: 'Won' }).check();
  await close.getByRole('textbox', { name: 'Reason' }).fill('The delivery guarantee won it');
  await expectAccessible(page, 'opportunity dialog');
  await shot(page, 'opportunity-dialog-en.png');
  await close.getByRole('button', { name: 'Save' }).click();
  await expect(close).toBeHidden();
  await expect(deal.getByText('Won', { exact: true })).toBeVisible();

  const deals = await callApi<{ id: string; name: string }[]>('listOpportunities', { accountId });
  const won = deals.find((d) => d.name === 'Pump retrofit')!;
  const detail = await callApi<OpportunityDetail>('getOpportunity', { id: won.id });
  expect(detail.opportunity.status).toBe('won');
  expect(detail.steps.map((s) => [s.step, s.reason])).toEqual([
    ['prospecting', null],
    ['presentation', null],
    ['closing', null],
    ['objections', 'The buyer asked for a second quote'],
    ['closing', null],
    ['closing', 'The delivery guarantee won it'],
  ]);
});

test('a lead adds a partner agreement and renews it', async ({ page }) => {
  const accountId = await sellableAccount();
  await open(page, `#/accounts/${accountId}`);
  const panel = page.getByRole('region', { name: 'Partner agreements', exact: true });
  await panel.getByRole('button', { name: 'New agreement' }).click();
  const add = dealDialog(page, 'New partner agreement');
  await add.getByRole('textbox', { name: 'Title' }).fill('Nordic distribution 2026');
  await add.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Distribution' }).click();
  await add.getByLabel('Starts on').fill('2026-01-01');
  await add.getByLabel('Ends on').fill('2025-12-31');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(add.getByText('An agreement cannot end before it starts')).toBeVisible();
  await add.getByLabel('Ends on').fill('2026-12-31');
  await expectAccessible(page, 'agreement dialog');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(add).toBeHidden();

  await panel.getByRole('button', { name: 'Renew Nordic distribution 2026' }).click();
  const renew = dealDialog(page, 'Renew Nordic distribution 2026');
  await expect(renew.getByLabel('Starts on')).toHaveValue('2027-01-01');
  await expect(renew.getByLabel('Ends on')).toHaveValue('2027-12-31');
  await renew.getByRole('button', { name: 'Renew' }).click();
  await expect(renew).toBeHidden();
  const agreements = await callApi<Agreement[]>('listAgreements', { accountId });
  expect(agreements.find((a) => a.title === 'Nordic distribution 2026')).toMatchObject({
    kind: 'distribution',
    startsOn: '2027-01-01',
    endsOn: '2027-12-31',
  });
});

test('the opportunity dialog and the offerings screen read right and pass axe in Persian', async ({
  page,
}) => {
  const accountId = await sellableAccount();
  await open(page, '#/offerings', 'fa');
  await expect(page.getByRole('heading', { name: 'فهرست محصولات و خدمات' })).toBeVisible();
  await expectAccessible(page, 'offerings screen, Persian');
  await shot(page, 'offerings-fa.png');
  await page.goto(`/#/accounts/${accountId}`);
  const panel = page.getByRole('region', { name: 'فرصت‌های فروش', exact: true });
  await panel.getByRole('button', { name: 'فرصت فروش تازه' }).click();
  const dialog = dealDialog(page, 'فرصت فروش تازه');
  await dialog.getByRole('textbox').first().fill('نوسازی پمپ');
  await expectAccessible(page, 'opportunity dialog, Persian');
  await shot(page, 'opportunity-dialog-fa.png');
});
