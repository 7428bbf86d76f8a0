/**
 * Cuts the map into geographic territories, one per rep, balanced by how many accounts
 * each place is expected to hold. Few reps: a territory is a run of whole regions.
 * Many reps: busy regions are split further by postcode prefix.
 */
import type { TerritoryRules } from '../../shared/domain/team';
import { CITIES, COUNTRIES, type City } from './places';
import { postcodePrefix } from './postcodes';

export interface TerritoryPlan {
  readonly name: string;
  readonly countries: readonly string[];
  /** ISO code of the country most of the territory lies in */
  readonly home: string;
  readonly rules: TerritoryRules;
  readonly weight: number;
}

export interface TerritoryMap {
  /** 10 or 100: how many postcode buckets each city has */
  readonly buckets: number;
  readonly territories: readonly TerritoryPlan[];
  /** territory index per city (by City.index) and bucket */
  readonly territoryOf: readonly Int32Array[];
}

interface Region {
  readonly country: string;
  readonly name: string;
  readonly cities: City[];
  weight: number;
}

/** Expected share of accounts per city: a country by its weight, then a city by its. */
export function cityShare(city: City): number {
  const countryTotal = COUNTRIES.reduce((sum, c) => sum + c.weight, 0);
  const cityTotal = city.country.cities.reduce((sum, c) => sum + c.weight, 0);
  return (city.country.weight / countryTotal) * (city.weight / cityTotal);
}

function regions(): Region[] {
  const out: Region[] = [];
  for (const city of CITIES) {
    const last = out[out.length - 1];
    if (last && last.country === city.country.code && last.name === city.region) {
      last.cities.push(city);
      last.weight += cityShare(city);
    } else {
      out.push({
        country: city.country.code,
        name: city.region,
        cities: [city],
        weight: cityShare(city),
      });
    }
  }
  return out;
}

/** Contiguous, non-empty groups of units with about equal weight; parts <= units. */
export function partition(weights: readonly number[], parts: number): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  const out: number[] = [];
  let before = 0;
  let prev = -1;
  weights.forEach((w, i) => {
    const ideal = Math.floor(((before + w / 2) / total) * parts);
    let part = Math.min(Math.max(ideal, prev < 0 ? 0 : prev), prev + 1);
    part = Math.max(part, parts - (weights.length - i));
    out.push(part);
    prev = part;
    before += w;
  });
  return out;
}

function rules(countries: string[], regionNames: string[], postcodes: string[]): TerritoryRules {
  return { countries, regions: regionNames, postcodes, industries: [], accountKinds: [] };
}

/** Postcode prefixes for a set of a city's buckets, merged where a whole digit is covered. */
function prefixes(city: City, covered: number[], buckets: number): string[] {
  if (covered.length === buckets) return [city.prefix];
  if (buckets === 10) return covered.map((b) => postcodePrefix(city, b, 10));
  const out: string[] = [];
  for (let tens = 0; tens < 10; tens++) {
    const inDigit = covered.filter((b) => Math.floor(b / 10) === tens);
    if (inDigit.length === 10) out.push(postcodePrefix(city, tens, 10));
    else for (const b of inDigit) out.push(postcodePrefix(city, b, 100));
  }
  return out;
}

/**
 * Territory index per region. Once there are at least as many territories as
 * countries, none crosses a border: each country gets territories by its weight.
 */
function groupRegions(list: Region[], count: number): number[] {
  const codes = [...new Set(list.map((r) => r.country))];
  if (count < codes.length)
    return partition(
      list.map((r) => r.weight),
      count,
    );
  const regionsOf = codes.map((code) => list.filter((r) => r.country === code));
  const weightOf = regionsOf.map((rs) => rs.reduce((sum, r) => sum + r.weight, 0));
  const parts = codes.map(() => 1);
  for (let given = codes.length; given < count; given++) {
    let best = -1;
    parts.forEach((n, c) => {
      const room = n < (regionsOf[c]?.length ?? 0);
      if (
        room &&
        (best < 0 ||
          (weightOf[c] ?? 0) / (n + 1) > (weightOf[best] ?? 0) / ((parts[best] ?? 0) + 1))
      )
        best = c;
    });
    if (best < 0) break;
    parts[best] = (parts[best] ?? 0) + 1;
  }
  const groupOf = new Array<number>(list.length).fill(0);
  let offset = 0;
  codes.forEach((code, c) => {
    const indexes = list.flatMap((r, i) => (r.country === code ? [i] : []));
    const local = partition(
      indexes.map((i) => list[i]?.weight ?? 0),
      parts[c] ?? 1,
    );
    indexes.forEach((i, k) => (groupOf[i] = offset + (local[k] ?? 0)));
    offset += parts[c] ?? 1;
  });
  return groupOf;
}

function wholeRegions(list: Region[], count: number, buckets: number): TerritoryMap {
  const groupOf = groupRegions(list, count);
  const territoryOf = CITIES.map(() => new Int32Array(buckets));
  const territories: TerritoryPlan[] = [];
  for (let t = 0; t < count; t++) {
    const mine = list.filter((_, i) => groupOf[i] === t);
    const countries = [...new Set(mine.map((r) => r.country))];
    const labels = countries.map((code) => {
      const country = COUNTRIES.find((c) => c.code === code);
      const inCountry = mine.filter((r) => r.country === code);
      const all = list.filter((r) => r.country === code).length === inCountry.length;
      return all && country ? country.name : inCountry.map((r) => r.name).join(', ');
    });
    for (const region of mine) for (const city of region.cities) territoryOf[city.index]?.fill(t);
    territories.push({
      name: labels.join(' · '),
      countries,
      home: countries[0] ?? 'GB',
      rules: rules(
        countries,
        mine.map((r) => r.name),
        [],
      ),
      weight: mine.reduce((sum, r) => sum + r.weight, 0),
    });
  }
  return { buckets, territories, territoryOf };
}

/** Plans `count` territories (count >= 1). */
export function planTerritories(count: number): TerritoryMap {
  const list = regions();
  const buckets = count > 200 ? 100 : 10;
  if (count <= list.length) return wholeRegions(list, count, buckets);

  // Every region gets a rep; the rest go where each rep would carry the most accounts.
  const reps = list.map(() => 1);
  for (let extra = count - list.length; extra > 0; extra--) {
    let best = -1;
    let load = -1;
    list.forEach((r, i) => {
      const k = reps[i] as number;
      if (k < r.cities.length * buckets && r.weight / k > load) {
        load = r.weight / k;
        best = i;
      }
    });
    if (best < 0) throw new Error(`Cannot cut ${count} territories`);
    reps[best] = (reps[best] as number) + 1;
  }

  const territoryOf = CITIES.map(() => new Int32Array(buckets));
  const territories: TerritoryPlan[] = [];
  list.forEach((region, r) => {
    const k = reps[r] as number;
    const first = territories.length;
    if (k === 1) {
      for (const city of region.cities) territoryOf[city.index]?.fill(first);
      territories.push({
        name: region.name,
        countries: [region.country],
        home: region.country,
        rules: rules([region.country], [region.name], []),
        weight: region.weight,
      });
      return;
    }
    const units: { city: City; bucket: number; weight: number }[] = [];
    for (const city of region.cities) {
      const share = cityShare(city) / buckets;
      for (let b = 0; b < buckets; b++) units.push({ city, bucket: b, weight: share });
    }
    const part = partition(
      units.map((u) => u.weight),
      k,
    );
    for (let j = 0; j < k; j++) {
      const mine = units.filter((_, i) => part[i] === j);
      const postcodes: string[] = [];
      for (const city of region.cities) {
        const covered = mine.filter((u) => u.city === city).map((u) => u.bucket);
        if (covered.length > 0) postcodes.push(...prefixes(city, covered, buckets));
        for (const b of covered) (territoryOf[city.index] as Int32Array)[b] = first + j;
      }
      territories.push({
        name: `${region.name} ${j + 1}`,
        countries: [region.country],
        home: region.country,
        rules: rules([region.country], [region.name], postcodes),
        weight: mine.reduce((sum, u) => sum + u.weight, 0),
      });
    }
  });
  return { buckets, territories, territoryOf };
}
