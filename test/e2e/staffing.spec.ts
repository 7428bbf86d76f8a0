import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import type { Profile } from '../../src/shared/api';
import type { Account } from '../../src/shared/domain/account';
import type { Staffing } from '../../src/shared/domain/assignment';
import type { TeamMember } from '../../src/shared/domain/team';
import { openCore, setProfile } from '../../src/main/core/core';
import { appUrl, callApi } from './app';
import { call, refusal } from './hostApi';
import { startHost, stopAll } from './processes';

/** Issue 20: a lead staffs an account with its credit split; a rep is offered no such thing. */

async function lead(): Promise<{ member: TeamMember; teamId: string }> {
  const { member } = await callApi<Profile>('profile', {});
  return { member: member!, teamId: member!.teamId! };
}

/** A strategic account the lead owns alone (100%), so it is in their team's book. */
async function strategicAccount(name: string): Promise<Account> {
  const { member } = await lead();
  return callApi<Account>('createAccount', {
    name,
    country: 'NO',
    salesForce: 'strategic',
    tier: 'A',
    ownerId: member.id,
  });
}

async function engineer(): Promise<TeamMember> {
  const members = await callApi<TeamMember[]>('listTeamMembers', {});
  return members.find((m) => m.function === 'application_engineer' && m.leftOn === null)!;
}

const coverage = async (accountId: string) =>
  (await callApi<Staffing>('getStaffing', { accountId })).coverage.map((c) => [
    c.memberName,
    c.creditShare,
  ]);

async function openAccount(page: Page, id: string): Promise<void> {
  await page.goto(appUrl());
  await page.goto(`/#/accounts/${id}`);
  await page.getByRole('region', { name: 'Covering team' }).waitFor();
}

/**
 * The app's question of what the member may do (on one account's screens, on a page of
 * the list, or at all: `[]`), answered.
 */
const abilitiesOf = (page: Page, asked: string) =>
  page.waitForResponse(
    (r) =>
      /\/api\/(abilities|accountAbilities)$/.test(r.url()) &&
      (r.request().postData() ?? '').includes(asked),
  );

/** The dialog's title: the name isolated, so it keeps its order in a Persian sentence. */
const staffTitle = (name: string) => `Staff \u2068${name}\u2069`;

const share = (page: Page, line: number) =>
  page.getByRole('textbox', { name: `Credit share, line ${line}`, exact: true });

test.describe('a lead staffs an account', () => {
  let template: string[] = [];
  test.beforeAll(async () => {
    // The lead's team asks for an application engineer on its strategic accounts.
    const { teamId } = await lead();
    const teams = await callApi<{ id: string; template: string[] }[]>('listTeams', {});
    template = teams.find((t) => t.id === teamId)!.template;
    await callApi('updateTeam', { id: teamId, patch: { template: ['application_engineer'] } });
  });
  test.afterAll(async () => {
    const { teamId } = await lead();
    await callApi('updateTeam', { id: teamId, patch: { template } });
  });

  test('with a sales lead and an application engineer at 70/30; 90 is refused, naming the account and the sum', async ({
    page,
  }) => {
    const account = await strategicAccount('Havbruk Staffing AS');
    const { member: me } = await lead();
    const anh = await engineer();
    await openAccount(page, account.id);
    const panel = page.getByRole('region', { name: 'Covering team' });
    await expect(panel.getByTestId('template-gaps')).toContainText('Application engineer');

    await panel.getByRole('button', { name: 'Staff account' }).click();
    const dialog = page.getByRole('dialog', { name: staffTitle(account.name) });
    await expect(dialog.getByRole('combobox', { name: 'Team member, line 1' })).toHaveValue(
      me.name,
    );
    await dialog.getByRole('button', { name: 'Add a team member' }).click();
    const member = dialog.getByRole('combobox', { name: 'Team member, line 2' });
    await member.fill(anh.name);
    await page.getByRole('option', { name: anh.name, exact: true }).click();
    await expect(dialog.getByRole('combobox', { name: 'Function, line 2' })).toHaveValue(
      'Application engineer',
    );
    await share(page, 1).fill('70');
    await share(page, 2).fill('20');
    await expect(dialog.getByTestId('share-sum')).toHaveText(
      'Revenue shares add up to 90%: they must add up to exactly 100%',
    );
    // the template's function is there now, before saving
    await expect(dialog.getByTestId('template-gaps')).toHaveCount(0);

    await dialog.getByRole('button', { name: 'Save' }).click();
    // the name is isolated (U+2068…U+2069), so a Latin name keeps its place in Persian
    await expect(dialog.getByRole('alert')).toHaveText(
      `Revenue shares for \u2068${account.name}\u2069 add up to 90%: they must add up to exactly 100%`,
    );
    expect(await coverage(account.id)).toEqual([[me.name, 100]]);

    await share(page, 2).fill('30');
    await expect(dialog.getByTestId('share-sum')).toHaveText('Revenue shares add up to 100%');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toHaveCount(0);
    const rows = panel.getByRole('table', { name: 'Covering team' }).getByRole('row');
    await expect(rows.filter({ hasText: me.name })).toContainText('70%');
    await expect(rows.filter({ hasText: anh.name })).toContainText('30%');
    await expect(panel.getByTestId('template-gaps')).toHaveCount(0);
    expect(await coverage(account.id)).toEqual([
      [me.name, 70],
      [anh.name, 30],
    ]);
  });

  test('from the account list, on the accounts of their team’s book only', async ({ page }) => {
    const account = await strategicAccount('Aalesund Staffing AS');
    const { member: me } = await lead();
    await page.goto(appUrl());
    const filters = page.getByRole('group', { name: 'Filters' });
    await filters.getByRole('combobox', { name: 'Owner' }).fill(me.name);
    await page.getByRole('option', { name: me.name, exact: true }).click();
    await page.getByRole('button', { name: `Staff ${account.name}` }).click();
    const dialog = page.getByRole('dialog', { name: staffTitle(account.name) });
    await expect(dialog.getByTestId('staffing-line')).toHaveCount(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    // the dialog's clicks stayed in it: the row did not open the account
    await expect(page).not.toHaveURL(/#\/accounts\//);

    // An account another team covers offers no staffing, here or on its page.
    const { rows } = await callApi<{ rows: Account[] }>('listAccounts', { limit: 200 });
    const { staffable } = await callApi<{ staffable: string[] }>('abilities', {
      accountIds: rows.map((r) => r.id),
    });
    const theirs = rows.find((r) => !staffable.includes(r.id))!;
    const asked = abilitiesOf(page, theirs.id);
    await openAccount(page, theirs.id);
    await asked;
    await expect(page.getByRole('button', { name: 'Staff account' })).toHaveCount(0);

    // On their own account, the form hands it to another owner; on theirs it does not.
    await page.goto(`/#/accounts/${account.id}/edit`);
    await expect(page.getByRole('combobox', { name: 'Owner' })).toBeVisible();
    const again = abilitiesOf(page, theirs.id);
    await page.goto(appUrl());
    await page.goto(`/#/accounts/${theirs.id}/edit`);
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
    await again;
    await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveCount(0);
  });
});

test.describe('a rep', () => {
  let dir: string;
  test.afterAll(async () => {
    await stopAll();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('sees no staffing or owner change, and the core refuses the call', async ({ page }) => {
    // The same book on a rep's laptop: a copy whose profile is a rep who owns accounts.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-rep-'));
    const file = path.join(dir, 'rep.db');
    const source = new Database(process.env.RAPPORT_E2E_DB!, { readonly: true });
    await source.backup(file);
    source.close();
    const copy = openCore(file);
    const rep = copy.db
      .prepare(
        `SELECT hex(m.id) AS id, hex(s.account_id) AS account FROM assignments s
         JOIN team_members m ON m.id = s.member_id
         WHERE m.app_role = 'rep' AND s.is_owner = 1 AND s.valid_to IS NULL AND s.deleted = 0
         LIMIT 1`,
      )
      .get() as { id: string; account: string };
    const uuid = (hex: string) =>
      hex.toLowerCase().replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    setProfile(copy, uuid(rep.id));
    copy.close();
    const host = await startHost(file);
    const accountId = uuid(rep.account);
    expect((await call<Profile>(host, 'profile')).member?.appRole).toBe('rep');

    const asked = abilitiesOf(page, accountId);
    const staffs = abilitiesOf(page, '"accountIds":[]');
    await page.goto(host.url.href);
    await staffs;
    await page.goto(new URL(`#/accounts/${accountId}`, host.url).href);
    const panel = page.getByRole('region', { name: 'Covering team' });
    await panel.waitFor();
    await asked;
    await expect(panel.getByRole('table')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Staff account' })).toHaveCount(0);

    // The form changes the account, never its owner; the list offers no staffing.
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('textbox', { name: 'Name', exact: true }).waitFor();
    await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveCount(0);
    await page.goto(new URL('#/accounts', host.url).href);
    await page.getByRole('table', { name: 'Account list' }).getByRole('link').first().waitFor();
    await expect(page.getByRole('button', { name: /^Staff / })).toHaveCount(0);

    const { member: me } = await call<Profile>(host, 'profile');
    const owner = await refusal(host, 'setAccountOwner', { accountId, memberId: me!.id });
    expect(owner.code).toBe('forbidden');
    const staffed = await refusal(host, 'staffAccount', {
      accountId,
      team: [{ memberId: me!.id, role: 'account_manager', isOwner: true, creditShare: 100 }],
    });
    expect(staffed).toMatchObject({
      code: 'forbidden',
      message: 'Only a lead or an admin may assign or reassign accounts',
    });
  });
});
