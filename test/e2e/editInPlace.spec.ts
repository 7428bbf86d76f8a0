import { expect, test, type Page } from '@playwright/test';
import type { Account } from '../../src/shared/domain/account';
import { appUrl, callApi } from './app';
import { expectAccessible } from './axe';

/** Issue 13's "record fast": the 360's fields edited where they are shown, undo, and asking before typing is lost. */

/** An account the demo's profile (a lead) owns, so it may change it; each test has its own. */
async function ownAccount(name: string): Promise<string> {
  const { member } = await callApi<{ member: { id: string } }>('profile', {});
  const account = await callApi<Account>('createAccount', {
    name,
    country: 'NO',
    city: 'Bergen',
    costToServe: 1500,
    currency: 'NOK',
    ownerId: member.id,
  });
  return account.id;
}

const stored = async (id: string) =>
  (await callApi<{ account: Account }>('getAccount', { id })).account;

async function open(page: Page, id: string, language: 'en' | 'fa' = 'en'): Promise<void> {
  const remembered = JSON.stringify({ state: { language }, version: 0 });
  await page.addInitScript(
    `localStorage.setItem('rapport.language', ${JSON.stringify(remembered)})`,
  );
  await page.goto(appUrl());
  await page.goto(`/#/accounts/${id}`);
  await page.getByRole('heading', { level: 2 }).waitFor();
}

/** A value's button is named "Edit City: Bergen", its value after the colon. */
const editButton = (page: Page, field: string) =>
  page.getByRole('button', { name: new RegExp(`^Edit ${field}(:|$)`) });

test('a field edited in place is saved, by mouse or by keyboard alone, and kept after a reload', async ({
  page,
}) => {
  const id = await ownAccount('Fjordkanten Edit AS');
  await open(page, id);

  await editButton(page, 'City').click();
  const city = page.getByRole('textbox', { name: 'City', exact: true });
  await expect(city).toBeFocused();
  await city.fill('Trondheim');
  await city.press('Enter');
  await expect(editButton(page, 'City')).toHaveAccessibleName('Edit City: Trondheim');
  await expect(editButton(page, 'City')).toBeFocused();

  // Keyboard alone: F2 opens the field, Enter saves; Escape leaves another unsaved.
  await editButton(page, 'Phone').focus();
  await page.keyboard.press('F2');
  await page.keyboard.type('+47 22 33 44 55');
  await page.keyboard.press('Enter');
  await expect(editButton(page, 'Phone')).toHaveAccessibleName('Edit Phone: +47 22 33 44 55');
  await editButton(page, 'Region').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.type('Vestland');
  await page.keyboard.press('Escape');
  await expect(editButton(page, 'Region')).toBeFocused();

  // Leaving a field for another value saves it, and the focus stays where it went.
  await editButton(page, 'Region').click();
  await page.getByRole('textbox', { name: 'Region', exact: true }).fill('Trøndelag');
  await editButton(page, 'Postcode').click();
  const postcode = page.getByRole('textbox', { name: 'Postcode', exact: true });
  await expect(editButton(page, 'Region')).toHaveAccessibleName('Edit Region: Trøndelag');
  await expect(postcode).toBeFocused();
  await postcode.press('Escape');

  // A choice: the lifecycle's list opens at once, a pick saves it. Ended is not offered:
  // a relationship is ended on purpose, with a reason.
  await editButton(page, 'Lifecycle').click();
  await expect(page.getByRole('option', { name: 'Ended', exact: true })).toHaveCount(0);
  await page.getByRole('option', { name: 'Active', exact: true }).click();
  await expect(editButton(page, 'Lifecycle')).toHaveAccessibleName('Edit Lifecycle: Active');

  await page.reload();
  await expect(editButton(page, 'City')).toHaveAccessibleName('Edit City: Trondheim');
  await expect(editButton(page, 'Phone')).toHaveAccessibleName('Edit Phone: +47 22 33 44 55');
  await expect(editButton(page, 'Lifecycle')).toHaveAccessibleName('Edit Lifecycle: Active');
  const account = await stored(id);
  expect([account.city, account.phone, account.region, account.lifecycle]).toEqual([
    'Trondheim',
    '+47 22 33 44 55',
    'Trøndelag',
    'active',
  ]);
});

test('a bad value is named under its field and nothing is saved', async ({ page }) => {
  const id = await ownAccount('Havbris Edit AS');
  await open(page, id);

  await editButton(page, 'Cost to serve').click();
  const cost = page.getByRole('textbox', { name: 'Cost to serve', exact: true });
  await cost.fill('-5');
  await cost.press('Enter');
  await expect(page.getByText('Cost to serve cannot be negative')).toBeVisible();
  await expect(cost).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'a field in edit mode, with its error');
  await cost.press('Escape');

  await editButton(page, 'Name').click();
  const name = page.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill('   ');
  await name.press('Enter');
  await expect(page.getByText('Name is required')).toBeVisible();
  await name.press('Escape');
  await expect(page.getByRole('heading', { level: 2, name: 'Havbris Edit AS' })).toBeVisible();

  const account = await stored(id);
  expect([account.name, account.costToServe]).toEqual(['Havbris Edit AS', 1500]);
});

test('undo, by the toast or by Ctrl+Z, writes the previous value back; not over a later change', async ({
  page,
}) => {
  const id = await ownAccount('Nordlys Edit AS');
  await open(page, id);
  const city = page.getByRole('textbox', { name: 'City', exact: true });

  await editButton(page, 'City').click();
  await city.fill('Oslo');
  await city.press('Enter');
  const toast = page.locator('.mantine-Notification-root').filter({ hasText: 'City changed' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('City changed back')).toBeVisible();
  await expect.poll(async () => (await stored(id)).city).toBe('Bergen');

  await editButton(page, 'Cost to serve').click();
  await page.getByRole('textbox', { name: 'Cost to serve', exact: true }).fill('2750');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Cost to serve changed', { exact: true })).toBeVisible();
  await expectAccessible(page, 'the undo toast');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await stored(id)).costToServe).toBe(1500);

  await page.reload();
  await expect(editButton(page, 'City')).toHaveAccessibleName('Edit City: Bergen');
  await expect(editButton(page, 'Cost to serve')).toContainText('1,500');

  // Changed elsewhere (a sync, another window) after our change: undo says so, keeps theirs.
  await editButton(page, 'City').click();
  await city.fill('Oslo');
  await city.press('Enter');
  await expect(editButton(page, 'City')).toHaveAccessibleName('Edit City: Oslo');
  await callApi('updateAccount', { id, patch: { city: 'Tromsø' } });
  await page.keyboard.press('Control+z');
  await expect(page.getByText('City was changed elsewhere since')).toBeVisible();
  expect((await stored(id)).city).toBe('Tromsø');
});

for (const language of ['en', 'fa'] as const) {
  test(`in ${language}: a contact dialog with typed text asks before it is closed or left`, async ({
    page,
  }) => {
    const id = await ownAccount(`Skjærgård Edit ${language}`);
    await open(page, id, language);
    const fa = language === 'fa';

    await page.getByRole('button', { name: fa ? /^ویرایش شهر:/ : /^Edit City:/ }).click();
    await expectAccessible(page, `${language}: a field in edit mode`);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: fa ? /^ویرایش چرخه عمر:/ : /^Edit Lifecycle:/ }).click();
    await page.getByRole('listbox').waitFor();
    await expectAccessible(page, `${language}: a choice in edit mode, its list open`);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: fa ? 'افزودن مخاطب' : 'Add contact' }).click();
    const dialog = page.getByRole('dialog');
    const name = dialog.getByRole('textbox').first();
    await name.fill('Kari Nordmann');
    await name.press('Escape');
    const prompt = dialog.getByRole('alertdialog');
    await expect(prompt).toBeVisible();
    if (!fa) await expect(prompt).toContainText('Discard unsaved changes?');
    await expectAccessible(page, `${language}: the discard prompt`);
    await prompt.getByRole('button').first().click(); // keep editing
    await expect(prompt).toBeHidden();
    await expect(name).toHaveValue('Kari Nordmann');

    // Moving to another page (here the address bar's hash, as the palette does) asks too.
    await page.evaluate("window.location.hash = '#/accounts'");
    await expect(prompt).toBeVisible();
    expect(page.url()).toContain(id);
    await prompt.getByRole('button').last().click(); // discard
    await expect(page.getByRole('table').first()).toBeVisible();
    expect(page.url()).toMatch(/#\/accounts$/);
  });
}

test('ending a relationship and recording an assessment ask too; a discarded reason is gone on reopening', async ({
  page,
}) => {
  const id = await ownAccount('Kystlinje Edit AS');
  await open(page, id);

  await page.getByRole('button', { name: 'Record assessment' }).click();
  const assessment = page.getByRole('dialog', { name: 'Record assessment' });
  await assessment.getByRole('textbox', { name: 'Notes' }).fill('Late deliveries twice');
  await assessment.getByRole('button', { name: 'Cancel' }).click();
  await assessment.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
  await expect(assessment).toBeHidden();

  await page.getByRole('button', { name: 'End relationship' }).click();
  const end = page.getByRole('dialog', { name: 'End the relationship' });
  await end.getByRole('textbox', { name: 'Reason' }).fill('Price-only buyer');
  await page.keyboard.press('Escape');
  await end.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
  await expect(end).toBeHidden();
  await page.getByRole('button', { name: 'End relationship' }).click();
  await expect(end.getByRole('textbox', { name: 'Reason' })).toHaveValue('');
  await page.keyboard.press('Escape');
  await expect(end).toBeHidden();
  expect((await stored(id)).lifecycle).toBe('prospect');
});
