import { expect, test } from '@playwright/test';
import { appUrl, callApi } from './app';

/** Indirect sales: an end customer served via a distributor, seen from both accounts. */

test('a distributor lists the customers served via it; the customer names its distributor', async ({
  page,
}) => {
  const partner = await callApi<{ id: string }>('createAccount', {
    name: 'Vestland Distribusjon',
    kind: 'distributor',
  });
  const customer = await callApi<{ id: string }>('createAccount', {
    name: 'Sunnfjord Bakeri',
    city: 'Førde',
    country: 'NO',
    servedViaId: partner.id,
  });
  await page.goto(appUrl());
  await page.goto(`/#/accounts/${partner.id}`);
  const served = page.getByRole('region', { name: 'Customers served via this partner (1)' });
  const listed = served.getByRole('list', { name: 'Customers served via this partner' });
  await expect(listed.getByRole('listitem')).toHaveText(['Sunnfjord BakeriFørde, Norway']);

  await listed.getByRole('link', { name: 'Sunnfjord Bakeri' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(/Sunnfjord Bakeri/);
  const channel = page.getByRole('region', { name: 'Sales channel', exact: true });
  await expect(channel).toContainText('Served via Vestland Distribusjon');
  await expect(channel.getByRole('link', { name: 'Vestland Distribusjon' })).toHaveAttribute(
    'href',
    `#/accounts/${partner.id}`,
  );

  // The demo profile is a lead: the form offers who the customer is served via.
  await page.goto(`/#/accounts/${customer.id}/edit`);
  await expect(page.getByRole('combobox', { name: 'Served via' })).toHaveValue(
    'Vestland Distribusjon',
  );
});
