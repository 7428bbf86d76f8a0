import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql as apostrophes } from '../../../src/main/db/migrations/0017-search-apostrophes';
import { openTestCore, type TestCore } from '../../support/tempDb';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const found = async (text: string, limit = 20) =>
  (await t.api.search({ text, limit })).map((h) => `${h.name}${h.approximate ? ' ~' : ''}`);

describe('search forgives a slip', () => {
  it('finds a name with one letter swapped, missing, extra or wrong, marked approximate', async () => {
    await t.api.createAccount({ name: 'Nordic Fisk Partner' });
    await t.api.createAccount({ name: 'Havbruk AS' });
    for (const typo of ['nrodic', 'nodic', 'norddic', 'nordoc', 'nordic patrner'])
      expect(await found(typo), typo).toEqual(['Nordic Fisk Partner ~']);
    expect(await found('nordic fsik')).toEqual([]); // "fisk" has 4 letters: no slip forgiven
  });

  it('forgives two edits in a word of 9 letters or more, one from 5, none below', async () => {
    await t.api.createAccount({ name: 'Kongsberg Maritime' });
    await t.api.createAccount({ name: 'Bodø Havn' });
    expect(await found('kgnosberg')).toEqual(['Kongsberg Maritime ~']);
    expect(await found('kgnosbreg')).toEqual([]); // three edits
    expect(await found('maritmie')).toEqual(['Kongsberg Maritime ~']);
    expect(await found('hvan')).toEqual([]); // 4 letters
  });

  it('forgives a word typed in part, and a contact name in Persian', async () => {
    const account = await t.api.createAccount({ name: 'کشتیرانی خزر' });
    await t.api.createContact({ accountId: account.id, name: 'Ingrid Hanssen' });
    expect(await found('hnass')).toEqual(['Ingrid Hanssen ~']);
    expect(await found('کشیترانی')).toEqual(['کشتیرانی خزر ~']);
  });

  it('ranks approximate hits after the words as typed, the fewest edits first', async () => {
    await t.api.createAccount({ name: 'Kangsberg Handel' }); // two edits from "kongsbreg"
    await t.api.createAccount({ name: 'Kongsberg Maritime' }); // one edit
    await t.api.createAccount({ name: 'Havbruk AS', notes: 'kongsbreg office' }); // as typed
    expect(await found('kongsbreg')).toEqual([
      'Havbruk AS',
      'Kongsberg Maritime ~',
      'Kangsberg Handel ~',
    ]);
    const [hit] = (await t.api.search({ text: 'kongsberg maritmie' })).filter((h) => h.approximate);
    expect(hit?.matched).toEqual(['name']);
  });

  it('takes a word that starts a name word as meant, not as a slip', async () => {
    await t.api.createAccount({ name: 'Bergen Shipping' });
    await t.api.createAccount({ name: 'Berger Shipping' });
    expect(await found('bergen')).toEqual(['Bergen Shipping']);
    expect(await found('bergen shiping')).toEqual(['Bergen Shipping ~']);
  });

  it('finds a name written with an apostrophe, typed with or without it', async () => {
    await t.api.createAccount({ name: "O'Brien Marine" });
    await t.api.createAccount({ name: 'L’Oréal Norge' });
    expect(await found('obrien')).toEqual(["O'Brien Marine"]);
    expect(await found("o'brien")).toEqual(["O'Brien Marine"]);
    expect(await found('o’br')).toEqual(["O'Brien Marine"]);
    expect(await found('loreal')).toEqual(['L’Oréal Norge']);
    expect(await found('brien')).toEqual(["O'Brien Marine ~"]); // one letter missing
  });

  it('finds a name added or renamed after the words were first read', async () => {
    const nordic = await t.api.createAccount({ name: 'Nordic Fisk Partner' });
    expect(await found('nrodic')).toEqual(['Nordic Fisk Partner ~']);
    await t.api.createAccount({ name: 'Tromsø Fiskeri' });
    expect(await found('tromos')).toEqual(['Tromsø Fiskeri ~']);
    await t.api.updateAccount({ id: nordic.id, patch: { name: 'Vesterålen Sjømat' } });
    expect(await found('vesterlaen')).toEqual(['Vesterålen Sjømat ~']);
  });

  it('finds a name with an apostrophe in a book indexed before apostrophes were ignored', async () => {
    await t.api.createAccount({ name: "O'Brien Marine" });
    // As the index and the folded name held it before (0017): "o", "brien" and "o'brien".
    const db = t.core.db;
    const rid = db.prepare(`SELECT rid FROM accounts WHERE name = ?`).pluck().get("O'Brien Marine");
    db.prepare(`UPDATE accounts SET sort_name = ? WHERE rid = ?`).run("o'brien marine", rid);
    db.prepare(`DELETE FROM accounts_fts WHERE rowid = ?`).run(rid);
    db.prepare(`INSERT INTO accounts_fts (rowid, name) VALUES (?, ?)`).run(rid, "o'brien marine");
    expect(await found('obrien marine')).toEqual(["O'Brien Marine ~"]); // only as a slip
    db.exec(apostrophes);
    expect(await found('obrien marine')).toEqual(["O'Brien Marine"]);
    expect(await found('obri')).toEqual(["O'Brien Marine"]);
  });
});
