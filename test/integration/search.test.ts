import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
