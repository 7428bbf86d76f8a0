import { expect, test } from '@playwright/test';
import type { Profile } from '../../src/shared/api';
import type { Team, Territory } from '../../src/shared/domain/team';
import { appUrl, callApi } from './app';

/** Issue 20: the team edited in the app, by its lead, within their own team. */

const ownTeam = async (): Promise<Team> => {
  const { member } = await callApi<Profile>('profile', {});
  const teams = await callApi<Team[]>('listTeams', {});
  return teams.find((t) => t.id === member!.teamId)!;
};

test('a lead edits their team’s template, and only their own team', async ({ page }) => {
  const team = await ownTeam();
  try {
    await page.goto(appUrl());
    await page.getByRole('navigation').getByRole('link', { name: 'Team' }).click();
    await page.getByRole('tab', { name: 'Teams' }).click();
    const table = page.getByRole('table', { name: 'Teams' });
    await expect(table.getByRole('row')).toHaveCount(
      (await callApi<Team[]>('listTeams', {})).length + 1,
    );
    // Edit is offered on the lead's own team only; and no new team (an admin's).
    await expect(table.getByRole('button', { name: /^Edit / })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'New team' })).toHaveCount(0);

    await table.getByRole('button', { name: `Edit ${team.name}` }).click();
    const dialog = page.getByRole('dialog');
    const template = dialog.getByRole('combobox', { name: /^Template/ });
    // the list opens from the keyboard (the chosen functions' pills cover the field)
    await template.focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('option', { name: 'Application engineer' }).click();
    await page.getByRole('option', { name: 'Quality engineer' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(
      table.getByRole('row', { name: new RegExp(team.name.replace(/[+]/g, '\\+')) }),
    ).toContainText('Application engineer, Quality engineer');
    expect((await ownTeam()).template).toEqual(['application_engineer', 'quality_engineer']);
  } finally {
    await callApi('updateTeam', { id: team.id, patch: { template: team.template } });
  }
});

test('an overlapping postcode range is named under Postcodes, and nothing is saved', async ({
  page,
}) => {
  const before = (await callApi<Territory[]>('listTerritories', {})).length;
  await page.goto(appUrl());
  await page.goto('/#/team');
  await page.getByRole('tab', { name: 'Territories' }).click();
  await page.getByRole('button', { name: 'New territory' }).click();
  const dialog = page.getByRole('dialog', { name: 'New territory' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Trøndelag South');
  const postcodes = dialog.getByRole('combobox', { name: 'Postcodes' });
  for (const entry of ['7000-7099', '7050']) {
    await postcodes.fill(entry);
    await postcodes.press('Enter');
  }
  await dialog.getByRole('button', { name: 'Save' }).click();
  // each entry isolated (U+2068…U+2069), so it reads in its own order in a Persian sentence
  await expect(
    dialog.getByText(
      'Postcodes \u20687000-7099\u2069 and \u20687050\u2069 overlap: each postcode belongs in one entry',
    ),
  ).toBeVisible();
  await expect(postcodes).toHaveAttribute('aria-invalid', 'true');
  expect((await callApi<Territory[]>('listTerritories', {})).length).toBe(before);

  // Backspace in the empty field takes back the last entry, as a person corrects a list
  await postcodes.press('Backspace');
  await postcodes.fill('7100-7199');
  await postcodes.press('Enter');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  const made = (await callApi<Territory[]>('listTerritories', {})).find(
    (t) => t.name === 'Trøndelag South',
  )!;
  expect(made.rules.postcodes).toEqual(['7000-7099', '7100-7199']);
  await expect(page.getByRole('table', { name: 'Territories' })).toContainText('Trøndelag South');
  await callApi('archiveTerritory', { id: made.id, archived: true });
});
