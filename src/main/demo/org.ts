/**
 * The sales organisation (PRODUCT.md §4): a strategic force of key-account teams, a
 * geographic force of reps with territories, and a distributor force serving channel
 * partners. One admin, team leads as 'lead', everyone else 'rep'.
 */
import { membersTable, teamsTable, territoriesTable } from '../../shared/domain/team';
import type { AppRole, CoverageRole, MemberFunction, SalesForce } from '../../shared/domain/enums';
import { DIAL, mobileNumber, type Context } from './context';
import { personName } from './names';
import { COUNTRIES, type Culture } from './places';
import { Weighted } from './random';
import { partition, planTerritories, type TerritoryMap } from './territories';

export interface StrategicTeam {
  readonly id: string;
  readonly leadId: string;
  readonly sales: string[];
  readonly engineers: string[];
  readonly quality: string[];
}

export interface Rep {
  readonly id: string;
  readonly leadId: string;
}

export interface Org {
  readonly adminId: string;
  /** the demo profile: a geographic team lead */
  readonly profileId: string;
  readonly members: number;
  readonly strategic: readonly StrategicTeam[];
  /** the rep of each territory, by territory index */
  readonly territoryReps: readonly Rep[];
  readonly territoryIds: readonly string[];
  readonly map: TerritoryMap;
  readonly distributorReps: readonly Rep[];
}

const EMAIL_DOMAIN = 'nordkapp-industrial.example';
const STRATEGIC_THEMES = [
  'Energy & Process',
  'Food & Aquaculture',
  'Automotive',
  'Life Sciences',
  'Heavy Industry',
  'Marine & Offshore',
  'Electronics',
  'Construction',
];
const CHANNEL_THEMES = ['Europe', 'Middle East', 'Asia-Pacific', 'Americas', 'Nordics'];
const STRATEGIC_ROLES: MemberFunction[] = [
  'sales',
  'application_engineer',
  'quality_engineer',
  'sales',
  'application_engineer',
  'service',
  'sales',
];

/** Team size: about one member per 40 accounts, at least 12, at most 2,500. */
export function teamSize(accounts: number): number {
  return Math.min(2500, Math.max(12, Math.round(accounts / 40)));
}

export function buildOrg(ctx: Context, accounts: number): Org {
  const { rng, ids, w } = ctx;
  const cultures = new Weighted<Culture>(COUNTRIES.map((c) => [c.culture, c.weight] as const));
  const cultureOf = (code: string): Culture =>
    COUNTRIES.find((c) => c.code === code)?.culture ?? 'en';
  const emails = new Set<string>();
  const total = teamSize(accounts);

  // A team is written once its lead exists (the batch defers foreign-key checks).
  const team = (
    id: string,
    name: string,
    salesForce: SalesForce,
    leadId: string,
    description: string,
  ): void => {
    // A key account needs an application engineer beside its account manager.
    const template: CoverageRole[] = salesForce === 'strategic' ? ['application_engineer'] : [];
    w.write(teamsTable, {
      id,
      createdAt: ctx.created,
      name,
      salesForce,
      leadId,
      description,
      template,
    });
  };
  const member = (
    culture: Culture,
    salesForce: SalesForce,
    fn: MemberFunction,
    appRole: AppRole,
    teamId: string | null,
    territoryId: string | null,
  ): string => {
    const id = ids.next();
    const person = personName(rng, culture);
    let email = `${person.handle}@${EMAIL_DOMAIN}`;
    for (let n = 2; emails.has(email); n++) email = `${person.handle}${n}@${EMAIL_DOMAIN}`;
    emails.add(email);
    w.write(membersTable, {
      id,
      createdAt: ctx.created,
      name: person.name,
      email,
      phone: mobileNumber(ctx, DIAL[culture]),
      salesForce,
      function: fn,
      appRole,
      teamId,
      territoryId,
    });
    return id;
  };

  const adminId = member('no', 'geographic', 'other', 'admin', null, null);
  const strategicCount = Math.max(4, Math.round(total * 0.3));
  const distributorCount = Math.max(2, Math.round(total * 0.2));
  const geographicCount = total - 1 - strategicCount - distributorCount;

  // Geographic force first: its first lead is the demo profile.
  const geoTeams = Math.max(1, Math.round(geographicCount / 11));
  const map = planTerritories(geographicCount - geoTeams);
  const teamOfTerritory = partition(
    map.territories.map((t) => t.weight),
    geoTeams,
  );
  const territoryIds: string[] = [];
  const territoryReps: Rep[] = [];
  const teamNames = new Map<string, number>();
  let profileId = '';
  for (let g = 0; g < geoTeams; g++) {
    const mine = map.territories
      .map((t, i) => ({ t, i }))
      .filter(({ i }) => teamOfTerritory[i] === g);
    const countryNames = [...new Set(mine.flatMap(({ t }) => t.countries))].map(
      (code) => COUNTRIES.find((c) => c.code === code)?.name ?? code,
    );
    const label = `Field Sales ${countryNames.slice(0, 2).join(' & ')}${countryNames.length > 2 ? ' +' : ''}`;
    const seen = (teamNames.get(label) ?? 0) + 1;
    teamNames.set(label, seen);
    const teamId = ids.next();
    const home = mine[0]?.t.home ?? 'GB';
    const leadId = member(cultureOf(home), 'geographic', 'sales_manager', 'lead', teamId, null);
    team(teamId, seen > 1 ? `${label} ${seen}` : label, 'geographic', leadId, 'Territory reps');
    if (!profileId) profileId = leadId;
    for (const { t, i } of mine) {
      const territoryId = ids.next();
      w.write(territoriesTable, {
        id: territoryId,
        createdAt: ctx.created,
        name: t.name,
        rules: t.rules,
        teamId,
      });
      territoryIds[i] = territoryId;
      const culture = rng.chance(0.85) ? cultureOf(t.home) : cultures.pick(rng);
      territoryReps[i] = {
        id: member(culture, 'geographic', 'sales', 'rep', teamId, territoryId),
        leadId,
      };
    }
  }

  const strategic: StrategicTeam[] = [];
  const strategicTeams = Math.max(1, Math.round(strategicCount / 6));
  for (let s = 0; s < strategicTeams; s++) {
    const size =
      Math.floor(((s + 1) * strategicCount) / strategicTeams) -
      Math.floor((s * strategicCount) / strategicTeams);
    const theme = STRATEGIC_THEMES[s % STRATEGIC_THEMES.length] as string;
    const round = Math.floor(s / STRATEGIC_THEMES.length);
    const teamId = ids.next();
    const leadCulture = cultures.pick(rng);
    const leadId = member(leadCulture, 'strategic', 'sales_manager', 'lead', teamId, null);
    team(
      teamId,
      `Key Accounts ${theme}${round > 0 ? ` ${round + 1}` : ''}`,
      'strategic',
      leadId,
      'Sales, application and quality engineers partnering with key customers',
    );
    const unit: StrategicTeam = { id: teamId, leadId, sales: [], engineers: [], quality: [] };
    for (let m = 1; m < size; m++) {
      const fn = STRATEGIC_ROLES[(m - 1) % STRATEGIC_ROLES.length] as MemberFunction;
      const id = member(
        rng.chance(0.5) ? leadCulture : cultures.pick(rng),
        'strategic',
        fn,
        'rep',
        teamId,
        null,
      );
      if (fn === 'sales') unit.sales.push(id);
      else if (fn === 'application_engineer') unit.engineers.push(id);
      else if (fn === 'quality_engineer') unit.quality.push(id);
    }
    if (unit.sales.length === 0) unit.sales.push(leadId);
    strategic.push(unit);
  }

  const distributorReps: Rep[] = [];
  const channelTeams = Math.max(1, Math.round(distributorCount / 10));
  for (let d = 0; d < channelTeams; d++) {
    const size =
      Math.floor(((d + 1) * distributorCount) / channelTeams) -
      Math.floor((d * distributorCount) / channelTeams);
    const theme = CHANNEL_THEMES[d % CHANNEL_THEMES.length] as string;
    const round = Math.floor(d / CHANNEL_THEMES.length);
    const teamId = ids.next();
    const culture = cultures.pick(rng);
    const leadId = member(culture, 'distributor', 'channel_manager', 'lead', teamId, null);
    team(
      teamId,
      `Channel Partners ${theme}${round > 0 ? ` ${round + 1}` : ''}`,
      'distributor',
      leadId,
      'Reps serving distributors and dealers',
    );
    for (let m = 1; m < size; m++) {
      const id = member(
        rng.chance(0.6) ? culture : cultures.pick(rng),
        'distributor',
        'channel_manager',
        'rep',
        teamId,
        null,
      );
      distributorReps.push({ id, leadId });
    }
  }

  return {
    adminId,
    profileId,
    members: total,
    strategic,
    territoryReps,
    territoryIds,
    map,
    distributorReps,
  };
}
