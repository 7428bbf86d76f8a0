/*
 * Issue 13's two Chromium timings on the suite's demo book, reported in the test's
 * annotations and on the console. The bounds only catch a real regression (the goals,
 * 1 s and 100 ms at 100k, are the bench's: bench/workspace/chromium.ts); what is
 * asserted tightly is that the rows and the results shown are the right ones.
 */
import { expect, test, type Page } from '@playwright/test';
import type { AccountPage } from '../../src/shared/domain/account';
import {
  coldStart,
  keystrokesToPaint,
  minMedianMax,
  percentile,
  resultLists,
} from '../support/paintTimings';
import { appUrl, callApi, openApp } from './app';

const report = (measure: string, description: string) => {
  test.info().annotations.push({ type: measure, description });
  console.log(`${measure}: ${description}`);
};
const ms = (v: number) => `${v.toFixed(0)} ms`;

/** An account down the list, whose name a test types (each box its own: no cached answers). */
async function accountToType(offset: number): Promise<string> {
  const { rows } = await callApi<AccountPage>('listAccounts', { offset, limit: 1 });
  return rows[0]!.name;
}

async function expectHit(page: Page, list: keyof typeof resultLists, name: string) {
  const exact = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  await expect(page.locator(resultLists[list]).getByText(exact).first()).toBeVisible();
}

test('a cold start paints the first rows of the list, timed', async ({ browser, page }) => {
  const runs = [];
  for (let run = 0; run < 3; run++) runs.push(await coldStart(browser, appUrl()));
  const list = minMedianMax(runs.map((r) => r.firstList));
  const { total } = await callApi<AccountPage>('listAccounts', { limit: 1 });
  report(
    `cold start to the first list painted (${total} accounts, min / median / max)`,
    `${ms(list.min)} / ${ms(list.median)} / ${ms(list.max)}`,
  );
  expect(list.median).toBeLessThan(5_000);

  // The rows painted are the book's, in the list's order.
  const { rows } = await callApi<AccountPage>('listAccounts', { limit: 1 });
  await openApp(page);
  await expect(page.getByRole('link', { name: rows[0]!.name, exact: true })).toBeVisible();
});

test('each keystroke in the search box and the palette paints its results, timed', async ({
  page,
}) => {
  const [name, other] = [await accountToType(211), await accountToType(307)];
  await openApp(page);

  await page.getByRole('combobox', { name: 'Search' }).click();
  const search = await keystrokesToPaint(page, 'search', name);
  await expectHit(page, 'search', name);
  await page.keyboard.press('Escape');

  await page.keyboard.press('ControlOrMeta+KeyK');
  await expect(page.getByRole('dialog').getByRole('textbox')).toBeFocused();
  const palette = await keystrokesToPaint(page, 'palette', other);
  await expectHit(page, 'palette', other);

  for (const [where, times] of [
    ["the header's search box", search],
    ['the palette', palette],
  ] as const) {
    report(
      `keystroke to results painted, ${where} (${times.length} keys; p50 / p95 / max)`,
      `${ms(percentile(times, 50))} / ${ms(percentile(times, 95))} / ${ms(Math.max(...times))}`,
    );
    expect(percentile(times, 50)).toBeLessThan(1_000);
  }
});
