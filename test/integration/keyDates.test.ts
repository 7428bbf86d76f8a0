import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/tempDb';
import { refusedWithoutWriting } from '../support/nothingWritten';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

/**
 * The holiday dates below were checked against the sky, not against this code: the
 * March equinox of 2027 is at 20:24 UTC on 20 March, 23:54 in Tehran, after noon, so
 * 1 Farvardin 1406 (Nowruz) is 21 March 2027; the new moon that starts the lunar year
 * is at 15:56 UTC on 6 February 2027 (23:56 in Beijing, 22:56 in Hanoi: the annular
 * eclipse of that day), so Tết and the Chinese New Year are 6 February 2027.
 */
async function book() {
  const acme = await t.api.createAccount({
    name: 'ACME',
    country: 'NO',
    customerSince: '2019-05-20',
  });
  const globex = await t.api.createAccount({ name: 'Globex', country: 'VN' });
  const parsian = await t.api.createAccount({ name: 'Parsian', country: 'IR' });
  const sara = await t.api.createContact({
    accountId: acme.id,
    name: 'Sara Ahmadi',
    birthday: '1980-03-15',
    workAnniversary: '2015-08-01',
    preferredChannel: 'email',
  });
  const mai = await t.api.createContact({
    accountId: globex.id,
    name: 'Lê Thị Mai',
    birthday: '1992-02-29',
    doNotContact: true,
    preferredChannel: 'phone',
  });
  await t.api.createHoliday({ country: 'NO', name: 'Constitution Day', month: 5, day: 17 });
  await t.api.createHoliday({
    country: 'IR',
    name: 'Nowruz',
    calendar: 'persian',
    month: 1,
    day: 1,
  });
  await t.api.createHoliday({ country: 'VN', name: 'Tết', calendar: 'lunar', month: 1, day: 1 });
  await t.api.createHoliday({ country: 'SE', name: 'Midsommar', month: 6, day: 24 });
  return { acme, globex, parsian, sara, mai };
}

describe('holidays', () => {
  it('keeps holidays per country; lists, updates and archives them', async () => {
    const tet = await t.api.createHoliday({
      country: 'vn',
      name: 'Tết',
      calendar: 'lunar',
      month: 1,
      day: 1,
    });
    expect(tet).toMatchObject({ country: 'VN', name: 'Tết', calendar: 'lunar', month: 1, day: 1 });
    expect(await t.api.getHoliday({ id: tet.id })).toEqual(tet);
    expect(await t.api.listHolidays({})).toEqual([tet]);
    const updated = await t.api.updateHoliday({ id: tet.id, patch: { name: 'Tết Nguyên Đán' } });
    expect(updated).toEqual({ ...tet, name: 'Tết Nguyên Đán', updatedAt: updated.updatedAt });
    await t.api.archiveHoliday({ id: tet.id });
    expect(await t.api.listHolidays({})).toEqual([]);
  });

  it('refuses a day its month does not have', async () => {
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.createHoliday({ country: 'NO', name: 'Nope', month: 4, day: 31 }),
    );
    expect(error.issues[0]?.field).toBe('day');
  });
});

describe('key dates', () => {
  it('lists birthdays, anniversaries and holidays of the year, soonest first', async () => {
    const { acme, globex, sara, mai } = await book();
    const dates = await t.api.listKeyDates({ from: '2027-01-01', to: '2027-12-31' });
    expect(dates.map((d) => [d.date, d.kind, d.name, d.years])).toEqual([
      ['2027-02-06', 'holiday', 'Tết', null],
      ['2027-02-28', 'birthday', 'Lê Thị Mai', 35],
      ['2027-03-15', 'birthday', 'Sara Ahmadi', 47],
      ['2027-03-21', 'holiday', 'Nowruz', null],
      ['2027-05-17', 'holiday', 'Constitution Day', null],
      ['2027-05-20', 'account_anniversary', 'ACME', 8],
      ['2027-08-01', 'work_anniversary', 'Sara Ahmadi', 12],
    ]);
    expect(dates[2]).toEqual({
      date: '2027-03-15',
      kind: 'birthday',
      name: 'Sara Ahmadi',
      accountId: acme.id,
      accountName: 'ACME',
      contactId: sara.id,
      country: 'NO',
      years: 47,
      preferredChannel: 'email',
      doNotContact: false,
    });
    expect(dates[1]).toMatchObject({
      accountId: globex.id,
      contactId: mai.id,
      preferredChannel: 'phone',
      doNotContact: true,
    });
  });

  it('keeps to the window, across New Year, and to one account when asked', async () => {
    const { acme } = await book();
    const week = await t.api.listKeyDates({ from: '2027-03-14', to: '2027-03-20' });
    expect(week.map((d) => d.name)).toEqual(['Sara Ahmadi']);
    const winter = await t.api.listKeyDates({ from: '2027-12-01', to: '2028-02-29' });
    expect(winter.map((d) => [d.date, d.name])).toEqual([
      ['2028-01-26', 'Tết'],
      ['2028-02-29', 'Lê Thị Mai'],
    ]);
    const one = await t.api.listKeyDates({
      from: '2027-01-01',
      to: '2027-12-31',
      accountId: acme.id,
    });
    expect(one.map((d) => d.name)).toEqual([
      'Sara Ahmadi',
      'Constitution Day',
      'ACME',
      'Sara Ahmadi',
    ]);
  });

  it('leaves out archived contacts and holidays of countries with no live account', async () => {
    const { sara, parsian } = await book();
    await t.api.archiveContact({ id: sara.id });
    await t.api.archiveAccount({ id: parsian.id });
    const names = (await t.api.listKeyDates({ from: '2027-01-01', to: '2027-12-31' })).map(
      (d) => d.name,
    );
    expect(names).not.toContain('Sara Ahmadi');
    expect(names).not.toContain('Nowruz');
    expect(names).not.toContain('Midsommar');
  });

  it('refuses a window longer than a year', async () => {
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.listKeyDates({ from: '2027-01-01', to: '2028-06-30' }),
    );
    expect(error.issues[0]?.field).toBe('to');
  });
});
