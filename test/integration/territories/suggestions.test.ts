import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import type { ApiClient } from '../../../src/shared/api';
import type { OwnerSuggestions } from '../../../src/shared/domain/suggestions';
import type { TerritoryRules } from '../../../src/shared/domain/team';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { refusal } from '../../support/refusal';
import { teamBook, type TeamBook } from '../../support/teamBook';

/**
 * The team book with territory rules: Norway, Trøndelag within it, packaging in Norway
 * (as specific as Trøndelag: a tie), Nordland (Ola's) and Vietnam; each with its rep.
 */
async function territories(api: ApiClient, b: TeamBook) {
  const territory = async (name: string, rules: Partial<TerritoryRules>, teamId = b.team.id) =>
    api.createTerritory({ name, rules, teamId });
  const rep = async (name: string, territoryId: string, teamId = b.team.id) =>
    api.createTeamMember({ name, salesForce: 'geographic', territoryId, teamId });
  const norway = await territory('Norway', { countries: ['NO'] });
  const trondelag = await territory('Trøndelag', { countries: ['NO'], regions: ['Trøndelag'] });
  const packaging = await territory('Packaging NO', {
    countries: ['NO'],
    industries: ['Packaging'],
  });
  const vietnam = await territory('Vietnam', { countries: ['VN'] }, b.otherTeam.id);
  const hanoi = await territory('Hà Nội', { countries: ['VN'], regions: ['Hà Nội'] });
  await api.updateTerritory({
    id: b.territory.id,
    patch: { rules: { countries: ['NO'], regions: ['Nordland'] } },
  });
  await api.updateTeamMember({ id: b.rep.id, patch: { territoryId: b.territory.id } });
  await api.updateTeamMember({ id: b.otherRep.id, patch: { territoryId: hanoi.id } });
  const reps = {
    nora: await rep('Nora Norway', norway.id),
    trond: await rep('Trond Berg', trondelag.id),
    pia: await rep('Pia Pack', packaging.id),
    vy: await rep('Vy Nguyen', vietnam.id, b.otherTeam.id),
  };
  const account = (name: string, over: Record<string, unknown>) =>
    api.createAccount({ name, country: 'NO', ...over });
  const accounts = {
    // nobody owns these
    trondheim: await account('Trondheim Plast', { region: 'Trøndelag' }),
    oslo: await account('Oslo Tre', { region: 'Oslo' }),
    tie: await account('Steinkjer Pakk', { region: 'Trøndelag', industry: 'Packaging' }),
    kept: await account('Levanger Kept', { region: 'Trøndelag', excludeFromRules: true }),
    strategic: await account('Statoil Key', { region: 'Trøndelag', salesForce: 'strategic' }),
    unplaced: await account('Paris SA', { country: 'FR' }),
  };
  // ACME (Ola's, of Nordland) has moved to Trøndelag; Globex (Mai's, of Hà Nội) has no region.
  await api.updateAccount({ id: b.acme.id, patch: { region: 'Trøndelag' } });
  return { norway, trondelag, packaging, vietnam, hanoi, reps, accounts };
}

let t: TestCore;
let b: TeamBook;
let x: Awaited<ReturnType<typeof territories>>;
beforeEach(async () => {
  t = openTestCore();
  b = await teamBook(t.api);
  x = await territories(t.api, b);
});
afterEach(() => t.close());

const byName = (preview: OwnerSuggestions) =>
  Object.fromEntries(
    preview.suggestions.map((s) => [
      s.name,
      { reason: s.reason, owner: s.owner?.name ?? null, to: s.candidates.map((c) => c.name) },
    ]),
  );
const ownerOf = async (accountId: string) =>
  (await t.api.getAccount({ id: accountId })).owner?.name;

describe('territory suggestions: the preview', () => {
  it('suggests the rep of the most specific territory, shows ties, and leaves kept-out accounts be', async () => {
    const preview = await t.api.suggestOwners({});
    expect(byName(preview)).toEqual({
      ACME: { reason: 'territoryMismatch', owner: 'Ola Rep', to: ['Trond Berg'] },
      Globex: { reason: 'territoryMismatch', owner: 'Mai Other', to: ['Vy Nguyen'] },
      'Oslo Tre': { reason: 'noOwner', owner: null, to: ['Nora Norway'] },
      'Steinkjer Pakk': { reason: 'noOwner', owner: null, to: ['Trond Berg', 'Pia Pack'] },
      'Trondheim Plast': { reason: 'noOwner', owner: null, to: ['Trond Berg'] },
    });
    expect(preview.suggestions.map((s) => s.name)).toEqual([
      'ACME',
      'Globex',
      'Oslo Tre',
      'Steinkjer Pakk',
      'Trondheim Plast',
    ]);
    const acme = preview.suggestions.find((s) => s.name === 'ACME')!;
    expect(acme.owner).toEqual({ id: b.rep.id, name: 'Ola Rep', territoryName: 'Nordland' });
    expect(acme.candidates).toEqual([
      {
        memberId: x.reps.trond.id,
        name: 'Trond Berg',
        territoryId: x.trondelag.id,
        territoryName: 'Trøndelag',
      },
    ]);
    // Paris matches no rule: counted, not suggested.
    expect(preview.unplaced).toBe(1);
  });

  it('counts what each rep gains and loses, ties apart', async () => {
    const { reps } = await t.api.suggestOwners({});
    expect(reps.map((r) => [r.name, r.gains, r.losses, r.ties])).toEqual([
      ['Mai Other', 0, 1, 0],
      ['Nora Norway', 1, 0, 0],
      ['Ola Rep', 0, 1, 0],
      ['Pia Pack', 0, 0, 1],
      ['Trond Berg', 2, 0, 1],
      ['Vy Nguyen', 1, 0, 0],
    ]);
  });

  it('shows two reps of one territory as a tie, and suggests no one who has left', async () => {
    const second = await t.api.createTeamMember({
      name: 'Tora Berg',
      salesForce: 'geographic',
      territoryId: x.trondelag.id,
      teamId: b.team.id,
    });
    const both = byName(await t.api.suggestOwners({}))['Trondheim Plast'];
    expect(both?.to).toEqual(['Tora Berg', 'Trond Berg']);
    await t.api.updateTeamMember({ id: second.id, patch: { leftOn: '2026-01-31' } });
    expect(byName(await t.api.suggestOwners({}))['Trondheim Plast']?.to).toEqual(['Trond Berg']);
  });

  it('reads a lead’s team book and a rep’s own accounts only', async () => {
    setProfile(t.core, b.lead.id);
    const lead = await t.api.suggestOwners({});
    // Globex is the other team's: covered by Mai.
    expect(lead.suggestions.map((s) => s.name)).toEqual([
      'ACME',
      'Oslo Tre',
      'Steinkjer Pakk',
      'Trondheim Plast',
    ]);
    setProfile(t.core, b.rep.id);
    expect((await t.api.suggestOwners({})).suggestions.map((s) => s.name)).toEqual(['ACME']);
  });
});

describe('territory suggestions: applying them', () => {
  beforeEach(() => setProfile(t.core, b.lead.id));

  it('applies one suggestion as an owner change with the rule as its reason', async () => {
    const done = await t.api.applyOwnerSuggestions({ accountIds: [b.acme.id] });
    expect(done).toEqual({ applied: 1, tiesLeft: 0, unchanged: 0 });
    expect(await ownerOf(b.acme.id)).toBe('Trond Berg');
    const history = await t.api.listCoverage({ accountId: b.acme.id, includeEnded: true });
    // The outgoing owner's row stays as history, ended today, with the same reason.
    expect(
      history.map((c) => [c.memberName, c.isOwner, c.creditShare, c.validTo !== null, c.reason]),
    ).toEqual([
      ['Ola Rep', true, 100, true, 'Territory rule'],
      ['Trond Berg', true, 100, false, 'Territory rule'],
    ]);
    expect(await ownerOf(x.accounts.trondheim.id)).toBeUndefined();
    // Applied, it is no longer suggested.
    expect(byName(await t.api.suggestOwners({})).ACME).toBeUndefined();
  });

  it('applies a selection, a tie only with its choice, and counts what is no longer suggested', async () => {
    const { oslo, tie, trondheim, kept } = x.accounts;
    const refused = await refusal(t.api.applyOwnerSuggestions({ accountIds: [oslo.id, tie.id] }));
    expect(refused.issues).toEqual([
      {
        field: 'choices',
        message: 'Steinkjer Pakk matches several reps equally: choose one of them',
      },
    ]);
    expect(await ownerOf(oslo.id)).toBeUndefined(); // nothing was written
    const wrong = await refusal(
      t.api.applyOwnerSuggestions({
        accountIds: [tie.id],
        choices: [{ accountId: tie.id, memberId: x.reps.nora.id }],
      }),
    );
    expect(wrong.issues).toEqual([
      {
        field: 'choices',
        message: 'Nora Norway is not one of the reps suggested for Steinkjer Pakk',
      },
    ]);
    const done = await t.api.applyOwnerSuggestions({
      accountIds: [oslo.id, tie.id, trondheim.id, kept.id],
      choices: [{ accountId: tie.id, memberId: x.reps.pia.id }],
    });
    expect(done).toEqual({ applied: 3, tiesLeft: 0, unchanged: 1 });
    expect([await ownerOf(oslo.id), await ownerOf(tie.id), await ownerOf(trondheim.id)]).toEqual([
      'Nora Norway',
      'Pia Pack',
      'Trond Berg',
    ]);
    expect(await ownerOf(kept.id)).toBeUndefined();
  });

  it('applies all of the lead’s book, leaving ties for a choice', async () => {
    const done = await t.api.applyOwnerSuggestions({ all: true });
    expect(done).toEqual({ applied: 3, tiesLeft: 1, unchanged: 0 });
    const left = await t.api.suggestOwners({});
    expect(left.suggestions.map((s) => s.name)).toEqual(['Steinkjer Pakk']);
    // The other team's account was not the lead's to move.
    expect(await ownerOf(b.globex.id)).toBe('Mai Other');
  });

  it('refuses a lead an account outside their team, and writes nothing', async () => {
    const refused = await refusal(
      t.api.applyOwnerSuggestions({ accountIds: [x.accounts.oslo.id, b.globex.id] }),
    );
    expect([refused.code, refused.message]).toEqual([
      'forbidden',
      "Globex is not in your team's book",
    ]);
    expect(await ownerOf(x.accounts.oslo.id)).toBeUndefined();
    expect(await ownerOf(b.globex.id)).toBe('Mai Other');
  });

  it('refuses a rep, even for their own account', async () => {
    setProfile(t.core, b.rep.id);
    const refused = await refusal(t.api.applyOwnerSuggestions({ accountIds: [b.acme.id] }));
    expect([refused.code, refused.message]).toEqual([
      'forbidden',
      'Only a lead or an admin may assign or reassign accounts',
    ]);
    expect(await ownerOf(b.acme.id)).toBe('Ola Rep');
  });

  it('asks which suggestions to apply', async () => {
    const refused = await refusal(t.api.applyOwnerSuggestions({}));
    expect(refused.issues).toEqual([
      { field: 'accountIds', message: 'Choose the suggestions to apply, or apply them all' },
    ]);
  });
});
