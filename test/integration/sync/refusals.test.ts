import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { v7 as uuid } from 'uuid';
import { discardRejected, listRejected } from '../../../src/main/sync/review';
import { loadBook } from '../../../src/server/seed/load';
import { accountsTable } from '../../../src/shared/domain/account';
import { purchasesTable } from '../../../src/shared/domain/commerce';
import { hlcAt } from '../../../src/shared/hlc';
import type { WireChange } from '../../../src/shared/sync/wire';
import type { Account } from '../../../src/shared/domain/account';
import type { Contact } from '../../../src/shared/domain/contact';
import { emptyDevice, firstDevice, type Device } from '../../support/devices';
import { startHarness, sqliteFactory, type Harness } from '../server/harness';
import { teamBook, Writer } from '../server/book';

/**
 * What a laptop does with what the team's server will not take, or with what it
 * cannot apply (issue 19): a change received that breaks a rule waits in the inbox
 * with its reason and the pull goes on; a refused change, discarded, gives the field
 * back the team's value, so the laptop and the team never disagree silently.
 */
let harness: Harness;
const open: Device[] = [];
const device = (d: Device) => (open.push(d), d);

beforeEach(async () => {
  harness = await startHarness(sqliteFactory);
});
afterEach(async () => {
  for (const d of open.splice(0)) d.close();
  await harness.close();
});

/** The changes held in the inbox (one row a field there), with their reasons. */
const inbox = (d: Device) =>
  d.core
    .statement('SELECT DISTINCT row_id, reason FROM sync_inbox')
    .all()
    .map((r) => (r as { reason: string }).reason);

describe('a change a laptop cannot apply', () => {
  it('waits in the inbox with its reason, and everything after it comes down', async () => {
    // A server that stored broken changes before it judged rows whole (an older version).
    const node = 'a0a0a0a0a0a0a0a0';
    const account = uuid();
    const purchase = uuid();
    const later = uuid();
    let seq = 0;
    const change = (row: string, values: WireChange['values'], table: string): WireChange => ({
      node,
      seq: ++seq,
      hlc: hlcAt(Date.now() - 60_000) + seq,
      table,
      row,
      values,
      bases: null,
    });
    const bought = { accountId: account, productLine: 'Valves', amount: 10, currency: 'NOK' };
    await loadBook(
      harness.storage,
      [
        {
          t: accountsTable,
          changes: [change(account, { name: 'Fjord AS', country: 'NO' }, 'accounts')],
        },
        {
          t: purchasesTable,
          changes: [
            change(
              purchase,
              { ...bought, periodStart: '2026-01-01', periodEnd: '2026-03-31' },
              'purchases',
            ),
            change(purchase, { periodEnd: '2025-12-31' }, 'purchases'),
            change(
              uuid(),
              { ...bought, periodStart: '2026-06-01', periodEnd: '2026-01-01' },
              'purchases',
            ),
          ],
        },
        {
          t: accountsTable,
          changes: [change(later, { name: 'After AS', country: 'NO' }, 'accounts')],
        },
      ],
      null,
    );
    const laptop = device(
      emptyDevice(harness.url, (await harness.device('admin', null, 'New laptop')).token),
    );
    const report = await laptop.sync();
    expect(report.applied).toBeGreaterThan(0);
    expect(inbox(laptop)).toEqual([
      'Purchase periodEnd: Period end cannot be before its start',
      'Purchase periodEnd: Period end cannot be before its start',
    ]);
    const names = laptop.core.statement('SELECT name FROM accounts ORDER BY name').pluck().all();
    expect(names).toEqual(['After AS', 'Fjord AS']);
    const kept = laptop.core.statement('SELECT count(*) FROM purchases').pluck().get();
    expect(kept).toBe(1);
    // The next sync tries them again, holds them again, and fails no more than this one.
    await laptop.sync();
    expect(inbox(laptop)).toHaveLength(2);
  });
});

describe('a row that arrives with its history', () => {
  it('is made as it now stands when an older change points where the laptop cannot follow', async () => {
    const admin = new Writer();
    const book = teamBook(admin);
    const office = await harness.device('admin', null, 'Office');
    // Acme Site moves from under Acme Group (nobody's) to under Delta.
    const moved = admin.change('accounts', book.ids.site, { parentId: book.ids.delta });
    const ack = await office.adapter.push({
      node: admin.node,
      member: null,
      changes: [...book.changes, moved],
    });
    expect(ack.rejected).toEqual([]);
    // And a device's first change, clocked in 1996 (nothing earlier to hold it to): it
    // sorts before the change that made the row.
    const old = new Writer();
    const forged = old.change(
      'accounts',
      book.ids.site,
      { website: 'acme.example' },
      Date.UTC(1996, 0, 1),
    );
    const other = await harness.device('admin', null, 'Old laptop');
    expect(
      (await other.adapter.push({ node: old.node, member: null, changes: [forged] })).rejected,
    ).toEqual([]);
    const ada = device(emptyDevice(harness.url, (await harness.device('rep', book.ids.ada)).token));
    const report = await ada.sync();
    expect(report.held).toEqual([]);
    expect(inbox(ada)).toEqual([]);
    const site = (await ada.api.getAccount({ id: book.ids.site })) as { account: Account };
    expect(site.account.parentId).toBe(book.ids.delta);
    expect(site.account.website).toBe('acme.example');
    const names = ada.core.statement('SELECT name FROM accounts ORDER BY name').pluck().all();
    expect(names).toEqual(['Acme Site', 'Delta']);
  });
});

describe('a change already overwritten', () => {
  it('does not wait for a row it pointed to that the laptop will never hold', async () => {
    const admin = new Writer();
    const book = teamBook(admin);
    const office = await harness.device('admin', null, 'Office');
    const push = (changes: WireChange[]) =>
      office.adapter.push({ node: admin.node, member: null, changes });
    expect((await push(book.changes)).rejected).toEqual([]);
    const ada = device(emptyDevice(harness.url, (await harness.device('rep', book.ids.ada)).token));
    await ada.sync();
    // Acme Site is put under Beta (Bo's: never on Ada's laptop), then back under Acme Group.
    const detour = [
      admin.change('accounts', book.ids.site, { parentId: book.ids.beta }),
      admin.change('accounts', book.ids.site, { parentId: book.ids.group }),
    ];
    expect((await push(detour)).rejected).toEqual([]);
    const report = await ada.sync();
    expect(report.held).toEqual([]);
    expect(inbox(ada)).toEqual([]);
    const site = (await ada.api.getAccount({ id: book.ids.site })) as { account: Account };
    expect(site.account.parentId).toBe(book.ids.group);
  });
});

describe('a refused change, discarded', () => {
  it('puts the team’s value back: a refused edit, a refused new row (removed) and a refused archive', async () => {
    const office = device(
      firstDevice(harness.url, (await harness.device('admin', null, 'Office')).token),
    );
    const me = await office.api.createTeamMember({
      name: 'Frida Admin',
      salesForce: 'geographic',
      appRole: 'admin',
    });
    const acme = await office.api.createAccount({ name: 'ACME', country: 'NO', notes: 'Key' });
    const sara = await office.api.createContact({ accountId: acme.id, name: 'Sara Ahmadi' });
    await office.sync();

    // A laptop whose clock runs ten minutes fast: the server takes none of its changes.
    const fast = device(
      emptyDevice(
        harness.url,
        (await harness.device('admin', me.id, 'Fast laptop')).token,
        600_000,
      ),
    );
    await fast.sync();
    await fast.api.updateAccount({ id: acme.id, patch: { notes: 'Typed on the fast laptop' } });
    const added = await fast.api.createContact({ accountId: acme.id, name: 'Per Hansen' });
    await fast.api.archiveContact({ id: sara.id, archived: true });
    const report = await fast.sync();
    expect(report.rejected).toBe(3);
    const refused = listRejected(fast.core);
    expect(new Set(refused.map((r) => r.reason))).toEqual(
      new Set([expect.stringMatching(/^This device's clock was 10 minutes ahead of the server's/)]),
    );

    for (const r of listRejected(fast.core)) {
      if (listRejected(fast.core).some((open) => open.id === r.id))
        discardRejected(fast.core, r.id);
    }
    expect(listRejected(fast.core)).toEqual([]);
    const account = await fast.api.getAccount({ id: acme.id });
    expect((account as { account: Account }).account.notes).toBe('Key');
    const contacts = (await fast.api.listContacts({
      accountId: acme.id,
      includeArchived: true,
    })) as Contact[];
    expect(contacts.map((c) => [c.name, c.archived])).toEqual([['Sara Ahmadi', false]]);
    expect(contacts.some((c) => c.id === added.id)).toBe(false);
    // Nothing of it goes up again, and a later change from the team lands as usual.
    await office.api.updateAccount({ id: acme.id, patch: { notes: 'Renewal in May' } });
    await office.sync();
    expect((await fast.sync()).rejected).toBe(0);
    expect(
      ((await fast.api.getAccount({ id: acme.id })) as { account: Account }).account.notes,
    ).toBe('Renewal in May');
  });
});
