import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentActor, openCore } from '../../../src/main/core/core';
import { directClient } from '../../../src/main/api/dispatch';
import { openTestCore, type TestCore } from '../../support/tempDb';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const ranked = async (text: string, limit: number) =>
  (await t.api.search({ text, limit })).map(
    (h) => `${h.type === 'contact' ? 'contact ' : ''}${h.name}${h.mine ? ' (mine)' : ''}`,
  );

describe('search for the first letters typed', () => {
  it('gives the exact names, then my own, then the alphabetically first of the rest, up to the limit', async () => {
    const me = currentActor(t.core)!.id;
    // Made from the end of the alphabet back: the order rows were made is not the order shown.
    for (let i = 29; i >= 0; i--)
      await t.api.createAccount({ name: `Kaa ${String(i).padStart(2, '0')}` });
    const other = await t.api.createAccount({ name: 'Lind Shipping' });
    await t.api.createContact({ accountId: other.id, name: 'Kim Other' });
    await t.api.createContact({ accountId: other.id, name: 'K' });
    await t.api.createAccount({ name: 'Kzz Mine B', ownerId: me });
    const mine = await t.api.createAccount({ name: 'Kzz Mine A', ownerId: me });
    await t.api.createContact({ accountId: mine.id, name: 'Kari Own' });
    await t.api.createAccount({ name: 'K' });

    expect(await ranked('k', 7)).toEqual([
      'K', // the exact name: an account before a contact
      'contact K',
      'Kzz Mine A (mine)', // then names that start with it: mine, accounts first …
      'Kzz Mine B (mine)',
      'contact Kari Own (mine)',
      'Kaa 00', // … then the others', by name
      'Kaa 01',
    ]);
    // Further down the same order, to the last account; the others' contacts after it.
    const all = await ranked('k', 40);
    expect(all.slice(5, 35)).toEqual(
      Array.from({ length: 30 }, (_, i) => `Kaa ${String(i).padStart(2, '0')}`),
    );
    expect(all.slice(35)).toEqual(['contact Kim Other']);
  });

  it('gives the alphabetically first contacts when they are more than the limit, not the first made', async () => {
    const acme = await t.api.createAccount({ name: 'Acme' });
    for (let i = 44; i >= 0; i--)
      await t.api.createContact({ accountId: acme.id, name: `Kon ${String(i).padStart(2, '0')}` });
    expect(await ranked('kon', 3)).toEqual(['contact Kon 00', 'contact Kon 01', 'contact Kon 02']);
  });

  it('finds a name typed without its punctuation, or with a Norwegian letter pair, first', async () => {
    for (let i = 0; i < 25; i++) await t.api.createAccount({ name: `Hall ${i} Ltd` });
    await t.api.createAccount({ name: 'Hall & White Corp.' });
    await t.api.createAccount({ name: 'Ålesund Fisk' });
    expect((await ranked('hall white corp', 5))[0]).toBe('Hall & White Corp.');
    expect((await ranked('aalesund fisk', 5))[0]).toBe('Ålesund Fisk');
  });

  it('finds a long Persian name typed with or without the space between its parts', async () => {
    await t.api.createAccount({ name: 'بسته‌بندی بهمن (سهامی عام)' });
    await t.api.createAccount({ name: 'شرکت بهمن (سهامی خاص)' });
    for (const text of ['بسته‌بندی بهمن (سهامی عام)', 'بسته بندی بهمن سهامی عام', 'بستهبندی بهمن'])
      expect(await ranked(text, 5)).toEqual(['بسته‌بندی بهمن (سهامی عام)']);
  });
});

describe('search beyond the names that start with the text', () => {
  it('looks for names with the word when the first matches in any field were not all, archived ones counted', async () => {
    const old = await t.api.createAccount({ name: 'Alpha Trading', notes: 'fjord farm' });
    await t.api.archiveAccount({ id: old.id });
    await t.api.createAccount({ name: 'Beta Trading', notes: 'fjord farm' });
    await t.api.createAccount({ name: 'Nordic Fjord' });
    // limit 1: the index is asked for two rows at a time, the first of them archived
    expect(await ranked('fjord', 1)).toEqual(['Nordic Fjord']);
    expect(await ranked('fjord', 5)).toEqual(['Nordic Fjord', 'Beta Trading']);
  });
});

describe('a book made before contacts had a folded name (migration 0008)', () => {
  it('gets one for every contact, and the walk finds them', async () => {
    const acme = await t.api.createAccount({ name: 'Acme' });
    await t.api.createContact({ accountId: acme.id, name: 'Øystein Berg' });
    await t.api.createContact({ accountId: acme.id, name: 'Œdipe Roux' });
    const file = t.file;
    t.core.close();
    // The schema as 0007 left it: no sort_name on contacts, no search or selection
    // indexes, no server team value on refused changes, none of issue 20's staffing or
    // hand-overs, no index of the log by row, none of the board's indexes, no imports,
    // no last contact or health on accounts.
    const raw = new Database(file);
    raw.exec(`DROP INDEX contacts_search_name; DROP INDEX accounts_search_name;
      DROP INDEX accounts_selection; ALTER TABLE contacts DROP COLUMN sort_name;
      ALTER TABLE rejected_changes DROP COLUMN team; DROP INDEX accounts_served_via;
      ALTER TABLE accounts DROP COLUMN served_via_id; ALTER TABLE accounts DROP COLUMN exclude_from_rules;
      ALTER TABLE assignments DROP COLUMN overlay; ALTER TABLE teams DROP COLUMN template;
      ALTER TABLE team_members DROP COLUMN left_on; ALTER TABLE team_members DROP COLUMN started_on;
      DROP TABLE hand_overs; DROP INDEX accounts_live; DROP INDEX interactions_visits;
      DROP INDEX opportunities_open;
      DROP INDEX changes_row;
      DROP INDEX accounts_external_id; ALTER TABLE accounts DROP COLUMN external_id;
      DROP TABLE import_rows; DROP TABLE imports;
      DROP TRIGGER accounts_last_contact_insert; DROP TRIGGER accounts_last_contact_update;
      DROP TRIGGER accounts_health_insert; DROP TRIGGER accounts_health_update;
      DROP INDEX accounts_last_contact; DROP INDEX accounts_health;
      ALTER TABLE accounts DROP COLUMN last_contact_at; ALTER TABLE accounts DROP COLUMN health;
      DELETE FROM schema_migrations WHERE version > 7; PRAGMA user_version = 7;`);
    raw.close();
    const core = openCore(file);
    try {
      const names = core.db.prepare('SELECT sort_name FROM contacts ORDER BY sort_name').pluck();
      expect(names.all()).toEqual(['oedipe roux', 'oystein berg']);
      const hits = await directClient(core).search({ text: 'oy', limit: 5 });
      expect(hits.map((h) => h.name)).toEqual(['Øystein Berg']);
    } finally {
      core.close();
    }
  });
});
