import type { ApiClient } from '../../../src/shared/api';

/** This year, as the overview counts it (purchases are compared by calendar year). */
export const Y = new Date().getUTCFullYear();

/**
 * A global customer made through the API, as a team would enter it: a group with two
 * sites; the Bergen site has an org chart of three, a covering team at 70/30, a
 * history of interactions, four years of purchases (one in another currency, one put
 * away), deals, assessments and a supply agreement.
 */
export async function globalCustomer(api: ApiClient) {
  const kari = await api.createTeamMember({ name: 'Kari Nilsen', salesForce: 'strategic' });
  const anh = await api.createTeamMember({
    name: 'Trần Anh',
    salesForce: 'strategic',
    function: 'application_engineer',
  });
  const territory = await api.createTerritory({ name: 'Vestland' });
  const group = await api.createAccount({ name: 'Nordic Foods Group', country: 'NO' });
  const bergen = await api.createAccount({
    name: 'Nordic Foods Bergen',
    kind: 'customer',
    parentId: group.id,
    country: 'NO',
    city: 'Bergen',
    lifecycle: 'active',
    relationshipStyle: 'leaning_collaborative',
    tier: 'A',
    salesForce: 'strategic',
    territoryId: territory.id,
    costToServe: 42000,
    profitPotential: 310000,
    currency: 'NOK',
    needs: 'Hygienic valves for a new dairy line',
    capabilities: 'Own maintenance crew',
    ownerId: kari.id,
  });
  const tromso = await api.createAccount({ name: 'Nordic Foods Tromsø', parentId: group.id });
  const [ownership] = await api.listCoverage({ accountId: bergen.id });
  await api.updateAssignment({ id: ownership!.id, patch: { creditShare: 70 } });
  await api.assignAccount({
    accountId: bergen.id,
    memberId: anh.id,
    role: 'application_engineer',
    creditShare: 30,
    validFrom: '2026-01-01',
  });

  const ingrid = await api.createContact({
    accountId: bergen.id,
    name: 'Ingrid Dahl',
    title: 'CEO',
    buyingRole: 'decision_maker',
    influence: 5,
    relationshipStrength: 4,
    preferredChannel: 'visit',
  });
  const lars = await api.createContact({
    accountId: bergen.id,
    name: 'Lars Berg',
    title: 'CFO',
    buyingRole: 'economic_buyer',
    reportsToId: ingrid.id,
    email: 'lars@nordicfoods.no',
    phone: '+47 55 12 34 56',
    preferredChannel: 'email',
  });
  const sara = await api.createContact({
    accountId: bergen.id,
    name: 'Sara Ahmadi',
    buyingRole: 'user',
    reportsToId: lars.id,
    doNotContact: true,
  });

  const meet = (kind: 'visit' | 'call' | 'email', occurredAt: string, contactIds: string[]) =>
    api.createInteraction({ accountId: bergen.id, kind, occurredAt, subject: kind, contactIds });
  const visit = await meet('visit', '2026-03-02T09:00:00Z', [ingrid.id, lars.id]);
  const call = await meet('call', '2026-04-10T13:30:00Z', [lars.id]);
  const email = await meet('email', '2026-05-01T08:00:00Z', []);
  const putAway = await meet('call', '2026-06-01T10:00:00Z', [ingrid.id]);
  await api.archiveInteraction({ id: putAway.id });

  const buy = (productLine: string, start: string, amount: number, currency = 'NOK') =>
    api.createPurchase({
      accountId: bergen.id,
      productLine,
      periodStart: start,
      periodEnd: `${start.slice(0, 4)}-12-31`,
      amount,
      quantity: amount / 1000,
      currency,
    });
  await buy('Pumps', `${Y - 3}-01-01`, 10_000);
  await buy('Pumps', `${Y - 2}-01-01`, 100_000);
  await buy('Pumps', `${Y - 1}-01-01`, 60_000);
  await buy('Pumps', `${Y - 1}-07-01`, 70_000.1);
  await buy('Pumps', `${Y}-03-01`, 50_000.2);
  await buy('Valves', `${Y - 1}-02-01`, 20_000);
  await buy('Pumps', `${Y - 1}-01-01`, 5_000, 'USD');
  const returned = await buy('Valves', `${Y}-01-01`, 999_999);
  await api.archivePurchase({ id: returned.id });

  const pump = await api.createOffering({
    kind: 'core_product',
    name: 'Hygienic valve HV-40',
    productLine: 'Valves',
  });
  const service = (name: string, kind: 'training' | 'delivery_guarantee') =>
    api.createOffering({ kind: 'service', name, service: kind });
  const training = await service('Operator training', 'training');
  const delivery = await service('Delivery within 48 hours', 'delivery_guarantee');
  const won = await api.createOpportunity({
    accountId: bergen.id,
    name: 'Spare parts 2025',
    step: 'follow_up',
    status: 'won',
    value: 80_000,
    currency: 'NOK',
    expectedClose: '2025-11-30',
  });
  const dairy = await api.createOpportunity({
    accountId: bergen.id,
    name: 'Dairy line valves',
    step: 'presentation',
    value: 250_000,
    currency: 'NOK',
    expectedClose: '2027-02-28',
    coreProductId: pump.id,
    serviceIds: [delivery.id, training.id],
  });
  const dropped = await api.createOpportunity({ accountId: bergen.id, name: 'Old idea' });
  await api.archiveOpportunity({ id: dropped.id });

  const earlier = await api.createAssessment({
    accountId: bergen.id,
    assessedOn: '2025-06-01',
    trust: 3,
    mutualInterest: 3,
  });
  const latest = await api.createAssessment({
    accountId: bergen.id,
    assessedOn: '2026-01-15',
    trust: 4,
    costPressure: true,
  });
  const agreement = await api.createAgreement({
    accountId: bergen.id,
    kind: 'supply',
    title: 'Framework supply agreement',
    signedOn: '2025-12-01',
    startsOn: '2026-01-01',
    endsOn: '2028-12-31',
    terms: 'Prices fixed for two years; delivery within 10 days',
  });
  return {
    kari,
    anh,
    territory,
    group,
    bergen,
    tromso,
    ingrid,
    lars,
    sara,
    interactions: { visit, call, email },
    offerings: { pump, training, delivery },
    opportunities: { won, dairy },
    assessments: { earlier, latest },
    agreement,
  };
}
