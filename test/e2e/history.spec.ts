import { expect, test, type Page } from '@playwright/test';
import type { Account } from '../../src/shared/domain/account';
import { appUrl, callApi } from './app';

/** Issue 20's history on the Account 360: a field changed in place shows in it. */

async function open(page: Page, id: string): Promise<void> {
  await page.goto(appUrl());
  await page.goto(`/#/accounts/${id}`);
  await page.getByRole('heading', { level: 2 }).waitFor();
}

test('a field changed on the 360 shows in its history: old and new value, who, this device', async ({
  page,
}) => {
  const { member } = await callApi<{ member: { id: string; name: string } }>('profile', {});
  const account = await callApi<Account>('createAccount', {
    name: 'Fjordkanten History AS',
    country: 'NO',
    tier: 'C',
    ownerId: member.id,
  });
  await open(page, account.id);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('list', { name: 'What changed' })).toContainText(
    'Account created',
  );
  // Who covered it: the lead, as owner, since today, for the reason given on creation.
  const coverage = history.getByRole('table', { name: 'Who covered it when' });
  await expect(coverage.getByRole('row')).toHaveCount(2);
  await expect(coverage.getByRole('row').nth(1)).toContainText(member.name);
  await expect(coverage.getByRole('row').nth(1)).toContainText('New account');

  await page.getByRole('button', { name: /^Edit Tier(:|$)/ }).click();
  await page.getByRole('option', { name: 'Tier A', exact: true }).click();
  await expect(page.getByRole('button', { name: /^Edit Tier(:|$)/ })).toHaveAccessibleName(
    /Edit Tier: A\b/,
  );

  const latest = history.getByRole('list', { name: 'What changed' }).getByRole('listitem').first();
  await expect(latest).toContainText('Tier: C');
  await expect(latest).toContainText('changed to');
  await expect(latest).toContainText(/changed to\s*A/);
  await expect(latest).toContainText(`${member.name} ·`);
  await expect(latest).toContainText('this device');
});
