import type { ApiClient } from '../../src/shared/api';

/**
 * A small team book, made by the admin through the API: a lead with a rep in her
 * team, who covers (and owns) ACME; Globex is covered by someone in another team.
 */
export async function teamBook(api: ApiClient) {
  const lead = await api.createTeamMember({
    name: 'Kari Lead',
    salesForce: 'geographic',
    appRole: 'lead',
  });
  const team = await api.createTeam({ name: 'North', salesForce: 'geographic', leadId: lead.id });
  await api.updateTeamMember({ id: lead.id, patch: { teamId: team.id } });
  const rep = await api.createTeamMember({
    name: 'Ola Rep',
    salesForce: 'geographic',
    teamId: team.id,
  });
  const otherTeam = await api.createTeam({ name: 'South', salesForce: 'geographic' });
  const otherRep = await api.createTeamMember({
    name: 'Mai Other',
    salesForce: 'geographic',
    teamId: otherTeam.id,
  });
  const territory = await api.createTerritory({ name: 'Nordland', teamId: team.id });
  const acme = await api.createAccount({ name: 'ACME', country: 'NO', ownerId: rep.id });
  const globex = await api.createAccount({ name: 'Globex', country: 'VN', ownerId: otherRep.id });
  const acmeContact = await api.createContact({ accountId: acme.id, name: 'Sara Ahmadi' });
  const globexContact = await api.createContact({ accountId: globex.id, name: 'Lê Thị Mai' });
  const [ownership] = await api.listCoverage({ accountId: acme.id });
  return {
    lead,
    team,
    rep,
    otherTeam,
    otherRep,
    territory,
    acme,
    globex,
    acmeContact,
    globexContact,
    ownership: ownership!,
  };
}
export type TeamBook = Awaited<ReturnType<typeof teamBook>>;
