import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyDevice, firstDevice, type Device } from '../../support/devices';
import { tempDir } from '../../support/tempDb';
import { checkConvergence, type Team } from './convergence';

/** Three laptops and a shared folder, no server: random offline edits converge. */
const share = tempDir();
let team: Team;

beforeAll(async () => {
  const spec = `folder:${share.dir}`;
  const first = firstDevice(spec);
  const accounts: string[] = [];
  const contacts: string[] = [];
  for (const name of ['ACME', 'Globex', 'Initech', 'Hooli', 'Umbrella', 'Tyrell', 'Wonka']) {
    const account = await first.api.createAccount({ name, country: 'NO' });
    accounts.push(account.id);
    for (const person of ['Sara', 'Lê Mai', 'Ali Rezaei']) {
      contacts.push((await first.api.createContact({ accountId: account.id, name: person })).id);
    }
  }
  await first.sync();
  const me = (await first.api.profile({})).member?.id as string;
  const others: Device[] = [];
  for (let i = 0; i < 2; i++) {
    const d = emptyDevice(spec);
    await d.sync();
    await d.api.chooseProfile({ memberId: me });
    others.push(d);
  }
  team = { devices: [first, others[0]!, others[1]!], accounts, contacts };
});
afterAll(() => {
  for (const d of team.devices) d.close();
  share.cleanup();
});

describe('three devices on a shared folder', () => {
  it('converge after random offline edits, and each clash is shown where it lost', async () => {
    const { edits } = await checkConvergence(team);
    expect(edits).toBeGreaterThanOrEqual(1000);
  });
});
