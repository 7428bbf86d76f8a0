import { expect, test, type Page } from '@playwright/test';
import type { Account } from '../../src/shared/domain/account';
import { appUrl, callApi } from './app';
import { expectAccessible } from './axe';

/** A Persian user reads what is wrong with a value in Persian, under the Persian label. */

async function inPersian(page: Page, hash: string): Promise<void> {
  const remembered = JSON.stringify({ state: { language: 'fa' }, version: 0 });
  await page.addInitScript(
    `localStorage.setItem('rapport.language', ${JSON.stringify(remembered)})`,
  );
  await page.goto(appUrl());
  await page.goto(`/#/${hash}`);
}

test('in Persian, the account form names a missing name and a negative cost to serve in Persian', async ({
  page,
}) => {
  const before = (await callApi<{ total: number }>('listAccounts', {})).total;
  await inPersian(page, 'accounts/new');
  const save = page.getByRole('button', { name: 'ذخیره', exact: true });
  await save.click();
  await expect(page.getByText('نام الزامی است', { exact: true })).toBeVisible();

  await page.getByRole('textbox', { name: 'نام', exact: true }).fill('Manfi AS');
  await page.getByLabel('هزینه خدمت‌رسانی').fill('-5');
  await save.click();
  await expect(
    page.getByText('هزینه خدمت‌رسانی نمی‌تواند منفی باشد', { exact: true }),
  ).toBeVisible();
  await expect(page.getByText('Cost to serve cannot be negative')).toHaveCount(0);
  await expectAccessible(page, 'fa: the account form with a field error');
  expect((await callApi<{ total: number }>('listAccounts', {})).total).toBe(before);
});

test("in Persian, the 360's in-place edit names a bad value in Persian, with Persian digits", async ({
  page,
}) => {
  const { member } = await callApi<{ member: { id: string } }>('profile', {});
  const account = await callApi<Account>('createAccount', {
    name: 'Havbris Issues AS',
    country: 'NO',
    costToServe: 1500,
    currency: 'NOK',
    ownerId: member.id,
  });
  await inPersian(page, `accounts/${account.id}`);

  await page.getByRole('button', { name: /^ویرایش هزینه خدمت‌رسانی:/ }).click();
  const cost = page.getByRole('textbox', { name: 'هزینه خدمت‌رسانی', exact: true });
  await cost.fill('-5');
  await cost.press('Enter');
  await expect(
    page.getByText('هزینه خدمت‌رسانی نمی‌تواند منفی باشد', { exact: true }),
  ).toBeVisible();
  await expect(cost).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'fa: a field in edit mode, with its Persian error');
  await cost.press('Escape');

  await page
    .getByRole('button', { name: /^ویرایش نام/ })
    .first()
    .click();
  const name = page.getByRole('textbox', { name: 'نام', exact: true });
  await name.fill('x'.repeat(201));
  await name.press('Enter');
  await expect(page.getByText('نام حداکثر می‌تواند ۲۰۰ نویسه باشد', { exact: true })).toBeVisible();
  await name.press('Escape');

  const stored = (await callApi<{ account: Account }>('getAccount', { id: account.id })).account;
  expect([stored.name, stored.costToServe]).toEqual(['Havbris Issues AS', 1500]);
});
