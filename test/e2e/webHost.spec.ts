import { expect, test } from '@playwright/test';
import { origin } from './app';

test('the web host refuses an API request without its token', async ({ request }) => {
  const res = await request.post(`${origin()}/api/listAccounts`, { data: {} });
  expect(res.status()).toBe(401);
  expect((await res.json()) as unknown).toMatchObject({ ok: false, error: { code: 'forbidden' } });
});

test('a page opened without the token cannot read data', async ({ page }) => {
  await page.goto(origin());
  await expect(page.getByRole('link', { name: 'New account' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('Missing or wrong access token');
});
