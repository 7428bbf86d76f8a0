import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentActor } from '../../../src/main/core/core';
import { openTestCore, type TestCore } from '../../support/tempDb';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const ranked = async (text: string, limit = 20) =>
  (await t.api.search({ text, limit })).map((h) => `${h.name}${h.mine ? ' (mine)' : ''}`);

describe('search ranks', () => {
  it('the exact name, then names that start with the text, then names with the words, then the rest', async () => {
    await t.api.createAccount({ name: 'Nordic Fisk Partner' }); // a name word starts with each
    await t.api.createAccount({ name: 'Fisk Nord Holding' }); // starts with the text
    await t.api.createAccount({ name: 'Havbruk AS', notes: 'Fisk, nord of Bodø' }); // the rest
    await t.api.createAccount({ name: 'Fisk Nord' }); // the exact name
    expect(await ranked('fisk nord')).toEqual([
      'Fisk Nord',
      'Fisk Nord Holding',
      'Nordic Fisk Partner',
      'Havbruk AS',
    ]);
  });

  it("puts the signed-in member's own accounts and their contacts first within each rank", async () => {
    const me = currentActor(t.core)!.id;
    const other = await t.api.createTeamMember({ name: 'Mai Other', salesForce: 'geographic' });
    const theirs = await t.api.createAccount({ name: 'Lan Trading', ownerId: other.id });
    const mine = await t.api.createAccount({ name: 'Lan Import', ownerId: me });
    await t.api.createAccount({ name: 'Lan' }); // exact: first, though nobody's own
    await t.api.createContact({ accountId: theirs.id, name: 'Lan Anh Pham' });
    await t.api.createContact({ accountId: mine.id, name: 'Lan Nguyen' });
    await t.api.createAccount({ name: 'Halong Bay', notes: 'lan knows them', ownerId: me });
    await t.api.createAccount({ name: 'Bao Minh', notes: 'lan is their agent' });
    expect(await ranked('lan')).toEqual([
      'Lan',
      'Lan Import (mine)', // names that start with it: mine (accounts, then contacts) …
      'Lan Nguyen (mine)',
      'Lan Trading', // … then the others'
      'Lan Anh Pham',
      'Halong Bay (mine)', // found in notes: mine, then the others'
      'Bao Minh',
    ]);
  });

  it('the name typed exactly before names that fold alike, and the same way every time', async () => {
    await t.api.createAccount({ name: 'كيان' });
    await t.api.createAccount({ name: 'کیان' });
    await t.api.createAccount({ name: 'Kian' });
    expect(await ranked('كيان')).toEqual(['كيان', 'کیان']);
    expect(await ranked('کیان')).toEqual(['کیان', 'كيان']);
    const once = await t.api.search({ text: 'ki' });
    expect(await t.api.search({ text: 'ki' })).toEqual(once);
  });

  it('keeps to the limit, filling it from the best ranks', async () => {
    for (const n of ['Alfa', 'Alfa Beta', 'Alfa Gamma', 'Beta Alfa'])
      await t.api.createAccount({ name: n });
    expect(await ranked('alfa', 3)).toEqual(['Alfa', 'Alfa Beta', 'Alfa Gamma']);
  });

  it('refuses a text too long to be typed, naming the field', async () => {
    await expect(t.api.search({ text: 'x'.repeat(201) })).rejects.toThrow(/text/i);
  });
});
