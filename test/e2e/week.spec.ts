import { expect, test, type Locator, type Page } from '@playwright/test';
import { appUrl, callApi } from './app';
import { expectAccessible } from './axe';
import { screenshot } from './screenshots';

interface Interaction {
  id: string;
  kind: string;
  subject: string;
  outcome: string | null;
  nextStepDone: boolean;
}

/** An ISO date on this computer's calendar, `days` from today (the agenda's today). */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/**
 * An account the demo's profile (a team lead, who covers no account of the demo book)
 * owns, with a follow-up due today, one due a week later, a contact whose birthday is
 * today and who prefers the phone, and one not to be contacted. Today is in this week
 * whichever day the user's week starts on; a week later, in the next.
 */
async function ownWeek(name: string) {
  const { member } = await callApi<{ member: { id: string } }>('profile', {});
  const account = await callApi<{ id: string }>('createAccount', {
    name,
    country: 'NO',
    ownerId: member.id,
  });
  const birthday = `1980${dayFromToday(0).slice(4)}`;
  const ingrid = await callApi<{ id: string }>('createContact', {
    accountId: account.id,
    name: 'Ingrid Ødegård',
    preferredChannel: 'phone',
    phone: '+47 22 33 44 55',
    birthday,
  });
  await callApi('createContact', {
    accountId: account.id,
    name: 'Ola Nordmann',
    preferredChannel: 'email',
    email: 'ola@example.no',
    doNotContact: true,
    birthday,
  });
  const visit = (nextStep: string, due: number) =>
    callApi<Interaction>('createInteraction', {
      accountId: account.id,
      kind: 'visit',
      subject: 'Visit at the plant',
      occurredAt: new Date().toISOString(),
      contactIds: [ingrid.id],
      nextStep,
      nextStepDue: dayFromToday(due),
    });
  const followUp = await visit(`Send the revised quote to ${name}`, 0);
  await visit(`Book the trial at ${name}`, 7);
  return { account, followUp };
}

async function openWeek(page: Page, language: 'en' | 'fa' = 'en'): Promise<void> {
  const stored = JSON.stringify({ state: { language }, version: 0 });
  await page.addInitScript(`localStorage.setItem('rapport.language', ${JSON.stringify(stored)})`);
  await page.goto(appUrl());
  await page.getByRole('table').first().waitFor();
  await page.goto('/#/week');
  await page.getByRole('heading', { level: 2 }).waitFor();
}

const itemWith = (page: Page, text: string): Locator =>
  page.getByRole('listitem').filter({ hasText: text });

test('a follow-up logged with a due date shows in My week, and Done records it', async ({
  page,
}) => {
  const name = 'Fjordlys Sjømat AS';
  const { account, followUp } = await ownWeek(name);
  await openWeek(page);
  await page.getByRole('navigation').getByRole('link', { name: 'My week' }).click();

  const item = itemWith(page, `Send the revised quote to ${name}`);
  await expect(item).toBeVisible();
  await expect(item.getByRole('link', { name })).toHaveAttribute(
    'href',
    `#/accounts/${account.id}`,
  );
  await expect(item.getByRole('link', { name: '+47 22 33 44 55' })).toHaveAttribute(
    'href',
    'tel:+4722334455',
  );
  // Under its own day, not among the overdue ones.
  const day = page.getByRole('region').filter({ has: item });
  await expect(day.getByRole('heading')).not.toHaveText('Overdue');

  await item.getByRole('button', { name: /^Done/ }).click();
  await page
    .getByRole('textbox', { name: 'Outcome (optional)' })
    .fill('Quote sent, they will sign');
  await page.getByRole('button', { name: 'Record' }).click();
  await expect(item).toHaveCount(0);

  const history = await callApi<Interaction[]>('listInteractions', { accountId: account.id });
  const recorded = history.find((i) => i.outcome === 'Quote sent, they will sign');
  expect(recorded?.kind).toBe('call'); // Ingrid prefers the phone
  expect(history.find((i) => i.id === followUp.id)?.nextStepDone).toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'My week' })).toBeVisible();
  await expect(itemWith(page, `Book the trial at ${name}`)).toHaveCount(0);
  await expect(itemWith(page, `Send the revised quote to ${name}`)).toHaveCount(0);
});

test("a birthday shows with the contact's preferred channel, and none for do-not-contact", async ({
  page,
}) => {
  const name = 'Nordlys Verft AS';
  await ownWeek(name);
  await openWeek(page);

  const ingrid = itemWith(page, 'Ingrid Ødegård')
    .filter({ hasText: 'Birthday' })
    .filter({ hasText: name });
  await expect(ingrid).toContainText('turns');
  await expect(ingrid).toContainText('Prefers: Phone');
  await expect(ingrid.getByRole('link', { name: '+47 22 33 44 55' })).toBeVisible();
  await expect(ingrid.getByRole('button', { name: 'Done: Ingrid Ødegård' })).toBeVisible();

  const ola = itemWith(page, 'Ola Nordmann')
    .filter({ hasText: 'Birthday' })
    .filter({ hasText: name });
  await expect(ola).toContainText('Do not contact');
  await expect(ola.getByRole('link', { name: /ola@example/ })).toHaveCount(0);
  await expect(ola.getByRole('button')).toHaveCount(0);

  // Next week holds the other follow-up; this week's birthday is not there.
  const range = await page.getByTestId('week-range').textContent();
  await page.getByRole('button', { name: 'Next week' }).click();
  await expect(page.getByTestId('week-range')).not.toHaveText(range ?? '');
  await expect(itemWith(page, `Book the trial at ${name}`)).toBeVisible();
  await expect(itemWith(page, 'Ola Nordmann').filter({ hasText: name })).toHaveCount(0);
  await page.getByRole('button', { name: 'This week' }).click();
  await expect(page.getByTestId('week-range')).toHaveText(range ?? '');
});

for (const language of ['en', 'fa'] as const) {
  test(`My week and its Done dialog pass axe-core in ${language}`, async ({ page }) => {
    await ownWeek(`Axe ${language} Handel AS`);
    await openWeek(page, language);
    const item = itemWith(page, `Send the revised quote to Axe ${language} Handel AS`);
    await expect(item).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', new RegExp(`^${language}`));
    await expectAccessible(page, 'My week');
    // Log visit, Log call, then Done.
    await item.getByRole('button').last().click();
    await page.getByRole('dialog').waitFor();
    await expectAccessible(page, 'My week, Done dialog');
  });
}

/** The weekday of each day heading of the week on screen, in the page's language. */
async function weekdaysShown(page: Page, locale: string): Promise<string[]> {
  const names = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  // 2027-01-03 is a Sunday: the seven days from it name every weekday once.
  const weekdays = Array.from({ length: 7 }, (_, i) =>
    names.format(new Date(Date.UTC(2027, 0, 3 + i))),
  );
  const headings = await page.getByRole('heading', { level: 3 }).allTextContents();
  // "یکشنبه" ends with "شنبه": the longest name that starts a heading is its weekday.
  const byLength = [...weekdays].sort((a, b) => b.length - a.length);
  return headings.flatMap((text) => byLength.find((day) => text.startsWith(day)) ?? []);
}

// Persian has Iran's week wherever the computer is; English has the computer's region's.
const WEEKS = [
  { language: 'fa', locale: 'fa-IR', region: 'en-US', first: 'شنبه', last: 'جمعه', shot: true },
  { language: 'en', locale: 'en', region: 'fa-IR', first: 'Saturday', last: 'Friday', shot: true },
  { language: 'en', locale: 'en', region: 'en-US', first: 'Sunday', last: 'Saturday' },
  { language: 'en', locale: 'en', region: 'en-GB', first: 'Monday', last: 'Sunday' },
] as const;

for (const { language, locale, region, first, last, ...week } of WEEKS) {
  test.describe(`on a computer set to ${region}`, () => {
    test.use({ locale: region });
    test(`My week in ${language} runs from ${first} to ${last}`, async ({ page }) => {
      await ownWeek(`Week ${language} ${region} Handel AS`);
      await openWeek(page, language);
      await expect(itemWith(page, `Week ${language} ${region} Handel AS`).first()).toBeVisible();
      const days = await weekdaysShown(page, locale);
      expect(days).toHaveLength(7);
      expect(days[0]).toBe(first);
      expect(days[6]).toBe(last);
      if ('shot' in week) await screenshot(page, `persian-week-${language}.png`, 1400);
    });
  });
}
