import { afterEach, describe, expect, it } from 'vitest';
import { applyChanges } from '../../../src/main/sync/merge';
import { listConflicts, resolveConflict } from '../../../src/main/sync/review';
import { syncStatus, writeTarget } from '../../../src/main/sync/target';
import { changesAfter } from '../../../src/main/sync/log';
import { emptyDevice, firstDevice, type Device } from '../../support/devices';
import { tempDir } from '../../support/tempDb';

/**
 * The engine through a real shared folder: devices on real files that edit offline and
 * meet again, as a team with no server does.
 */
let open: { close(): void }[] = [];
afterEach(() => {
  for (const o of open.reverse()) o.close();
  open = [];
});

function folder(): string {
  const dir = tempDir();
  open.push({ close: dir.cleanup });
  return `folder:${dir.dir}`;
}

function keep<T extends { close(): void }>(device: T): T {
  open.push(device);
  return device;
}

/** Lets the wall clock pass the last edit's millisecond, so the next edit is the later one. */
const later = () => new Promise((resolve) => setTimeout(resolve, 5));

async function pair() {
  const spec = folder();
  const a = keep(firstDevice(spec));
  const profile = await a.api.profile({});
  const account = await a.api.createAccount({ name: 'ACME', country: 'NO' });
  const contact = await a.api.createContact({ accountId: account.id, name: 'Sara Ahmadi' });
  await a.sync();
  const b = keep(emptyDevice(spec));
  await b.sync();
  const signedIn = await b.api.chooseProfile({ memberId: profile.member?.id as string });
  expect(signedIn.member?.name).toBe('Ada Admin');
  return { spec, a, b, account, contact };
}

describe('sync through a shared folder', () => {
  it('brings a new device every row, equal to the original', async () => {
    const { a, b, account, contact } = await pair();
    expect(await b.api.getContact({ id: contact.id })).toEqual(
      await a.api.getContact({ id: contact.id }),
    );
    const [onA, onB] = await Promise.all([
      a.api.getAccount({ id: account.id }),
      b.api.getAccount({ id: account.id }),
    ]);
    expect(onB.account).toEqual(onA.account);
    expect((await b.api.search({ text: 'ahmadi' })).map((h) => h.id)).toContain(contact.id);
  });

  it('keeps edits to different fields of one row from both devices', async () => {
    const { a, b, account } = await pair();
    await a.api.updateAccount({ id: account.id, patch: { city: 'Tromsø' } });
    await b.api.updateAccount({ id: account.id, patch: { notes: 'Met at the fair' } });
    await a.sync();
    await b.sync();
    await a.sync();
    for (const d of [a, b]) {
      const { account: row } = await d.api.getAccount({ id: account.id });
      expect(row).toMatchObject({ city: 'Tromsø', notes: 'Met at the fair' });
      expect(listConflicts(d.core)).toEqual([]);
    }
  });

  it('shows a same-field clash to the device whose value lost, and the choice syncs', async () => {
    const { a, b, account } = await pair();
    await a.api.updateAccount({ id: account.id, patch: { name: 'ACME Norge' } });
    await later();
    await b.api.updateAccount({ id: account.id, patch: { name: 'ACME Nordic' } }); // later: wins
    await a.sync();
    await b.sync();
    await a.sync();
    for (const d of [a, b]) {
      expect((await d.api.getAccount({ id: account.id })).account.name).toBe('ACME Nordic');
    }
    expect(listConflicts(b.core)).toEqual([]);
    const [clash] = listConflicts(a.core);
    expect(clash).toMatchObject({
      table: 'accounts',
      rowId: account.id,
      accountName: 'ACME Nordic',
      field: 'name',
      mine: { value: 'ACME Norge', by: 'Ada Admin' },
      theirs: { value: 'ACME Nordic', by: 'Ada Admin' },
      text: true,
    });
    expect(syncStatus(a.core).conflicts).toBe(1);

    resolveConflict(a.core, { id: clash?.id as number, choice: 'mine' });
    expect(listConflicts(a.core)).toEqual([]);
    await a.sync();
    await b.sync();
    for (const d of [a, b]) {
      expect((await d.api.getAccount({ id: account.id })).account.name).toBe('ACME Norge');
    }
    expect(listConflicts(b.core)).toEqual([]);
  });

  it('does not call an overwrite of a value the author had seen a conflict', async () => {
    const { a, b, account } = await pair();
    await a.api.updateAccount({ id: account.id, patch: { name: 'ACME AS' } });
    await a.sync();
    await b.sync();
    await b.api.updateAccount({ id: account.id, patch: { name: 'ACME ASA' } });
    await b.sync();
    await a.sync();
    expect((await a.api.getAccount({ id: account.id })).account.name).toBe('ACME ASA');
    expect(listConflicts(a.core)).toEqual([]);
  });

  it('a merged text is a new change that both devices end with', async () => {
    const { a, b, account } = await pair();
    await a.api.updateAccount({ id: account.id, patch: { notes: 'Wants a quote' } });
    await later();
    await b.api.updateAccount({ id: account.id, patch: { notes: 'Budget in May' } });
    await a.sync();
    await b.sync();
    await a.sync();
    const [clash] = listConflicts(a.core);
    resolveConflict(a.core, {
      id: clash?.id as number,
      choice: 'merged',
      value: 'Wants a quote; budget in May',
    });
    await a.sync();
    await b.sync();
    for (const d of [a, b]) {
      expect((await d.api.getAccount({ id: account.id })).account.notes).toBe(
        'Wants a quote; budget in May',
      );
    }
  });

  it('a new laptop signs in only as a member it has, and only once', async () => {
    const { b } = await pair();
    const other = emptyDevice(folder());
    keep(other);
    await expect(
      other.api.chooseProfile({ memberId: '0190a000-0000-7000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: 'validation', issues: [{ field: 'memberId' }] });
    const me = (await b.api.profile({})).member?.id as string;
    await expect(b.api.chooseProfile({ memberId: me })).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('counts what waits to go up, and nothing once synced', async () => {
    const { a, account } = await pair();
    writeTarget(a.core, { spec: a.adapter.key, token: null, auto: true });
    expect(syncStatus(a.core).waiting).toBe(0);
    await a.api.updateAccount({ id: account.id, patch: { city: 'Bodø', notes: 'x' } });
    expect(syncStatus(a.core).waiting).toBe(2);
    await a.sync();
    expect(syncStatus(a.core)).toMatchObject({ waiting: 0, conflicts: 0, rejected: 0, held: 0 });
    expect(syncStatus(a.core).lastSyncAt).not.toBeNull();
  });
});

describe('the merge', () => {
  let d: Device;
  afterEach(() => d?.close());

  it('holds a change whose row has not arrived, and applies it when the row does', async () => {
    const spec = folder();
    const source = keep(firstDevice(spec));
    const account = await source.api.createAccount({ name: 'Initech', country: 'VN' });
    const contact = await source.api.createContact({ accountId: account.id, name: 'Nguyễn An' });
    const [accountChange, contactChange] = changesAfter(source.core.db, 0, 1000).filter(
      (c) => c.table === 'accounts' || c.table === 'contacts',
    );
    d = emptyDevice(folder());
    const first = d.core.transaction(() => applyChanges(d.core, [contactChange!]));
    expect(first).toMatchObject({ applied: 0, waiting: 1 });
    expect(syncStatus(d.core).held).toBe(3); // its three fields
    const second = d.core.transaction(() => applyChanges(d.core, [accountChange!]));
    expect(second.waiting).toBe(0);
    expect(syncStatus(d.core).held).toBe(0);
    expect((await d.api.getContact({ id: contact.id })).name).toBe('Nguyễn An');
  });

  it('holds an interaction whose contact has not arrived, and applies the rest of the page', async () => {
    const source = keep(firstDevice(folder()));
    const account = await source.api.createAccount({ name: 'Yazd Tiles', country: 'IR' });
    const sara = await source.api.createContact({ accountId: account.id, name: 'Sara Ahmadi' });
    await source.api.createInteraction({
      accountId: account.id,
      kind: 'visit',
      occurredAt: '2026-11-20T10:00:00Z',
      subject: 'Showroom visit',
      contactIds: [sara.id],
    });
    const page = changesAfter(source.core.db, 0, 1000).filter((c) => c.table !== 'contacts');
    d = emptyDevice(folder());
    const result = d.core.transaction(() => applyChanges(d.core, page));
    expect(result.waiting).toBe(1);
    expect((await d.api.getAccount({ id: account.id })).account.name).toBe('Yazd Tiles');
    expect(await d.api.listInteractions({ accountId: account.id })).toEqual([]);
  });

  it('applies a page twice as once', async () => {
    const spec = folder();
    const source = keep(firstDevice(spec));
    const account = await source.api.createAccount({ name: 'Umbrella', country: 'NO' });
    await source.api.updateAccount({ id: account.id, patch: { city: 'Oslo' } });
    const page = changesAfter(source.core.db, 0, 1000);
    d = emptyDevice(folder());
    d.core.transaction(() => applyChanges(d.core, page));
    const once = await d.api.getAccount({ id: account.id });
    const again = d.core.transaction(() => applyChanges(d.core, page));
    expect(again.applied).toBe(0);
    expect(await d.api.getAccount({ id: account.id })).toEqual(once);
    expect(once.account.city).toBe('Oslo');
  });

  it('holds a value that fails its field, naming the field, and changes nothing', async () => {
    const spec = folder();
    const source = keep(firstDevice(spec));
    const account = await source.api.createAccount({ name: 'Hooli', country: 'NO' });
    d = emptyDevice(folder());
    d.core.transaction(() => applyChanges(d.core, changesAfter(source.core.db, 0, 1000)));
    const bad = {
      node: 'abcdefabcdefabcd',
      seq: 1,
      hlc: Date.now() * 1024,
      table: 'accounts',
      row: account.id,
      values: { name: '' },
      bases: { name: '0000000000000001:abcdefabcdefabcd' },
    };
    d.core.transaction(() => applyChanges(d.core, [bad]));
    expect((await d.api.getAccount({ id: account.id })).account.name).toBe('Hooli');
    const reason = d.core.db.prepare('SELECT reason FROM sync_inbox').pluck().get();
    expect(reason).toBe('Account name: Name is required');
  });
});
