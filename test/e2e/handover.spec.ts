import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import en from '../../src/renderer/src/handover/i18n/en.json';
import fa from '../../src/renderer/src/handover/i18n/fa.json';
import type { Profile } from '../../src/shared/api';
import type { AccountPage } from '../../src/shared/domain/account';
import type { CoverageRow } from '../../src/shared/domain/assignment';
import { appUrl, callApi } from './app';
import { expectAccessible } from './axe';

interface Member {
  id: string;
  name: string;
}

/** A rep of the lead's team who owns 20 accounts, and two who will receive them. */
async function leavingRep(tag: string) {
  const profile = await callApi<Profile>('profile', {});
  const teamId = profile.member!.teamId;
  const member = (name: string) =>
    callApi<Member>('createTeamMember', { name, salesForce: 'geographic', teamId });
  const leaver = await member(`Leila Leaving ${tag}`);
  const first = await member(`Reza Receiver ${tag}`);
  const second = await member(`Nora Receiver ${tag}`);
  for (let i = 1; i <= 20; i++) {
    await callApi('createAccount', {
      name: `Handover ${tag} ${String(i).padStart(2, '0')}`,
      country: 'NO',
      ownerId: leaver.id,
    });
  }
  return { leaver, first, second };
}

const ownersOf = async (leaverId: string, tag: string) => {
  const page = await callApi<AccountPage>('listAccounts', { limit: 1000 });
  const ours = page.rows.filter((r) => r.name.startsWith(`Handover ${tag} `));
  expect(ours).toHaveLength(20);
  return {
    leaver: ours.filter((r) => r.ownerId === leaverId).length,
    ids: ours.map((r) => r.id),
  };
};

async function choose(page: Page, label: string, name: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name, exact: true }).click();
}

test('a lead hands a leaving rep’s 20 accounts to two others, undoes it, confirms again, and finds the history', async ({
  page,
}) => {
  const tag = String(Date.now() % 100000);
  const { leaver, first, second } = await leavingRep(tag);
  await page.goto(appUrl());
  await page.getByRole('link', { name: 'Hand over a book' }).click();
  await choose(page, 'Rep', leaver.name);
  await choose(page, 'Receivers', first.name);
  await choose(page, 'Receivers', second.name);
  await page.keyboard.press('Escape');
  await page.getByRole('textbox', { name: 'Reason' }).fill('Leila leaves the company');
  await page.getByRole('button', { name: 'Preview' }).click();

  const receivers = page.getByRole('table', { name: 'What each receiver gets' });
  await expect(receivers.getByRole('row')).toHaveCount(3);
  await expect(
    receivers.getByRole('row', { name: new RegExp(`^${first.name} 10 `) }),
  ).toBeVisible();
  await expect(
    receivers.getByRole('row', { name: new RegExp(`^${second.name} 10 `) }),
  ).toBeVisible();
  const moves = page.getByRole('table', { name: 'Accounts and their credit splits' });
  await expect(moves.getByRole('row')).toHaveCount(21);
  await expect(moves.getByRole('row').nth(1)).toContainText(
    `\u2068${leaver.name}\u2069 100% (owner)`,
  );
  expect((await ownersOf(leaver.id, tag)).leaver).toBe(20); // the preview wrote nothing

  await page.getByRole('button', { name: 'Confirm: hand over 20 accounts' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Handed over' })).toBeVisible();
  expect((await ownersOf(leaver.id, tag)).leaver).toBe(0);

  await page.getByRole('button', { name: 'Undo the whole hand-over' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone' })).toBeVisible();
  expect((await ownersOf(leaver.id, tag)).leaver).toBe(20);

  await page.getByRole('button', { name: 'Confirm: hand over 20 accounts' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Handed over' })).toBeVisible();
  const after = await ownersOf(leaver.id, tag);
  expect(after.leaver).toBe(0);

  // The account's history: the leaver's ended cover with the reason, the new owner's.
  const history = await callApi<CoverageRow[]>('listCoverage', {
    accountId: after.ids[0],
    includeEnded: true,
  });
  expect(
    history.filter((c) => c.memberId === leaver.id && c.reason === 'Leila leaves the company'),
  ).toHaveLength(2);
  await page
    .getByRole('table', { name: 'Accounts and their credit splits' })
    .getByRole('link', { name: `Handover ${tag} 01` })
    .click();
  await expect(page.getByRole('heading', { name: `Handover ${tag} 01` })).toBeVisible();
});

const words = { en: en.handover, fa: fa.handover };
const shots =
  process.env.RAPPORT_SCREENSHOTS === '1'
    ? path.resolve(__dirname, '../../docs/screenshots')
    : null;

for (const language of ['en', 'fa'] as const) {
  test(`the hand-over and its preview read right and pass axe, in ${language}`, async ({
    page,
  }) => {
    const w = words[language];
    const tag = `${language}${Date.now() % 100000}`;
    const { leaver, first, second } = await leavingRep(tag);
    const stored = JSON.stringify({ state: { language }, version: 0 });
    await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
    await page.goto(appUrl());
    await page.goto('/#/handover');
    await page.getByRole('heading', { name: w.title }).waitFor();
    await expectAccessible(page, `hand-over form (${language})`);
    await choose(page, w.rep, leaver.name);
    await choose(page, w.receivers, first.name);
    await choose(page, w.receivers, second.name);
    await page.keyboard.press('Escape');
    await page.getByRole('textbox', { name: w.reason }).fill(w.title);
    await page.getByRole('button', { name: w.preview, exact: true }).click();
    await page.getByRole('table', { name: w.moves }).getByRole('row').nth(20).waitFor();
    await expectAccessible(page, `hand-over preview (${language})`);
    if (shots) {
      await page
        .getByRole('heading', { name: w.previewTitle, exact: true })
        .evaluate((heading: { scrollIntoView(o: object): void }) =>
          heading.scrollIntoView({ block: 'start' }),
        );
      await page.screenshot({ path: path.join(shots, `handover-preview-${language}.png`) });
    }
  });
}
