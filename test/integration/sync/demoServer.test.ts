import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemo, type DemoTeam } from '../../../src/server/demo';
import { syncStatus } from '../../../src/main/sync/target';
import { emptyDevice, type Device } from '../../support/devices';
import { startHarness, sqliteFactory, type Harness } from '../server/harness';

/**
 * `rapport serve --demo` as two new laptops meet it: each receives its part of the
 * demo team's book whole (nothing held back), and signs in as its token's member.
 */
let harness: Harness;
let team: DemoTeam;
const laptops: Device[] = [];

beforeAll(async () => {
  harness = await startHarness(sqliteFactory);
  team = (await fillDemo(harness.storage, { accounts: 40 })) as DemoTeam;
});
afterAll(async () => {
  for (const d of laptops) d.close();
  await harness.close();
});

describe('the demo server', () => {
  it('gives each new laptop its whole part of the book, signed in as its member', async () => {
    for (const person of team.people) {
      const laptop = emptyDevice(harness.url, person.token);
      laptops.push(laptop);
      const report = await laptop.sync();
      expect(report).toMatchObject({ complete: true, waiting: 0 });
      expect(syncStatus(laptop.core).held).toBe(0);
      expect((await laptop.api.profile({})).member?.name).toBe(person.name);
      // Nothing held back: an empty reference (no parent, reports to nobody) stays empty.
      expect((await laptop.api.listAccounts({})).total).toBeGreaterThan(0);
    }
  });
});
