import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, sqliteFactory, type Harness } from '../server/harness';
import { checkConvergence, makeTeam, type Team } from './convergence';

/**
 * Three laptops and Rapport's own server on loopback: random offline edits, synced in
 * random order, converge, and each clash is shown on every laptop whose value lost.
 */
let harness: Harness;
let team: Team;

beforeAll(async () => {
  harness = await startHarness(sqliteFactory);
  const tokens = await Promise.all(
    [1, 2, 3].map(async (i) => (await harness.device('admin', null, `Laptop ${i}`)).token),
  );
  team = await makeTeam(harness.url, { tokens: tokens as [string, string, string] });
});
afterAll(async () => {
  for (const d of team.devices) d.close();
  await harness.close();
});

describe('three laptops and a server', () => {
  it('converge after random offline edits, and each clash is shown where it lost', async () => {
    const { edits } = await checkConvergence(team);
    expect(edits).toBeGreaterThanOrEqual(1000);
  });
});
