import { expect, test, type Page } from '@playwright/test';
import {
  STYLES,
  accountIdAt,
  codeAt,
  type CurrencyPoints,
  type SelectionLabel,
  type SelectionPoints,
} from '../../src/shared/domain/selection';
import { CHART_HEIGHT, GRID, jitter, plot, type Plot } from '../../src/shared/domain/selectionPlot';
import { callApi, openApp } from './app';

/**
 * Customer selection as the demo's team lead sees it: her team's accounts by
 * relationship style and profit potential, in the currency most of them use.
 */
let team: CurrencyPoints;
let shown: Plot;
/** The team's accounts in the commonest currency, in the chart's order. */
let ids: string[];
let names: string[];
test.beforeAll(async () => {
  team = (await callApi<SelectionPoints>('selectionPoints', { scope: 'team' })).byCurrency[0]!;
  shown = plot(team, 'tier');
  ids = Array.from({ length: shown.shown }, (_, i) => accountIdAt(team, i));
  names = [];
  for (let from = 0; from < 100; from += 50) {
    const labels = await callApi<SelectionLabel[]>('selectionLabels', {
      ids: ids.slice(from, from + 50),
    });
    names.push(...labels.map((l) => l.name));
  }
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
  expect(shown.shown).toBeGreaterThan(50);
  await openSelection(page);
  await expect(page.getByRole('radio', { name: "My team's" })).toBeChecked();
  await expect(page.getByTestId('selection-chart')).toHaveAttribute(
    'aria-label',
    `Chart of ${shown.shown} accounts by relationship style and profit potential. The same accounts are listed in the table below.`,
  );
  // Busy for assistive technology while the points are drawn, then not.
  await expect(page.getByTestId('selection-chart')).toHaveAttribute('aria-busy', 'false');
  const links = table(page).getByRole('link');
  await expect(links).toHaveCount(50);
  await expect(links.first()).toHaveText(names[0]!);
  await expect(page.getByText(`Showing 50 of ${shown.shown}`)).toBeVisible();
  await page.getByRole('button', { name: /^Show \d+ more$/ }).click();
  await expect(links).toHaveCount(Math.min(100, shown.shown));
  await expect(links.nth(99)).toHaveText(names[99]!);
});

test('the rep’s own scope shows only the accounts the lead covers herself', async ({ page }) => {
  // One of her own on the chart, whatever other specs gave her before; the least profit
  // potential of all, so the team chart the other tests look at keeps its first points.
  const { member } = await callApi<{ member: { id: string } }>('profile', {});
  await callApi('createAccount', {
    name: 'Selvvalgt Kunde AS',
    country: 'NO',
    currency: 'NOK',
    profitPotential: 1,
    ownerId: member.id,
  });
  const mine = await callApi<SelectionPoints>('selectionPoints', { scope: 'mine' });
  const first = mine.byCurrency[0]!;
  const own = Array.from({ length: Math.min(50, first.profit.length) }, (_, i) =>
    accountIdAt(first, i),
  );
  await openSelection(page);
  await page.getByText('Mine', { exact: true }).click();
  // Most profit potential first, and none but the lead's own.
  await expect(table(page).getByRole('link').first()).toHaveAttribute(
    'href',
    `#/accounts/${own[0]}`,
  );
  for (const link of await table(page).getByRole('link').all())
    expect(own.map((id) => `#/accounts/${id}`)).toContain(await link.getAttribute('href'));
});

test('hovering a point names the account, and clicking it opens the account', async ({ page }) => {
  await openSelection(page);
  // The point with most profit potential: at the top of the chart, where nothing covers it.
  const i = 0;
  const box = (await page.getByTestId('selection-chart').boundingBox())!;
  const width = box.width - GRID.start - GRID.end;
  const height = CHART_HEIGHT - GRID.top - GRID.bottom;
  const x =
    box.x + GRID.start + ((codeAt(team, i, 'style') + jitter(i) + 0.5) / STYLES.length) * width;
  const y = box.y + GRID.top + (1 - team.profit[i]! / shown.yMax) * height;
  await page.mouse.move(x, y);
  // The name is fetched by id as the pointer comes to the point.
  await expect(page.getByText(names[i]!, { exact: true }).first()).toBeVisible();
  await page.mouse.click(x, y);
  await expect(page).toHaveURL(new RegExp(`#/accounts/${ids[i]}$`));
  await expect(page.getByRole('heading', { level: 2, name: names[i] })).toBeVisible();
});

test('the keyboard reaches every account through the table', async ({ page }) => {
  await openSelection(page);
  const first = table(page).getByRole('link').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/accounts/${ids[0]}$`));
});
