import { callApi } from './app';

/**
 * Territory rules in the demo lead's team, made through the API with names of their own
 * (`tag`), so that each test has its own: a region of Norway with its rep, packaging in
 * Norway with another (as specific: a tie), and three accounts nobody owns in that region,
 * one of them in packaging.
 */
export async function territoryBook(tag: string) {
  const { member } = await callApi<{ member: { id: string; teamId: string } }>('profile', {});
  const teamId = member.teamId;
  const region = `Fjord ${tag}`;
  const industry = `Packaging ${tag}`;
  const territory = async (name: string, rules: Record<string, string[]>) =>
    callApi<{ id: string }>('createTerritory', { name, teamId, rules });
  const rep = async (name: string, territoryId: string) =>
    callApi<{ id: string; name: string }>('createTeamMember', {
      name,
      salesForce: 'geographic',
      teamId,
      territoryId,
    });
  const fjord = await territory(`Fjordland ${tag}`, { countries: ['NO'], regions: [region] });
  const pack = await territory(`Fjord Pack ${tag}`, { countries: ['NO'], industries: [industry] });
  const reps = {
    frida: await rep(`Frida Fjord ${tag}`, fjord.id),
    paal: await rep(`Paal Pack ${tag}`, pack.id),
  };
  const account = (name: string, over: Record<string, string> = {}) =>
    callApi<{ id: string; name: string }>('createAccount', {
      name,
      country: 'NO',
      region,
      ...over,
    });
  const accounts = {
    one: await account(`Fjord One ${tag}`),
    two: await account(`Fjord Two ${tag}`),
    tie: await account(`Fjord Tie ${tag}`, { industry }),
  };
  return { reps, accounts };
}
