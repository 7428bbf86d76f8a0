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
  const product = await api.createOffering({ kind: 'core_product', name: 'Pump P-200' });
  const service = await api.createOffering({
    kind: 'service',
    name: 'Next-day parts',
    service: 'delivery_guarantee',
  });
  const holiday = await api.createHoliday({
    country: 'NO',
    name: 'Constitution Day',
    month: 5,
    day: 17,
  });
  const interaction = await api.createInteraction({
    accountId: acme.id,
    kind: 'visit',
    occurredAt: '2026-03-02T09:00:00Z',
    subject: 'Plant tour',
    contactIds: [acmeContact.id],
    nextStep: 'Send the offer',
    // a follow-up is never due in the past when it is made
    nextStepDue: new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10),
  });
  const purchase = await api.createPurchase({
    accountId: acme.id,
    productLine: 'Pumps',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    amount: 120000,
    currency: 'NOK',
  });
  const opportunity = await api.createOpportunity({
    accountId: acme.id,
    name: 'New pump line',
    coreProductId: product.id,
    serviceIds: [service.id],
  });
  const assessment = await api.createAssessment({
    accountId: acme.id,
    assessedOn: '2026-03-01',
    trust: 4,
  });
  const agreement = await api.createAgreement({
    accountId: acme.id,
    kind: 'supply',
    title: 'Supply agreement 2026',
  });
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
    product,
    service,
    holiday,
    interaction,
    purchase,
    opportunity,
    assessment,
    agreement,
  };
}
export type TeamBook = Awaited<ReturnType<typeof teamBook>>;
