import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hlcMillis } from '../../../src/shared/hlc';
import { syncStatus } from '../../../src/main/sync/target';
import { emptyDevice, type Device } from '../../support/devices';
import { tempDir } from '../../support/tempDb';
import { checkConvergence, makeTeam, type Team } from './convergence';

/**
 * Laptops whose clocks are a day fast and a day slow (two days apart) still converge, a
 * later edit still wins over an earlier one it saw, and a clock far ahead does not
 * drag anyone's clock with it.
 */
const DAY = 86_400_000;
const share = tempDir();
let team: Team;

beforeAll(async () => {
  team = await makeTeam(`folder:${share.dir}`, { skews: [DAY, -DAY] });
});
afterAll(() => {
  for (const d of team.devices) d.close();
  share.cleanup();
});

describe('clocks a day fast and a day slow', () => {
  it('converge after random offline edits, with every clash shown', async () => {
    const { edits } = await checkConvergence(team, 2);
    expect(edits).toBeGreaterThanOrEqual(300);
  });

  it('keep cause before effect: the slow laptop’s edit after seeing the fast one’s wins', async () => {
    const [, fast, slow] = team.devices;
    const id = team.accounts[0] as string;
    await fast.api.updateAccount({ id, patch: { city: 'Hammerfest' } });
    await fast.sync();
    await slow.sync();
    await slow.api.updateAccount({ id, patch: { city: 'Vardø' } });
    await slow.sync();
    for (const d of team.devices) await d.sync();
    for (const d of team.devices) {
      expect((await d.api.getAccount({ id })).account.city).toBe('Vardø');
    }
  });

  it('hold a change from a clock days ahead without moving their own clock', async () => {
    const [first] = team.devices;
    const ahead: Device = emptyDevice(`folder:${share.dir}`, undefined, 5 * DAY);
    try {
      // Already a day ahead: it took the fast laptop's clock, as it should.
      const before = Math.max(hlcMillis(first.core.clock.current()), Date.now());
      await ahead.sync();
      const me = (await first.api.profile({})).member?.id as string;
      await ahead.api.chooseProfile({ memberId: me });
      const id = team.accounts[1] as string;
      await ahead.api.updateAccount({ id, patch: { notes: 'from the future' } });
      await ahead.sync();
      await first.sync();
      expect((await first.api.getAccount({ id })).account.notes).not.toBe('from the future');
      expect(syncStatus(first.core).held).toBe(1);
      const reason = first.core.db.prepare('SELECT reason FROM sync_inbox').pluck().get();
      expect(reason).toMatch(/more than three days ahead/);
      const edited = await first.api.updateAccount({ id, patch: { city: 'Alta' } });
      expect(Date.parse(edited.updatedAt) - before).toBeLessThan(60_000);
      expect(hlcMillis(first.core.clock.current()) - before).toBeLessThan(60_000);
    } finally {
      ahead.close();
    }
  });
});
