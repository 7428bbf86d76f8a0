import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/main/demo';
import { openTestCore, type TestCore } from '../support/tempDb';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

describe('search', () => {
  it('finds accounts and contacts by the start of any word, diacritics and script variants folded', async () => {
    const fisk = await t.api.createAccount({ name: 'Bjørnstad Sjømat AS', city: 'Tromsø' });
    const kiyan = await t.api.createAccount({ name: 'شركت كيان', city: 'تهران' });
    await t.api.createAccount({ name: 'Acme Fisk' });
    await t.api.createContact({
      accountId: fisk.id,
      name: 'Nguyễn Thị Lan',
      title: 'Innkjøpssjef',
    });

    expect((await t.api.search({ text: 'bjorn' }))[0]?.id).toBe(fisk.id);
    expect((await t.api.search({ text: 'sjom' }))[0]?.id).toBe(fisk.id);
    expect((await t.api.search({ text: 'tromso' })).map((h) => h.id)).toEqual([fisk.id]);
    // typed with Persian ی and ک; stored with Arabic ي and ك
    expect((await t.api.search({ text: 'کیان' }))[0]?.id).toBe(kiyan.id);
    const lan = await t.api.search({ text: 'nguyen' });
    expect(lan[0]).toMatchObject({ type: 'contact', name: 'Nguyễn Thị Lan', accountId: fisk.id });
  });

  it('ranks the account whose name starts with the text first', async () => {
    await t.api.createAccount({ name: 'Nordic Fisk Partner' });
    const nord = await t.api.createAccount({ name: 'Fisk Nord' });
    expect((await t.api.search({ text: 'fisk no' }))[0]?.id).toBe(nord.id);
  });

  it('puts the account whose whole name was typed above its longer siblings', async () => {
    await t.api.createAccount({ name: 'Khan Medical Devices Inc.' });
    const group = await t.api.createAccount({ name: 'Khan Medical Devices Group' });
    await t.api.createAccount({ name: 'Khan Medical Devices Group Norge' });
    expect((await t.api.search({ text: 'khan medical devices group' }))[0]?.id).toBe(group.id);
  });

  it('follows renames and archiving', async () => {
    const a = await t.api.createAccount({ name: 'Old Name Ltd' });
    await t.api.updateAccount({ id: a.id, patch: { name: 'Fresh Name Ltd' } });
    expect(await t.api.search({ text: 'old' })).toEqual([]);
    expect((await t.api.search({ text: 'fresh' }))[0]?.id).toBe(a.id);
    await t.api.archiveAccount({ id: a.id });
    expect(await t.api.search({ text: 'fresh' })).toEqual([]);
  });

  it('treats search syntax in the text as plain words', async () => {
    await t.api.createAccount({ name: 'Near Fields' });
    expect((await t.api.search({ text: 'NEAR(' })).map((h) => h.name)).toEqual(['Near Fields']);
    expect(await t.api.search({ text: '"*' })).toEqual([]);
  });
});

describe('search in a demo book', () => {
  it('puts the exact full name of every account first, in every script', async () => {
    const book = openTestCore({ signedIn: false });
    try {
      generateDemo(book.core.db, { accounts: 1500, seed: 7, today: '2026-06-01' });
      const accounts = book.core.db
        .prepare('SELECT name FROM accounts WHERE deleted = 0 AND archived = 0')
        .pluck()
        .all() as string[];
      const missed: string[] = [];
      for (const name of accounts) {
        const [first] = await book.api.search({ text: name, limit: 5 });
        if (first?.name !== name) missed.push(name);
      }
      expect(missed).toEqual([]);
      const vietnamese = accounts.filter((n) =>
        /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i.test(n),
      );
      const persian = accounts.filter((n) => /[\u0600-\u06ff]/.test(n));
      expect(vietnamese.length).toBeGreaterThan(10);
      expect(persian.length).toBeGreaterThan(10);
    } finally {
      book.close();
    }
  });
});
