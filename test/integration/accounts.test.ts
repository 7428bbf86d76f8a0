import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/tempDb';
import { refusal } from '../support/refusal';
import { idBytes } from '../../src/main/db/codec';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const changesFor = (rowId: string) =>
  t.core.db
    .prepare('SELECT field, value FROM changes WHERE row_id = ? ORDER BY hlc, field')
    .all(idBytes(rowId)) as { field: string; value: string }[];

const rowCount = (table: string) =>
  t.core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;

describe('accounts', () => {
  it('creates an account and logs each field it set in the change log', async () => {
    const account = await t.api.createAccount({
      name: '  Nordlys Sjømat AS ',
      country: 'no',
      city: 'Tromsø',
      costToServe: 1200,
      customerSince: '2019-05-17',
    });
    expect(account.name).toBe('Nordlys Sjømat AS');
    expect(account.country).toBe('NO');
    expect(account.lifecycle).toBe('prospect');
    const logged = changesFor(account.id);
    expect(logged).toContainEqual({ field: 'name', value: '"Nordlys Sjømat AS"' });
    expect(logged).toContainEqual({ field: 'city', value: '"Tromsø"' });
    // in API form: the contract's field names and values, not the store's
    expect(logged).toContainEqual({ field: 'costToServe', value: '1200' });
    expect(logged).toContainEqual({ field: 'customerSince', value: '"2019-05-17"' });
    expect(account.customerSince).toBe('2019-05-17');
    expect(logged.every((c) => c.value !== 'null')).toBe(true);
    // the sort key is derived on every node, so it is not sent
    expect(logged.map((c) => c.field)).not.toContain('sortName');
    // a new row's fields take the row's clock: no per-field clock until one changes
    const clocks = t.core.db.prepare('SELECT clocks FROM accounts WHERE id = ?').pluck();
    expect(clocks.get(idBytes(account.id))).toBeNull();
  });

  it('updates only what changed, and logs only that', async () => {
    const account = await t.api.createAccount({ name: 'Acme', city: 'Oslo' });
    const before = changesFor(account.id).length;
    const updated = await t.api.updateAccount({
      id: account.id,
      patch: { city: 'Bergen', name: 'Acme' },
    });
    expect(updated.city).toBe('Bergen');
    expect(updated.updatedAt >= account.updatedAt).toBe(true);
    expect(changesFor(account.id).slice(before)).toEqual([{ field: 'city', value: '"Bergen"' }]);
    // the clock of the changed field sits beside the row; the others keep the row's
    const clocks = t.core.db
      .prepare('SELECT clocks FROM accounts WHERE id = ?')
      .pluck()
      .get(idBytes(account.id)) as string;
    const logged = t.core.db
      .prepare(
        "SELECT hlc, node FROM changes WHERE row_id = ? AND field = 'city' ORDER BY seq DESC",
      )
      .get(idBytes(account.id)) as { hlc: number; node: number };
    expect(JSON.parse(clocks)).toEqual({ city: [logged.hlc, logged.node] });
    await t.api.updateAccount({ id: account.id, patch: { name: 'Acme Nord' } });
    expect(changesFor(account.id).slice(before + 1)).toEqual([
      { field: 'name', value: '"Acme Nord"' },
    ]);
    const detail = await t.api.getAccount({ id: account.id });
    expect(detail.account.city).toBe('Bergen');
  });

  it('keeps every field a patch does not name', async () => {
    const account = await t.api.createAccount({
      name: 'Acme',
      kind: 'distributor',
      tier: 'A',
      industry: 'Fisheries',
      currency: 'NOK',
    });
    const renamed = await t.api.updateAccount({
      id: account.id,
      patch: { name: 'Acme Group', industry: '' },
    });
    expect(renamed).toMatchObject({
      name: 'Acme Group',
      kind: 'distributor',
      tier: 'A',
      currency: 'NOK',
    });
    expect(renamed.industry).toBeNull();
    const contact = await t.api.createContact({
      accountId: account.id,
      name: 'Ola',
      doNotContact: true,
      influence: 4,
    });
    const moved = await t.api.updateContact({ id: contact.id, patch: { title: 'CFO' } });
    expect(moved).toMatchObject({ title: 'CFO', doNotContact: true, influence: 4 });
  });

  it('refuses an empty name with the field message, and writes nothing', async () => {
    const changes = rowCount('changes');
    const error = await refusal(t.api.createAccount({ name: '   ' }));
    expect(error.issues).toEqual([{ field: 'name', message: 'Name is required' }]);
    expect(rowCount('accounts')).toBe(0);
    expect(rowCount('changes')).toBe(changes);
  });

  it('refuses an update that names an unknown field', async () => {
    const account = await t.api.createAccount({ name: 'Acme' });
    const error = await refusal(
      t.api.updateAccount({ id: account.id, patch: { name: 'X', secret: 1 } as never }),
    );
    expect(error.code).toBe('validation');
    expect((await t.api.getAccount({ id: account.id })).account.name).toBe('Acme');
  });

  it('refuses a parent loop', async () => {
    const group = await t.api.createAccount({ name: 'Group' });
    const site = await t.api.createAccount({ name: 'Site', parentId: group.id });
    const error = await refusal(
      t.api.updateAccount({ id: group.id, patch: { parentId: site.id } }),
    );
    expect(error.issues[0]?.field).toBe('parentId');
  });

  it('lists the end customers served via a distributor, and names it on theirs', async () => {
    const distributor = await t.api.createAccount({
      name: 'Fjord Distribusjon',
      kind: 'distributor',
    });
    const other = await t.api.createAccount({ name: 'Other Partner', kind: 'distributor' });
    const bakery = await t.api.createAccount({ name: 'Bodø Bakeri', servedViaId: distributor.id });
    await t.api.createAccount({ name: 'Alta Fisk', servedViaId: distributor.id });
    await t.api.createAccount({ name: 'Direct Customer' });
    await t.api.createAccount({ name: 'Elsewhere', servedViaId: other.id });
    const page = await t.api.listAccounts({ filter: { servedViaId: distributor.id } });
    expect(page.rows.map((r) => r.name)).toEqual(['Alta Fisk', 'Bodø Bakeri']);
    expect(page.total).toBe(2);
    // the customer's 360 names its distributor
    const { servedVia } = await t.api.accountOverview({ id: bakery.id });
    expect(servedVia).toEqual({ id: distributor.id, name: 'Fjord Distribusjon' });
  });

  it('archives and restores an account; the list hides archived ones unless asked', async () => {
    const a = await t.api.createAccount({ name: 'Alpha' });
    await t.api.createAccount({ name: 'Beta' });
    await t.api.archiveAccount({ id: a.id });
    expect((await t.api.listAccounts({})).rows.map((r) => r.name)).toEqual(['Beta']);
    const all = await t.api.listAccounts({ filter: { includeArchived: true } });
    expect(all.total).toBe(2);
    await t.api.archiveAccount({ id: a.id, archived: false });
    expect((await t.api.listAccounts({})).total).toBe(2);
  });

  it('lists accounts sorted by normalised name, filtered, a page at a time', async () => {
    for (const name of ['Øst Energi', 'Acme', 'Bjørnstad', 'Ålesund Fisk', 'Nguyễn Trading']) {
      await t.api.createAccount({ name, kind: name === 'Acme' ? 'distributor' : 'customer' });
    }
    const page = await t.api.listAccounts({
      sort: { key: 'name', desc: false },
      limit: 2,
      offset: 1,
    });
    expect(page.total).toBe(5);
    expect(page.rows.map((r) => r.name)).toEqual(['Ålesund Fisk', 'Bjørnstad']);
    const distributors = await t.api.listAccounts({ filter: { kind: ['distributor'] } });
    expect(distributors.rows.map((r) => r.name)).toEqual(['Acme']);
  });

  it("sorts names in the user's language: Norwegian Æ Ø Å after Z, Persian by its alphabet", async () => {
    const names = ['Øst Energi', 'Acme', 'Zeta AS', 'Ålesund Fisk', 'Ærø Bryggeri', 'Aasen Stål'];
    const persian = ['گلستان', 'کرمان', 'پارس', 'بهار'];
    for (const name of [...names, ...persian]) await t.api.createAccount({ name });
    const order = async (language: 'en' | 'nb' | 'fa', desc = false) =>
      (await t.api.listAccounts({ language, sort: { key: 'name', desc } })).rows.map((r) => r.name);

    expect((await order('nb')).slice(0, 6)).toEqual([
      'Acme',
      'Zeta AS',
      'Ærø Bryggeri',
      'Øst Energi',
      'Ålesund Fisk',
      'Aasen Stål',
    ]);
    expect((await order('nb', true)).slice(4, 10)).toEqual([
      'Aasen Stål',
      'Ålesund Fisk',
      'Øst Energi',
      'Ærø Bryggeri',
      'Zeta AS',
      'Acme',
    ]);
    // English keeps the folded order: Å with A.
    expect((await order('en')).slice(0, 4)).toEqual([
      'Aasen Stål',
      'Acme',
      'Ærø Bryggeri',
      'Ålesund Fisk',
    ]);
    expect((await order('fa')).slice(-4)).toEqual(['بهار', 'پارس', 'کرمان', 'گلستان']);
    // A renamed account takes its new place.
    const [zeta] = (await t.api.listAccounts({ language: 'nb' })).rows.filter(
      (r) => r.name === 'Zeta AS',
    );
    await t.api.updateAccount({ id: zeta!.id, patch: { name: 'Åros AS' } });
    expect((await order('nb')).slice(0, 6)).toEqual([
      'Acme',
      'Ærø Bryggeri',
      'Øst Energi',
      'Ålesund Fisk',
      'Åros AS',
      'Aasen Stål',
    ]);
  });

  it('rolls back the whole operation when a write fails halfway', async () => {
    const account = await t.api.createAccount({ name: 'Acme' });
    const changes = rowCount('changes');
    t.core.db.exec(`CREATE TRIGGER fail_log BEFORE INSERT ON changes
      WHEN NEW.field = 'city' BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    await refusal(t.api.updateAccount({ id: account.id, patch: { name: 'Acme 2', city: 'Oslo' } }));
    expect((await t.api.getAccount({ id: account.id })).account.name).toBe('Acme');
    expect(rowCount('changes')).toBe(changes);
  });
});
