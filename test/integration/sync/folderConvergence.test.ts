import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../support/tempDb';
import { checkConvergence, makeTeam, type Team } from './convergence';

/** Three laptops and a shared folder, no server: random offline edits converge. */
const share = tempDir();
let team: Team;

beforeAll(async () => {
  team = await makeTeam(`folder:${share.dir}`);
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
