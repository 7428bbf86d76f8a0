/**
 * Accounts, one at a time, each with its contacts, coverage and history. Global
 * customers come with their sites right after them (parent_id), often abroad.
 */
import { accountsTable } from '../../shared/domain/account';
import type { Tier } from '../../shared/domain/enums';
import { writeInteractions } from './activity';
import { CompanyNamer } from './companies';
import { writeOpportunities, writePurchases, type Catalogue } from './commerce';
import { writeContacts } from './contacts';
import { writeAgreements, writeAssessments } from './outcomes';
import { phoneNumber, RATES, type AccountState, type Context } from './context';
import { writeCoverage, type Coverage } from './coverage';
import { arabicize } from './names';
import type { Org, StrategicTeam } from './org';
import type { City, Culture } from './places';
import { persianDigits, postcode } from './postcodes';
import {
  CAPABILITIES,
  COST,
  CULTURES,
  CUSTOMER_LIFE,
  KINDS,
  NEEDS,
  NOTES,
  PARTNER_LIFE,
  PLACES,
  POTENTIAL,
  STYLES,
  TIERS,
} from './traits';

interface Group {
  id: string;
  name: string;
  slug: string;
  culture: Culture;
  arabic: boolean;
  city: City;
  industry: string;
  team: StrategicTeam | null;
  remaining: number;
}

/** Counts that keep the totals at or above a per-account floor while varying per account. */
export function atLeast(
  natural: number,
  floor: number,
  index: number,
  total: number,
  last: boolean,
  slack: number,
): number {
  const needed = floor * (index + 1) - (last ? 0 : slack) - total;
  return Math.max(natural, needed);
}

export class AccountWriter {
  private readonly namer = new CompanyNamer();
  private group: Group | null = null;
  private contacts = 0;
  private interactions = 0;
  private readonly a: AccountState = {
    id: '',
    name: '',
    kind: 'customer',
    tier: 'C',
    force: 'geographic',
    lifecycle: 'active',
    style: 'balanced',
    culture: 'en',
    currency: 'EUR',
    rate: 1,
    ownerId: '',
    helperId: null,
    since: 0,
    contactIds: [],
  };

  constructor(
    private readonly ctx: Context,
    private readonly org: Org,
    private readonly total: number,
    private readonly catalogue: Catalogue,
  ) {}

  write(index: number): void {
    const { ctx, org, a } = this;
    const { rng, ids, cal, w } = ctx;
    const group = this.group && this.group.remaining > 0 ? this.group : null;
    const left = this.total - index;
    const startsGroup = group === null && left >= 3 && rng.chance(0.06);

    let city: City;
    let name: string;
    let slug: string;
    let industry: string;
    let arabic: boolean;
    a.kind = group || startsGroup ? 'customer' : KINDS.pick(rng);
    if (group) {
      group.remaining--;
      city = rng.chance(0.6) ? PLACES.pick(rng) : group.city;
      a.culture = group.culture;
      arabic = group.arabic;
      name = this.namer.site(group.name, city, arabic);
      slug = group.slug;
      industry = group.industry;
      a.tier = rng.pick<Tier>(['A', 'B', 'B', 'B', 'C']);
    } else {
      city = PLACES.pick(rng);
      a.culture = rng.chance(0.9)
        ? city.country.culture
        : rng.chance(0.6)
          ? 'en'
          : CULTURES.pick(rng);
      arabic = a.culture === 'fa' && rng.chance(0.35);
      const company = this.namer.next(rng, a.culture, city, a.kind === 'distributor', arabic);
      name = company.name;
      slug = company.slug;
      industry = company.industry;
      a.tier = startsGroup ? 'A' : TIERS[a.kind].pick(rng);
    }
    const country = city.country;
    a.id = ids.next();
    a.name = name;
    a.force =
      a.kind === 'distributor'
        ? 'distributor'
        : a.tier === 'A' || (group?.team && a.tier === 'B' && rng.chance(0.5))
          ? 'strategic'
          : 'geographic';
    a.lifecycle =
      a.kind === 'prospect'
        ? 'prospect'
        : a.kind === 'customer'
          ? CUSTOMER_LIFE.pick(rng)
          : PARTNER_LIFE.pick(rng);
    a.style = STYLES[a.tier].pick(rng);
    a.currency = country.currency;
    a.rate = RATES[country.currency] ?? 1;
    a.since =
      a.kind === 'prospect'
        ? rng.int(20, 700)
        : a.lifecycle === 'active'
          ? rng.int(60, 3650)
          : rng.int(500, 3650);

    const bucket = rng.int(0, org.map.buckets - 1);
    const territory = (org.map.territoryOf[city.index] as Int32Array)[bucket] as number;
    const number = rng.int(1, 250);
    const street = rng.pick(country.streets);
    let address =
      country.culture === 'fa'
        ? `${street}، پلاک ${persianDigits(number)}`
        : country.numberFirst
          ? `${number} ${street}`
          : `${street} ${number}`;
    let cityName = city.name;
    if (arabic) {
      address = arabicize(address);
      cityName = arabicize(cityName);
    }
    const domainSlug = slug || `site${index}`;
    const domain = `${domainSlug}.${country.tld}`;
    const [cost, potential] = [COST[a.tier], POTENTIAL[a.tier]];
    // A customer's relationship often predates the account in this book (an import).
    const customerSince =
      a.kind === 'customer' ? cal.day(a.since + (rng.chance(0.5) ? rng.int(0, 3000) : 0)) : null;
    w.write(accountsTable, {
      id: a.id,
      createdAt: cal.at(a.since, 4),
      archived: a.lifecycle === 'ended' && rng.chance(0.4),
      name,
      kind: a.kind,
      parentId: group?.id ?? null,
      industry,
      country: country.code,
      region: city.region,
      city: cityName,
      postcode: postcode(rng, city, bucket, org.map.buckets),
      address,
      website: slug ? `https://www.${domain}` : null,
      phone: phoneNumber(ctx, country.dial),
      lifecycle: a.lifecycle,
      relationshipStyle: a.style,
      tier: a.tier,
      salesForce: a.force,
      territoryId: a.force === 'geographic' ? (org.territoryIds[territory] as string) : null,
      costToServe: Math.round((rng.amount(cost[0], cost[1], 100) * a.rate) / 100) * 100,
      profitPotential:
        Math.round((rng.amount(potential[0], potential[1], 1000) * a.rate) / 1000) * 1000,
      currency: a.currency,
      needs: rng.chance(0.3) ? rng.pick(NEEDS) : null,
      capabilities: rng.chance(0.25) ? rng.pick(CAPABILITIES) : null,
      customerSince,
      notes: rng.chance(0.2) ? rng.pick(NOTES) : null,
    });
    // The owner is the account's current owner assignment (DESIGN §9).
    const cover: Coverage = { team: group?.team ?? null, territory };
    writeCoverage(ctx, org, a, cover, startsGroup);

    if (startsGroup) {
      this.group = {
        id: a.id,
        name,
        slug,
        culture: a.culture,
        arabic,
        city,
        industry,
        team: cover.team,
        remaining: Math.min(rng.int(2, 6), left - 1),
      };
    }

    const last = index === this.total - 1;
    const naturalContacts = a.tier === 'A' ? rng.int(3, 6) : rng.int(2, 4);
    const contactCount = atLeast(naturalContacts, 3, index, this.contacts, last, 1);
    writeContacts(ctx, a, contactCount, domain, country.dial, () => CULTURES.pick(rng));
    this.contacts += contactCount;

    const naturalTalk =
      a.kind === 'prospect'
        ? rng.int(4, 10)
        : a.tier === 'A'
          ? rng.int(14, 24)
          : a.tier === 'B'
            ? rng.int(9, 15)
            : rng.int(5, 11);
    const talkCount = atLeast(naturalTalk, 10, index, this.interactions, last, 5);
    writeInteractions(ctx, a, talkCount);
    this.interactions += talkCount;

    writePurchases(ctx, a);
    writeOpportunities(ctx, a, this.catalogue);
    writeAssessments(ctx, a);
    writeAgreements(ctx, a);
  }
}
