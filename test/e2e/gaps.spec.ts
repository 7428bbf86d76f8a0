import { expect, test } from '@playwright/test';
import type { Profile } from '../../src/shared/api';
import type { CoverageGaps } from '../../src/shared/domain/gaps';
import { appUrl, callApi } from './app';

test('a lead sees an account without an owner in the coverage gaps, follows its fix, gives it an owner, and the gap is gone', async ({
  page,
}) => {
  const tag = String(Date.now() % 100000);
  // The demo's profile is a lead: an account they make without an owner is nobody's.
  const profile = await callApi<Profile>('profile', {});
  expect(profile.member?.appRole).toBe('lead');
  const name = `Orphan ${tag} AS`;
  const orphan = await callApi<{ id: string }>('createAccount', { name, country: 'NO' });
  const rep = await callApi<{ id: string; name: string }>('createTeamMember', {
    name: `Ola Owner ${tag}`,
    salesForce: 'geographic',
    teamId: profile.member!.teamId,
  });

  await page.goto(appUrl());
  await page.getByRole('link', { name: 'Coverage gaps' }).click();
  const unowned = page.getByRole('region', { name: 'Accounts without an owner' });
  const row = unowned.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('Nobody owns it');
  await row.getByRole('link', { name: `Assign an owner: ${name}` }).click();

  // The fix opens the account's form at its owner field.
  await expect(page).toHaveURL(new RegExp(`#/accounts/${orphan.id}/edit/owner$`));
  const owner = page.getByRole('combobox', { name: 'Owner' });
  await expect(owner).toBeFocused();
  await owner.fill(rep.name);
  await page.getByRole('option', { name: rep.name, exact: true }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('account-facts')).toContainText(rep.name);

  await page.getByRole('link', { name: 'Coverage gaps' }).click();
  await expect(page.getByRole('heading', { name: 'Coverage gaps', level: 2 })).toBeVisible();
  await expect(page.getByRole('link', { name: `Assign an owner: ${name}` })).toHaveCount(0);
  const report = await callApi<CoverageGaps>('coverageGaps', {});
  expect(report.rows.filter((r) => r.accountId === orphan.id)).toEqual([]);

  // A staffing fix opens the account at its covering team, brought into focus.
  await page.goto(`/#/accounts/${orphan.id}/team`);
  await expect(page.getByRole('region', { name: 'Covering team' })).toBeFocused();
});

test('a lead plans a visit to a decision maker nobody has spoken to, from the coverage gaps', async ({
  page,
}) => {
  const tag = String(Date.now() % 100000);
  // Named to come first in its section, which lists accounts by name.
  const name = `Aaa ${tag} Silent AS`;
  const account = await callApi<{ id: string }>('createAccount', { name, country: 'NO' });
  const boss = await callApi<{ id: string }>('createContact', {
    accountId: account.id,
    name: `Sara Boss ${tag}`,
    buyingRole: 'decision_maker',
  });

  await page.goto(appUrl());
  await page.getByRole('link', { name: 'Coverage gaps' }).click();
  const silent = page.getByRole('region', { name: 'Decision makers nobody spoke to in 90 days' });
  const row = silent.getByRole('row').filter({ hasText: name });
  // The name is set apart from the sentence (it may be written right to left).
  await expect(row).toContainText(`\u2068Sara Boss ${tag}\u2069, never in touch`);
  await silent.getByRole('button', { name: `Plan a visit: ${name}` }).click();

  const dialog = page.getByRole('dialog', { name: 'Log an interaction' });
  await expect(dialog.getByRole('combobox', { name: 'Account' })).toHaveValue(name);
  await expect(dialog.getByRole('combobox', { name: 'Kind' })).toHaveValue('Visit');
  await dialog.getByRole('textbox', { name: 'Subject' }).fill('Meet the decision maker');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(dialog).toBeHidden();

  // The visit was logged with her, so she is no longer a gap.
  await expect(row).toHaveCount(0);
  const logged = await callApi<{ kind: string; contactIds: string[] }[]>('listInteractions', {
    accountId: account.id,
  });
  expect(logged).toMatchObject([{ kind: 'visit', contactIds: [boss.id] }]);
});
