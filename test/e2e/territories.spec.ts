import { expect, test } from '@playwright/test';
import { appUrl, callApi } from './app';
import { territoryBook } from './territoryBook';

/** Issue 20's territory run: a lead previews it, applies one, a tie with a choice, and all. */

const ownerOf = async (id: string) =>
  (await callApi<{ owner: { name: string } | null }>('getAccount', { id })).owner?.name;

test('a lead previews the territory run, applies one, settles a tie, then applies all', async ({
  page,
}) => {
  const { reps, accounts } = await territoryBook('Run');
  await page.goto(appUrl());
  await page.getByRole('link', { name: 'Territory suggestions' }).click();
  await page.getByRole('heading', { level: 2, name: 'Territory suggestions' }).waitFor();

  // Gains and losses per rep, before anything moves.
  const moves = page.getByRole('table', { name: 'What each rep gains and loses' });
  await expect(moves.getByRole('row', { name: new RegExp(reps.frida.name) })).toContainText(
    /Frida Fjord Run\s*2\s*0\s*1/,
  );
  await expect(moves.getByRole('row', { name: new RegExp(reps.paal.name) })).toContainText(
    /Paal Pack Run\s*0\s*0\s*1/,
  );

  const table = page.getByRole('table', { name: 'Suggestions' });
  const row = (name: string) => table.getByRole('row', { name: new RegExp(name) });
  await expect(row(accounts.one.name)).toContainText('No owner');
  await expect(row(accounts.one.name)).toContainText(`${reps.frida.name} · Fjordland Run`);

  // One suggestion.
  await page.getByRole('checkbox', { name: `Select ${accounts.one.name}` }).check();
  await page.getByRole('button', { name: 'Apply selected (1)' }).click();
  await expect(row(accounts.one.name)).toHaveCount(0);
  expect(await ownerOf(accounts.one.id)).toBe(reps.frida.name);

  // A tie is applied only with the rep the lead chooses.
  await page.getByRole('combobox', { name: `Choose a rep for ${accounts.tie.name}` }).click();
  await page.getByRole('option', { name: `${reps.paal.name} · Fjord Pack Run` }).click();
  await expect(page.getByRole('checkbox', { name: `Select ${accounts.tie.name}` })).toBeChecked();
  await page.getByRole('button', { name: 'Apply selected (1)' }).click();
  await expect(row(accounts.tie.name)).toHaveCount(0);
  expect(await ownerOf(accounts.tie.id)).toBe(reps.paal.name);

  // All of them, after saying yes.
  await page.getByRole('button', { name: 'Apply all' }).click();
  const dialog = page.getByRole('dialog', { name: 'Apply every suggestion?' });
  await dialog.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(row(accounts.two.name)).toHaveCount(0);
  expect(await ownerOf(accounts.two.id)).toBe(reps.frida.name);
});
