import { expect, test, type Page } from '@playwright/test';
import type { SelectionPoints } from '../../src/shared/domain/selection';
import { CHART_HEIGHT, GRID, jitter, plot, type Plot } from '../../src/shared/domain/selectionPlot';
import { STYLES } from '../../src/shared/domain/selection';
import { callApi, openApp } from './app';

/**
 * Customer selection as the demo's team lead sees it: her team's accounts by
 * relationship style and profit potential, in the currency most of them use.
 */
let team: SelectionPoints;
let shown: Plot;
let currency: string;
test.beforeAll(async () => {
  team = await callApi<SelectionPoints>('selectionPoints', { scope: 'team' });
  const counts = team.currencies.map((_, c) => team.currency.filter((x) => x === c).length);
  const commonest = counts.indexOf(Math.max(...counts));
  currency = team.currencies[commonest]!;
  shown = plot(team, commonest, 'tier');
});

async function openSelection(page: Page): Promise<void> {
  await openApp(page);
  await page.getByRole('link', { name: 'Customer selection' }).click();
  await expect(page.getByRole('heading', { name: 'Customer selection' })).toBeVisible();
  await page.getByTestId('selection-chart').locator('canvas').first().waitFor();
}

const table = (page: Page) =>
  page.getByRole('table', { name: 'Accounts in the chart, most profit potential first' });

test("the chart and its table show the team's accounts, most profit potential first", async ({
  page,
}) => {
  expect(shown.byProfit.length).toBeGreaterThan(50);
  await openSelection(page);
  await expect(page.getByRole('radio', { name: "My team's" })).toBeChecked();
  await expect(page.getByTestId('selection-chart')).toHaveAttribute(
    'aria-label',
    `Chart of ${shown.byProfit.length} accounts by relationship style and profit potential. The same accounts are listed in the table below.`,
  );
  const names = shown.byProfit.map((i) => team.names[i]!);
  const links = table(page).getByRole('link');
  await expect(links).toHaveCount(50);
  await expect(links.first()).toHaveText(names[0]!);
  await expect(page.getByText(`Showing 50 of ${shown.byProfit.length}`)).toBeVisible();
  await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
  await expect(links).toHaveCount(Math.min(100, names.length));
  await expect(links.nth(99)).toHaveText(names[99]!);
});

test('the rep’s own scope shows only the accounts the lead covers herself', async ({ page }) => {
  const mine = await callApi<SelectionPoints>('selectionPoints', { scope: 'mine' });
  await openSelection(page);
  await page.getByText('Mine', { exact: true }).click();
  if (mine.ids.length === 0) {
    await expect(page.getByText('No accounts to show here yet.')).toBeVisible();
  } else {
    await expect(table(page).getByRole('link').first()).toBeVisible();
    for (const name of await table(page).getByRole('link').allTextContents())
      expect(mine.names).toContain(name);
  }
});

test('hovering a point names the account, and clicking it opens the account', async ({ page }) => {
  await openSelection(page);
  // The point with most profit potential: at the top of the chart, where nothing covers it.
  const i = shown.byProfit[0]!;
  const box = (await page.getByTestId('selection-chart').boundingBox())!;
  const width = box.width - GRID.start - GRID.end;
  const height = CHART_HEIGHT - GRID.top - GRID.bottom;
  const x = box.x + GRID.start + ((team.style[i]! + jitter(i) + 0.5) / STYLES.length) * width;
  const y = box.y + GRID.top + (1 - team.profit[i]! / shown.yMax) * height;
  await page.mouse.move(x, y);
  await expect(page.getByText(team.names[i]!, { exact: true }).first()).toBeVisible();
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(new RegExp(`#/accounts/${team.ids[i]}$`));
  await expect(page.getByRole('heading', { level: 2, name: team.names[i] })).toBeVisible();
  expect(currency).toMatch(/^[A-Z]{3}$/);
});

test('the keyboard reaches every account through the table', async ({ page }) => {
  await openSelection(page);
  const first = table(page).getByRole('link').first();
  await first.focus();
  await page.keyboard.press('Enter');
  const i = shown.byProfit[0]!;
  await expect(page).toHaveURL(new RegExp(`#/accounts/${team.ids[i]}$`));
});
