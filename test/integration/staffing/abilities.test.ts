import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { refusal } from '../../support/refusal';
import { teamBook, type TeamBook } from '../../support/teamBook';

/**
 * What the screens offer is what the write path allows: for each role, an account the
 * member may staff is one whose staffing the core takes, and one they may not is refused.
 */
let t: TestCore;
let b: TeamBook;
let adminId: string;
let nobody: { id: string };
beforeEach(async () => {
  t = openTestCore();
  adminId = (await t.api.profile({})).member!.id;
  b = await teamBook(t.api);
  nobody = await t.api.createAccount({ name: 'Umbrella', country: 'NO' });
});
afterEach(() => t.close());

const asked = () => t.api.abilities({ accountIds: [b.acme.id, b.globex.id, nobody.id] });
const staffAlone = (accountId: string, memberId: string) =>
  t.api.staffAccount({
    accountId,
    team: [{ memberId, role: 'account_manager', isOwner: true, creditShare: 100 }],
  });

describe('abilities', () => {
  it('a rep staffs nothing and edits no team; the core refuses what the screen hides', async () => {
    setProfile(t.core, b.rep.id);
    expect(await asked()).toEqual({
      staffs: false,
      staffable: [],
      teams: [],
      allTeams: false,
      opportunities: [b.acme.id],
      agreements: [b.acme.id],
      catalogue: false,
    });
    expect((await refusal(staffAlone(b.acme.id, b.lead.id))).code).toBe('forbidden');
    expect(
      (await refusal(t.api.setAccountOwner({ accountId: b.acme.id, memberId: b.lead.id }))).code,
    ).toBe('forbidden');
  });

  it('a lead staffs the accounts of their team book and edits their own team only', async () => {
    setProfile(t.core, b.lead.id);
    expect(await asked()).toEqual({
      staffs: true,
      staffable: [b.acme.id, nobody.id],
      teams: [b.team.id],
      allTeams: false,
      opportunities: [b.acme.id, nobody.id],
      agreements: [b.acme.id, nobody.id],
      catalogue: true,
    });
    await staffAlone(b.acme.id, b.lead.id);
    expect((await refusal(staffAlone(b.globex.id, b.lead.id))).code).toBe('forbidden');
    await t.api.updateTeam({ id: b.team.id, patch: { description: 'Ours' } });
    expect(
      (await refusal(t.api.updateTeam({ id: b.otherTeam.id, patch: { description: 'Theirs' } })))
        .code,
    ).toBe('forbidden');
  });

  it('an admin may do it all', async () => {
    setProfile(t.core, adminId);
    const all = await asked();
    expect(all).toMatchObject({ staffs: true, allTeams: true, catalogue: true });
    expect(all.opportunities).toEqual([b.acme.id, b.globex.id, nobody.id]);
    expect(all.staffable).toEqual([b.acme.id, b.globex.id, nobody.id]);
    expect(new Set(all.teams)).toEqual(new Set([b.team.id, b.otherTeam.id]));
  });

  it('without a profile, nothing is offered; a bad account id is named', async () => {
    t.core.db.prepare("DELETE FROM meta WHERE key = 'profile_member_id'").run();
    expect(await asked()).toEqual({
      staffs: false,
      staffable: [],
      teams: [],
      allTeams: false,
      opportunities: [],
      agreements: [],
      catalogue: false,
    });
    const bad = await refusal(t.api.abilities({ accountIds: ['acme'] }));
    expect(bad.issues).toEqual([{ field: 'accountIds.0', message: 'Must be a valid id' }]);
  });
});
