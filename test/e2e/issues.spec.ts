import { expect, test, type Page } from '@playwright/test';
import type { Account } from '../../src/shared/domain/account';
import { appUrl, callApi } from './app';
import { expectAccessible } from './axe';

/** A Persian user reads what is wrong with a value in Persian, under the Persian label. */

async function ownAccount(name: string): Promise<Account> {
  const { member } = await callApi<{ member: { id: string } }>('profile', {});
  return callApi<Account>('createAccount', {
    name,
    country: 'NO',
    costToServe: 1500,
    currency: 'NOK',
    ownerId: member.id,
  });
}

/** Today on this machine, as the core counts days for follow-ups. */
function isoDay(offsetDays: number): string {
  const day = new Date(Date.now() + offsetDays * 86_400_000);
  const local = new Date(day.getTime() - day.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

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
  const account = await ownAccount('Havbris Issues AS');
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

test('in Persian, what only the core can refuse (a follow-up due in the past) is told in Persian', async ({
  page,
}) => {
  const account = await ownAccount('Kystvind Issues AS');
  await inPersian(page, 'accounts');
  await page.getByRole('heading', { level: 2, name: 'حساب‌ها' }).waitFor();
  await page.keyboard.press('ControlOrMeta+KeyK');
  const palette = page.getByRole('dialog', { name: 'جستجو و فرمان‌ها' });
  await expect(palette.getByRole('textbox')).toBeFocused();
  await page.keyboard.type('ثبت یک تعامل');
  await expect(palette.getByRole('button', { name: /ثبت یک تعامل/ }).first()).toBeVisible();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'ثبت یک تعامل' });
  await dialog.getByRole('combobox', { name: 'حساب' }).fill(account.name);
  await page.getByRole('option', { name: account.name }).first().click();
  await dialog.getByLabel('زمان').fill(`${isoDay(-30)}T10:00`);
  await dialog.getByRole('textbox', { name: 'موضوع' }).fill('Old visit');
  await dialog.getByLabel('سررسید گام بعدی').fill(isoDay(-2));
  await dialog.getByRole('button', { name: 'ذخیره', exact: true }).click();
  const refusal = dialog.getByText(/^سررسید گام بعدی نمی‌تواند در گذشته باشد/);
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText(isoDay(0));
  await expectAccessible(page, "fa: the log dialog with the core's refusal");
});
