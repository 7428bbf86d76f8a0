/*
 * Who am I, and what may I change (issue 22): a book that received its team through a
 * shared folder asks who you are before anything else, and the header then names the
 * person, their role and team; a rep on an account they do not cover sees it read-only,
 * each refused control saying why on hover; one Tab from the top reaches the skip link.
 *
 * Screenshots (docs/screenshots/identity-header-*.png, read-only-account-*.png) are
 * written only with RAPPORT_SCREENSHOTS=1, so that an ordinary run leaves the tree as it was.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import type { Profile } from '../../src/shared/api';
import type { Team, TeamMember } from '../../src/shared/domain/team';
import { openCore, setProfile } from '../../src/main/core/core';
import { appUrl } from './app';
import { expectAccessible } from './axe';
import { call, syncHost } from './hostApi';
import { startHost, stopAll, type Host } from './processes';
import { screenshot } from './screenshots';

/** The language the app remembers, set before it starts. */
async function speak(page: Page, language: 'en' | 'fa'): Promise<void> {
  const stored = JSON.stringify({ state: { language }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
}

let dir: string;
test.describe.configure({ mode: 'serial' });
test.beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-e2e-identity-'));
});
test.afterAll(async () => {
  await stopAll();
  fs.rmSync(dir, { recursive: true, force: true });
});

test.describe('a book synced through a folder', () => {
  let laptop: Host;

  test.beforeAll(async () => {
    // The admin's book with a team of several members, sent to the shared folder.
    const folder = path.join(dir, 'team folder');
    fs.mkdirSync(folder);
    const admin = await startHost(path.join(dir, 'admin.db'));
    await call(admin, 'setupProfile', { name: 'Ingrid Solberg', email: 'ingrid@example.no' });
    const team = await call<Team>(admin, 'createTeam', { name: 'Nord', salesForce: 'geographic' });
    const lead = await call<TeamMember>(admin, 'createTeamMember', {
      name: 'Kari Nordmann',
      salesForce: 'geographic',
      appRole: 'lead',
      teamId: team.id,
    });
    await call(admin, 'updateTeam', { id: team.id, patch: { leadId: lead.id } });
    await call(admin, 'createTeamMember', {
      name: 'Ola Hansen',
      salesForce: 'geographic',
      teamId: team.id,
    });
    const target = { spec: `folder:${folder}`, auto: false };
    await call(admin, 'setSyncTarget', target);
    await syncHost(admin);
    // A new laptop that received the team from the folder: several members, no profile.
    laptop = await startHost(path.join(dir, 'laptop.db'));
    await call(laptop, 'setSyncTarget', target);
    await syncHost(laptop);
    const profile = await call<Profile>(laptop, 'profile');
    expect(profile.member).toBeNull();
  });

  test('asks who you are first, then the header names the person, role and team', async ({
    page,
  }) => {
    await page.goto(laptop.url.href);
    await expect(page.getByRole('heading', { name: 'Who are you on this laptop?' })).toBeVisible();
    // Nothing else of the app is offered before the answer.
    await expect(page.getByRole('navigation', { name: 'Main navigation' })).toHaveCount(0);
    await expectAccessible(page, 'who are you');
    await page.getByRole('combobox', { name: 'I am' }).click();
    await page.getByRole('option', { name: 'Kari Nordmann' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();

    const me = page.getByTestId('who-am-i');
    await expect(me).toContainText('Signed in as');
    await expect(me).toContainText('Kari Nordmann');
    await expect(me).toContainText('Lead');
    await expect(me).toContainText('Team Nord');
    expect((await call<Profile>(laptop, 'profile')).member?.name).toBe('Kari Nordmann');
    await expectAccessible(page, 'header, in English');
    await screenshot(page, 'identity-header-en.png');
  });

  test('in Persian, the header reads right to left', async ({ page }) => {
    await speak(page, 'fa');
    await page.goto(laptop.url.href);
    const me = page.getByTestId('who-am-i');
    await expect(me).toContainText('Kari Nordmann');
    await expect(me).toContainText('سرپرست');
    await expect(me).toContainText('تیم Nord');
    await expectAccessible(page, 'header, in Persian');
    await screenshot(page, 'identity-header-fa.png');
  });
});

test.describe('a rep on an account they do not cover', () => {
  let host: Host;
  let accountId: string;
  let accountName: string;

  test.beforeAll(async () => {
    // The demo book on a rep's laptop: a copy whose profile is a rep.
    const file = path.join(dir, 'rep.db');
    const source = new Database(process.env.RAPPORT_E2E_DB!, { readonly: true });
    await source.backup(file);
    source.close();
    const copy = openCore(file);
    const uuid = (hex: string) =>
      hex.toLowerCase().replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
    const rep = copy.db
      .prepare(
        `SELECT hex(m.id) AS id FROM team_members m JOIN assignments s ON s.member_id = m.id
         WHERE m.app_role = 'rep' AND m.deleted = 0 AND s.deleted = 0 LIMIT 1`,
      )
      .get() as { id: string };
    const account = copy.db
      .prepare(
        `SELECT hex(a.id) AS id, a.name FROM accounts a
         WHERE a.deleted = 0 AND a.lifecycle != 'ended' AND NOT EXISTS (
           SELECT 1 FROM assignments s WHERE s.account_id = a.id AND s.member_id = unhex(?)
             AND s.deleted = 0)
         ORDER BY a.name LIMIT 1`,
      )
      .get(rep.id) as { id: string; name: string };
    setProfile(copy, uuid(rep.id));
    copy.close();
    accountId = uuid(account.id);
    accountName = account.name;
    host = await startHost(file);
  });

  const open = async (page: Page, language: 'en' | 'fa') => {
    await speak(page, language);
    await page.goto(host.url.href);
    await page.goto(new URL(`#/accounts/${accountId}`, host.url).href);
    await page.getByRole('heading', { level: 2, name: accountName, exact: true }).waitFor();
  };

  test('every edit control is hidden or disabled, with the reason on hover', async ({ page }) => {
    await open(page, 'en');
    const reason = `You can only change accounts you cover, and \u2068${accountName}\u2069 is not one of them`;
    // No value offers its editor, and no staffing is offered.
    await expect(page.getByRole('button', { name: /^Edit / })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Staff account' })).toHaveCount(0);
    for (const name of [
      'Edit',
      'Add contact',
      'Record assessment',
      'Archive',
      'End relationship',
    ]) {
      const control = page.getByRole('button', { name, exact: true });
      await expect(control, name).toHaveAttribute('aria-disabled', 'true');
      await control.hover();
      await expect(page.getByRole('tooltip'), name).toHaveText(reason);
      await control.click({ force: true });
      await expect(page.getByRole('dialog')).toHaveCount(0);
      await page.mouse.move(0, 0);
      await expect(page.getByRole('tooltip')).toHaveCount(0);
    }
    // A value says why too.
    await page.getByText('Industry').hover();
    await expectAccessible(page, 'read-only account, in English');
    await page.getByRole('button', { name: 'Edit', exact: true }).hover();
    await screenshot(page, 'read-only-account-en.png');
    // What the screen refused, the core refuses for the same reason.
    const refused = await fetch(new URL('/api/updateAccount', host.url.origin), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${host.url.searchParams.get('token')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ id: accountId, patch: { city: 'Bodø' } }),
    });
    const body = (await refused.json()) as { error: { message: string } };
    expect(body.error.message).toBe(reason.replace(/[\u2068\u2069]/g, ''));
  });

  test('in Persian, the reason is in Persian', async ({ page }) => {
    await open(page, 'fa');
    const edit = page.getByRole('button', { name: 'ویرایش', exact: true });
    await expect(edit).toHaveAttribute('aria-disabled', 'true');
    await edit.hover();
    await expect(page.getByRole('tooltip')).toContainText('فقط حساب‌هایی را می‌توانید تغییر دهید');
    await expectAccessible(page, 'read-only account, in Persian');
    await screenshot(page, 'read-only-account-fa.png');
  });
});

test('one Tab from the top reaches the skip link, and Enter moves to the main content', async ({
  page,
}) => {
  await page.goto(appUrl());
  await page.getByRole('table', { name: 'Account list' }).waitFor();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  // The next Tab goes on inside the page, not back into the header.
  await page.keyboard.press('Tab');
  expect(
    await page.evaluate("document.querySelector('main').contains(document.activeElement)"),
  ).toBe(true);
});
