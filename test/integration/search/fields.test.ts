import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../../support/tempDb';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const first = async (text: string) => (await t.api.search({ text }))[0];
const names = async (text: string) => (await t.api.search({ text })).map((h) => h.name);

describe('search finds each field, and says which it matched', () => {
  it('finds an account by its name, city, address, phone and notes', async () => {
    const a = await t.api.createAccount({
      name: 'Viking Teknikk AS',
      city: 'Tromsø',
      region: 'Troms',
      postcode: '9008',
      address: 'Storgata 12',
      phone: '+47 77 60 12 34',
      notes: 'Buys pumps every spring',
      industry: 'Aquaculture',
    });
    for (const [text, matched] of [
      ['viking tek', ['name']],
      ['tromso', ['city']],
      ['storgata', ['address']],
      ['9008', ['address']],
      ['4777601', ['phone']],
      ['pumps spring', ['notes']],
      ['aquacult', ['notes']],
      ['viking tromso', ['name', 'city']],
    ] as const) {
      expect(await first(text), text).toMatchObject({ id: a.id, type: 'account', matched });
    }
  });

  it('finds a contact by name, title, email, phone, mobile and notes', async () => {
    const a = await t.api.createAccount({ name: 'Mehr Khodro' });
    const c = await t.api.createContact({
      accountId: a.id,
      name: 'لیلا کیانی',
      title: 'Purchasing manager',
      email: 'leila.kiani@mehrkhodro.ir',
      phone: '+98 56 366 8677',
      mobile: '+98 912 555 0101',
      notes: 'Prefers calls after lunch',
    });
    for (const [text, matched] of [
      ['كيانی', ['name']],
      ['purchasing', ['title']],
      ['leila.kiani@mehr', ['email']],
      ['kiani', ['email']],
      ['98563668677', ['phone']],
      ['0912 555', ['phone']],
      ['lunch', ['notes']],
    ] as const) {
      expect(await first(text), text).toMatchObject({
        id: c.id,
        type: 'contact',
        accountId: a.id,
        matched,
        detail: 'Purchasing manager · Mehr Khodro',
      });
    }
  });

  it('finds a phone number however its start is typed', async () => {
    const a = await t.api.createAccount({ name: 'Acme' });
    const c = await t.api.createContact({
      accountId: a.id,
      name: 'Kaveh',
      phone: '+98 56 366 8677',
    });
    for (const typed of [
      '98563668677', // digits without spaces or +
      '+98 56 366 8677', // as written
      '+985636', // with + and without spaces
      '0098 56 366', // the international prefix dialled
      '563 668', // inside the country, without the trunk 0
      '056 366 86', // inside the country, with it
      '(056) 366-8677',
      '۰۵۶۳۶۶', // Persian digits
    ]) {
      expect(
        (await t.api.search({ text: typed })).map((h) => h.id),
        typed,
      ).toEqual([c.id]);
    }
    expect(await t.api.search({ text: '366 8677' })).toEqual([]);
  });

  it('follows an edit of a searched field and leaves archived rows out', async () => {
    const a = await t.api.createAccount({ name: 'Acme', city: 'Oslo' });
    await t.api.updateAccount({ id: a.id, patch: { city: 'Bergen' } });
    expect(await names('oslo')).toEqual([]);
    expect(await names('bergen')).toEqual(['Acme']);
    await t.api.archiveAccount({ id: a.id });
    expect(await names('bergen')).toEqual([]);
  });
});

describe('search folds what a keyboard without the letters types', () => {
  it('finds Persian names typed with Persian or Arabic letters, hamza or not', async () => {
    await t.api.createAccount({ name: 'شركت مؤسسه رئيس' });
    await t.api.createAccount({ name: 'آرش تأثیر' });
    expect(await names('شرکت موسسه رییس')).toEqual(['شركت مؤسسه رئيس']);
    expect(await names('ارش تاثیر')).toEqual(['آرش تأثیر']);
  });

  it('finds a Persian word written with a ZWNJ, a space or nothing between its parts', async () => {
    await t.api.createAccount({ name: 'می‌خواهم ZWNJ' });
    await t.api.createAccount({ name: 'میخواهم Joined' });
    await t.api.createAccount({ name: 'می خواهم Apart' });
    const all = ['می‌خواهم ZWNJ', 'میخواهم Joined', 'می خواهم Apart'];
    // typed apart or with a ZWNJ: every way it may be stored
    expect((await names('می خواهم')).sort()).toEqual([...all].sort());
    expect((await names('می‌خواهم')).sort()).toEqual([...all].sort());
    // typed joined: the index cannot know where a word stored apart would split
    expect((await names('میخواهم')).sort()).toEqual(['می‌خواهم ZWNJ', 'میخواهم Joined'].sort());
  });

  it('finds Vietnamese, Norwegian and German names typed in plain letters', async () => {
    await t.api.createAccount({ name: 'Nguyễn Đức Thảo' });
    await t.api.createAccount({ name: 'Ålesund Bygg AS', city: 'Ålesund' });
    await t.api.createAccount({ name: 'Tromsø Fisk' });
    await t.api.createAccount({ name: 'Bærum Verk' });
    await t.api.createAccount({ name: 'Müller Straße GmbH' });
    expect(await names('nguyen duc thao')).toEqual(['Nguyễn Đức Thảo']);
    expect(await names('aalesund')).toEqual(['Ålesund Bygg AS']);
    expect(await names('alesund')).toEqual(['Ålesund Bygg AS']);
    expect(await names('tromsoe')).toEqual(['Tromsø Fisk']);
    expect(await names('baerum')).toEqual(['Bærum Verk']);
    expect(await names('mueller strasse')).toEqual(['Müller Straße GmbH']);
    expect(await names('muller strasse')).toEqual(['Müller Straße GmbH']);
  });
});
