import { expect, test } from '@playwright/test';
import type { Profile } from '../../src/shared/api';
import type { AccountPage } from '../../src/shared/domain/account';
import { appUrl, callApi } from './app';

/**
 * A lead picks accounts in the list (a click, then a shift-click for the rows between)
 * and moves them to a rep, each from its own owner; then undoes the move.
 */
test('a lead picks three accounts with a click and a shift-click, moves them to a rep, and undoes it', async ({
  page,
}) => {
  const tag = String(Date.now() % 100000);
  const profile = await callApi<Profile>('profile', {});
  const teamId = profile.member!.teamId;
  const member = (name: string) =>
    callApi<{ id: string; name: string }>('createTeamMember', {
      name,
      salesForce: 'geographic',
      teamId,
    });
  const owner = await member(`Olav Owner ${tag}`);
  const rep = await member(`Rita Receiver ${tag}`);
  for (const n of [1, 2, 3]) {
    await callApi('createAccount', { name: `AAAA Move ${tag} ${n}`, ownerId: owner.id });
  }
  const ownersNow = async () => {
    const list = await callApi<AccountPage>('listAccounts', { limit: 1000 });
    return list.rows
      .filter((r) => r.name.startsWith(`AAAA Move ${tag} `))
      .map((r) => r.ownerName)
      .sort();
  };

  await page.goto(appUrl());
  await page.getByRole('checkbox', { name: `Pick AAAA Move ${tag} 1` }).click();
  await page
    .getByRole('checkbox', { name: `Pick AAAA Move ${tag} 3` })
    .click({ modifiers: ['Shift'] });
  await expect(page.getByRole('checkbox', { name: `Pick AAAA Move ${tag} 2` })).toBeChecked();
  await expect(page.getByText('3 accounts picked')).toBeVisible();
  expect(page.url()).not.toContain('#/accounts/'); // picking a row does not open it

  await page.getByRole('button', { name: 'Move to a rep…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Move the picked accounts to a rep' });
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Olav moves to key accounts');
  // No rep chosen yet: the field says so, and nothing moves.
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Rep' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expect(dialog.getByText('Choose the rep who is to receive the accounts')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Rep' }).click();
  await page.getByRole('option', { name: rep.name, exact: true }).click();
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByText('3 accounts move from their owners')).toBeVisible();
  await dialog.getByRole('button', { name: 'Move 3 accounts' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Handed over' })).toBeVisible();
  expect(await ownersNow()).toEqual([rep.name, rep.name, rep.name]);

  await dialog.getByRole('button', { name: 'Undo the whole hand-over' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  expect(await ownersNow()).toEqual([owner.name, owner.name, owner.name]);
});

/** The same move by dropping the picked accounts on the rep in the board above the list. */
test('a lead drags picked accounts onto a rep of the board and they move there', async ({
  page,
}) => {
  const tag = String(Date.now() % 100000);
  const profile = await callApi<Profile>('profile', {});
  const member = (name: string) =>
    callApi<{ id: string; name: string }>('createTeamMember', {
      name,
      salesForce: 'geographic',
      teamId: profile.member!.teamId,
    });
  const owner = await member(`Dora Owner ${tag}`);
  const rep = await member(`Dirk Dropped ${tag}`);
  for (const n of [1, 2, 3]) {
    await callApi('createAccount', { name: `AAAA Drop ${tag} ${n}`, ownerId: owner.id });
  }
  const owners = async () => {
    const list = await callApi<AccountPage>('listAccounts', { limit: 1000 });
    return list.rows
      .filter((r) => r.name.startsWith(`AAAA Drop ${tag} `))
      .map((r) => `${r.name.slice(-1)} ${r.ownerName}`)
      .sort();
  };

  await page.goto(appUrl());
  await page.getByRole('checkbox', { name: `Pick AAAA Drop ${tag} 1` }).click();
  await page.getByRole('checkbox', { name: `Pick AAAA Drop ${tag} 2` }).click();
  const target = page.getByRole('button', { name: `Move the picked accounts to ${rep.name} ` });
  await page
    .getByRole('row')
    .filter({ hasText: `AAAA Drop ${tag} 2` })
    .dragTo(target);

  const dialog = page.getByRole('dialog', { name: 'Move the picked accounts to a rep' });
  await expect(dialog.getByRole('combobox', { name: 'Rep' })).toHaveValue(rep.name);
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Dirk takes the north');
  await dialog.getByRole('button', { name: 'Preview' }).click();
  await expect(dialog.getByText('2 accounts move from their owners')).toBeVisible();
  await dialog.getByRole('button', { name: 'Move 2 accounts' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Handed over' })).toBeVisible();
  // The two picked moved; the third, not picked, stays with its owner.
  expect(await owners()).toEqual([`1 ${rep.name}`, `2 ${rep.name}`, `3 ${owner.name}`]);
});
