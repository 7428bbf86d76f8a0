import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRejected } from '../../../src/main/sync/review';
import { emptyDevice, firstDevice, type Device } from '../../support/devices';
import { startHarness, sqliteFactory, type Harness } from '../server/harness';

/**
 * A hand-over through a real sync server (issue 20): the lead hands a leaving rep's
 * book to two others; after the next sync the receivers' laptops hold the accounts with
 * their history, and the leaver's laptop no longer does, once the edit it had pending
 * has gone up and reached the new owner.
 */
let harness: Harness;
let admin: Device;
let lead: Device;
let leaver: Device;
let per: Device;
let lan: Device;
const ids: Record<string, string> = {};

beforeAll(async () => {
  harness = await startHarness(sqliteFactory);
  admin = firstDevice(harness.url, (await harness.device('admin', null, 'Office')).token);
  const api = admin.api;
  const kari = await api.createTeamMember({
    name: 'Kari Lead',
    salesForce: 'geographic',
    appRole: 'lead',
  });
  const team = await api.createTeam({ name: 'North', salesForce: 'geographic', leadId: kari.id });
  await api.updateTeamMember({ id: kari.id, patch: { teamId: team.id } });
  const rep = (name: string) =>
    api.createTeamMember({ name, salesForce: 'geographic', teamId: team.id });
  const [ola, perRep, lanRep] = [
    await rep('Ola Leaver'),
    await rep('Per Receiver'),
    await rep('Lan Receiver'),
  ];
  for (let i = 1; i <= 6; i++) {
    const account = await api.createAccount({
      name: `Account ${i}`,
      country: 'NO',
      ownerId: ola.id,
    });
    const contact = await api.createContact({ accountId: account.id, name: `Contact ${i}` });
    await api.createInteraction({
      accountId: account.id,
      memberId: ola.id,
      kind: 'visit',
      occurredAt: new Date(Date.now() - 86_400_000).toISOString(),
      subject: `Visit ${i}`,
      contactIds: [contact.id],
    });
    ids[`account${i}`] = account.id;
  }
  Object.assign(ids, { ola: ola.id, per: perRep.id, lan: lanRep.id });
  await admin.sync();
  const laptop = async (role: 'rep' | 'lead', memberId: string, name: string) => {
    const device = emptyDevice(harness.url, (await harness.device(role, memberId, name)).token);
    await device.sync();
    return device;
  };
  lead = await laptop('lead', kari.id, 'Kari laptop');
  leaver = await laptop('rep', ola.id, 'Ola laptop');
  per = await laptop('rep', perRep.id, 'Per laptop');
  lan = await laptop('rep', lanRep.id, 'Lan laptop');
});
afterAll(async () => {
  for (const d of [admin, lead, leaver, per, lan]) d.close();
  await harness.close();
});

const accountsOn = async (d: Device) =>
  (await d.api.listAccounts({})).rows.map((r) => r.name).sort();

describe('a hand-over, synced', () => {
  it('moves the accounts with their history to the receivers, and off the leaver’s laptop with no pending edit lost', async () => {
    expect(await accountsOn(leaver)).toHaveLength(6);
    expect(await accountsOn(per)).toEqual([]);
    // Typed on the plane, not yet sent when the lead hands the book over.
    await leaver.api.updateAccount({
      id: ids.account1!,
      patch: { notes: 'Wants a quote by Friday' },
    });

    const done = await lead.api.handOver({
      fromMemberId: ids.ola!,
      receivers: { by: 'even', memberIds: [ids.per!, ids.lan!] },
      reason: 'Ola leaves the company',
    });
    expect(done.accounts).toBe(6);
    await lead.sync();

    await per.sync();
    await lan.sync();
    const perHas = await accountsOn(per);
    const lanHas = await accountsOn(lan);
    expect([perHas.length, lanHas.length]).toEqual([3, 3]);
    expect([...perHas, ...lanHas].sort()).toEqual(await accountsOn(lead));
    // With their history: the visits, and who covered them before.
    const receiver = perHas.includes('Account 1') ? per : lan;
    const visits = await receiver.api.listInteractions({ accountId: ids.account1! });
    expect(visits.map((v) => v.subject)).toEqual(['Visit 1']);
    const coverage = await receiver.api.listCoverage({
      accountId: ids.account1!,
      includeEnded: true,
    });
    expect(coverage.find((c) => c.memberName === 'Ola Leaver')).toMatchObject({
      reason: 'Ola leaves the company',
      validTo: new Date().toISOString().slice(0, 10),
    });

    const report = await leaver.sync();
    expect(report.pushed).toBe(1);
    expect(report.rejected).toBe(0);
    expect(listRejected(leaver.core)).toEqual([]);
    expect(await accountsOn(leaver)).toEqual([]);
    expect(leaver.core.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(0);

    await receiver.sync();
    expect((await receiver.api.getAccount({ id: ids.account1! })).account.notes).toBe(
      'Wants a quote by Friday',
    );
  });
});
