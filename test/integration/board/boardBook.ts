import type { ApiClient } from '../../../src/shared/api';

/** The day the board's tests run on (the wall clock is set to its noon). */
export const DAY = '2027-06-15';

const DAY_MS = 86_400_000;
const noon = Date.parse(`${DAY}T12:00:00Z`);

/** A moment `days` before the test day, in the morning. */
export const daysAgo = (days: number): string =>
  new Date(noon - days * DAY_MS - 3 * 3_600_000).toISOString();

/** The date `days` after the test day (before it, when negative). */
export const dayAfter = (days: number): string =>
  new Date(noon + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Two teams, made by the admin: North, led by Kari, with Ola (a geographic rep in the
 * Nordland territory, which holds Norway) and Mai (an application engineer); South, with
 * Per. Ola owns ACME (tier A), Globex and Initech; Per owns Fjord.
 */
export async function boardBook(api: ApiClient) {
  const lead = await api.createTeamMember({
    name: 'Kari Lead',
    salesForce: 'geographic',
    appRole: 'lead',
  });
  const north = await api.createTeam({
    name: 'North',
    salesForce: 'geographic',
    leadId: lead.id,
  });
  await api.updateTeamMember({ id: lead.id, patch: { teamId: north.id } });
  const nordland = await api.createTerritory({
    name: 'Nordland',
    teamId: north.id,
    rules: { countries: ['NO'] },
  });
  const ola = await api.createTeamMember({
    name: 'Ola Rep',
    salesForce: 'geographic',
    teamId: north.id,
    territoryId: nordland.id,
  });
  const mai = await api.createTeamMember({
    name: 'Mai Engineer',
    salesForce: 'strategic',
    function: 'application_engineer',
    teamId: north.id,
  });
  const south = await api.createTeam({ name: 'South', salesForce: 'geographic' });
  const per = await api.createTeamMember({
    name: 'Per Other',
    salesForce: 'geographic',
    teamId: south.id,
  });
  const account = (name: string, ownerId: string, tier: 'A' | 'B' | 'C' = 'B') =>
    api.createAccount({ name, country: 'NO', tier, lifecycle: 'active', ownerId });
  const acme = await account('ACME', ola.id, 'A');
  const globex = await account('Globex', ola.id);
  const initech = await account('Initech', ola.id);
  const fjord = await account('Fjord', per.id);
  return { lead, north, nordland, ola, mai, south, per, acme, globex, initech, fjord };
}
export type BoardBook = Awaited<ReturnType<typeof boardBook>>;
