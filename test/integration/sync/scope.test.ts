import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idBytes } from '../../../src/main/db/codec';
import { discardRejected, listRejected } from '../../../src/main/sync/review';
import { syncState } from '../../../src/main/sync/state';
import { synchronize } from '../../../src/main/sync/sync';
import type { PullPage } from '../../../src/shared/sync/wire';
import { emptyDevice, firstDevice, type Device } from '../../support/devices';
import { startHarness, sqliteFactory, type Harness } from '../server/harness';

/**
 * Scope, as laptops live it (DESIGN §3): a rep's laptop receives the accounts the rep
 * covers and the team's reference data, nothing else; a forged change to another
 * account is refused and listed, not lost; a reassignment moves the account, with its
 * history, from one rep's laptop to the other's.
 */
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
let harness: Harness;
let admin: Device;
let rep1: Device;
let rep2: Device;
const ids: Record<string, string> = {};

beforeAll(async () => {
  harness = await startHarness(sqliteFactory);
  admin = firstDevice(harness.url, (await harness.device('admin', null, 'Office')).token);
  const api = admin.api;
  const lead = await api.createTeamMember({
    name: 'Kari Lead',
    salesForce: 'geographic',
    appRole: 'lead',
  });
  const team = await api.createTeam({ name: 'North', salesForce: 'geographic', leadId: lead.id });
  const one = await api.createTeamMember({
    name: 'Ola Rep',
    salesForce: 'geographic',
    teamId: team.id,
  });
  const two = await api.createTeamMember({
    name: 'Siri Rep',
    salesForce: 'geographic',
    teamId: team.id,
  });
  const acme = await api.createAccount({ name: 'ACME', country: 'NO' });
  const globex = await api.createAccount({ name: 'Globex', country: 'NO' });
  const cover = (accountId: string, memberId: string) =>
    api.assignAccount({
      accountId,
      memberId,
      role: 'account_manager',
      isOwner: true,
      validFrom: day(-30),
    });
  ids.cover1 = (await cover(acme.id, one.id)).id;
  await cover(globex.id, two.id);
  const sara = await api.createContact({ accountId: acme.id, name: 'Sara Ahmadi' });
  await api.createInteraction({
    accountId: acme.id,
    kind: 'visit',
    occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
    subject: 'Plant tour',
    contactIds: [sara.id],
  });
  Object.assign(ids, { acme: acme.id, globex: globex.id, one: one.id, two: two.id, sara: sara.id });
  await admin.sync();
  rep1 = emptyDevice(harness.url, (await harness.device('rep', one.id, 'Ola laptop')).token);
  rep2 = emptyDevice(harness.url, (await harness.device('rep', two.id, 'Siri laptop')).token);
  await rep1.sync();
  await rep2.sync();
});
afterAll(async () => {
  for (const d of [admin, rep1, rep2]) d.close();
  await harness.close();
});

/** Each pull a laptop makes: the cursor it presents, the one it had saved then, and the page. */
function watchPulls(
  device: Device,
): { cursor: string | null; saved: string | null; page: PullPage }[] {
  const seen: { cursor: string | null; saved: string | null; page: PullPage }[] = [];
  const pull = device.adapter.pull.bind(device.adapter);
  device.adapter.pull = async (node, cursor, limit) => {
    const saved = syncState(device.core, device.adapter.key).pullCursor;
    const page = await pull(node, cursor, limit);
    seen.push({ cursor, saved, page });
    return page;
  };
  return seen;
}

const accountsOn = async (d: Device) =>
  (await d.api.listAccounts({})).rows.map((r) => r.name).sort();

describe('scope on the laptops', () => {
  it('a rep’s laptop signs in as the rep and holds only the accounts the rep covers', async () => {
    expect((await rep1.api.profile({})).member?.name).toBe('Ola Rep');
    expect(await accountsOn(rep1)).toEqual(['ACME']);
    expect(await accountsOn(rep2)).toEqual(['Globex']);
    expect((await rep1.api.listContacts({ accountId: ids.acme! })).map((c) => c.name)).toEqual([
      'Sara Ahmadi',
    ]);
    // The team itself is shared reference data: every laptop has it.
    expect((await rep2.api.listTeamMembers({})).map((m) => m.name)).toContain('Ola Rep');
  });

  it('refuses a forged change to an account outside the rep’s scope, and lists it', async () => {
    // Written straight into the log, as a tampered laptop would: the app itself refuses it.
    rep1.core.db
      .prepare(
        `INSERT INTO changes (hlc, node, tbl, row_id, field, value) VALUES (?, ?, 'accounts', ?, 'name', '"Mine now"')`,
      )
      .run(rep1.core.clock.tick(), rep1.core.nodeIdx, idBytes(ids.globex!));
    const report = await rep1.sync();
    expect(report.rejected).toBe(1);
    const [refused] = listRejected(rep1.core);
    expect(refused).toMatchObject({ table: 'accounts', field: 'name', value: 'Mine now' });
    expect(refused?.reason).toMatch(/cover/);
    await admin.sync();
    expect((await admin.api.getAccount({ id: ids.globex! })).account.name).toBe('Globex');
    expect(discardRejected(rep1.core, refused!.id)).toEqual([]);
  });

  it('a reassignment moves the account and its history to the other rep’s laptop', async () => {
    await rep1.api.updateAccount({ id: ids.acme!, patch: { notes: 'Call after Easter' } });
    await admin.api.endAssignment({ id: ids.cover1!, validTo: day(-1), reason: 'Moved to Siri' });
    await admin.api.assignAccount({
      accountId: ids.acme!,
      memberId: ids.two!,
      role: 'account_manager',
      isOwner: true,
      validFrom: day(0),
    });
    // Two more changes the rep's laptop is due, so that the page naming the purge is not the last.
    await admin.api.updateTeamMember({ id: ids.two!, patch: { phone: '+47 22 00 00 01' } });
    await admin.api.updateTeamMember({ id: ids.two!, patch: { phone: '+47 22 00 00 02' } });
    await admin.sync();

    const pages = watchPulls(rep1);
    const report = await synchronize(rep1.core, rep1.adapter, { batch: 1 });
    expect(report.purged).toBe(1);
    // The page after one naming purges is asked for only once that page is saved:
    // presenting its cursor tells the server they were applied.
    const purging = pages.filter((p) => p.page.purge.length > 0 && p.page.more);
    expect(purging).toHaveLength(1);
    const after = pages.find((p) => p.cursor === purging[0]!.page.cursor);
    expect(after?.saved).toBe(purging[0]!.page.cursor);
    expect(await accountsOn(rep1)).toEqual([]);
    expect(rep1.core.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);
    // Typed after the cover ended, the note was judged and refused: kept, with the reason.
    expect(listRejected(rep1.core).map((r) => r.value)).toEqual(['Call after Easter']);

    await rep2.sync();
    expect(await accountsOn(rep2)).toEqual(['ACME', 'Globex']);
    const interactions = await rep2.api.listInteractions({ accountId: ids.acme! });
    expect(interactions.map((i) => i.subject)).toEqual(['Plant tour']);
    expect(interactions[0]?.contactIds).toEqual([ids.sara]);
  });
});
