import {
  compileRule,
  foldedValue,
  industryAndKindMatch,
  keyOf,
  type CompiledRule,
  type Placed,
  type PlacedKey,
  type RuleSet,
} from './territory';

/**
 * The most specific territories for many accounts (src/shared/rules/territory.ts), with
 * each rule read once. Rules are filed by the country and region they name, so an
 * account meets only the rules of its own country and region (and those that leave
 * either open); within that, postcode entries are filed by length in order, so an
 * account's postcode finds the entries that contain it by binary search instead of
 * trying each. A run over a whole book against a thousand rules then costs a few
 * lookups per account.
 */
export interface TerritoryIndex<T> {
  /** The territories that place the account most specifically, in the territories' order. */
  best(account: Placed): T[];
}

interface Entry<T> {
  readonly order: number;
  readonly territory: T;
  readonly rule: CompiledRule;
}

/** Postcode entries of one length, by their lower end; `reach`: the highest upper end so far. */
interface Ranges<T> {
  readonly length: number;
  readonly items: {
    from: string;
    to: string;
    reach: string;
    narrowness: number;
    entry: Entry<T>;
  }[];
}

/** The rules filed under one country and region: those without postcodes, and the entries. */
interface Bucket<T> {
  readonly plain: Entry<T>[];
  readonly ranges: Ranges<T>[];
}

/** Stands for "any" where a rule leaves its country or region open (no folded value is empty). */
const ANY = '';

export function territoryIndex<T extends { readonly rules: RuleSet }>(
  territories: readonly T[],
): TerritoryIndex<T> {
  const buckets = new Map<string, Map<string, Bucket<T>>>();
  const bucketAt = (country: string, region: string) => {
    const regions = buckets.get(country) ?? new Map<string, Bucket<T>>();
    buckets.set(country, regions);
    const found = regions.get(region) ?? { plain: [], ranges: [] };
    regions.set(region, found);
    return found;
  };
  territories.forEach((territory, order) => {
    const rule = compileRule(territory.rules);
    if (!rule.limits) return;
    const entry = { order, territory, rule };
    for (const country of rule.countries ?? [ANY]) {
      for (const region of rule.regions ?? [ANY]) file(bucketAt(country, region), entry);
    }
  });
  for (const regions of buckets.values()) for (const bucket of regions.values()) seal(bucket);
  // An account's values repeat across a book: each is folded once.
  const foldings = new Map<string, string>();
  const fold = (v: string) => {
    let f = foldings.get(v);
    if (f === undefined) foldings.set(v, (f = foldedValue(v)));
    return f;
  };
  return {
    best(account) {
      const key = keyOf(account, fold);
      const run: Run<T> = { key, dimensions: -1, narrowness: -1, winners: [] };
      if (key.country) searchCountry(buckets.get(key.country), run);
      searchCountry(buckets.get(ANY), run);
      const { winners } = run;
      if (winners.length < 2) return winners.map((w) => w.territory);
      // An entry with two postcode entries that contain the account is one winner.
      return [...new Set(winners)].sort((a, b) => a.order - b.order).map((w) => w.territory);
    },
  };
}

/** One account's search: its key, the best specificity so far and the entries that have it. */
interface Run<T> {
  readonly key: PlacedKey;
  dimensions: number;
  narrowness: number;
  winners: Entry<T>[];
}

/** Offers the rules filed under a country (or under none) that place the account. */
function searchCountry<T>(regions: Map<string, Bucket<T>> | undefined, run: Run<T>): void {
  if (!regions) return;
  const own = run.key.region ? regions.get(run.key.region) : undefined;
  if (own) search(own, run);
  const open = regions.get(ANY);
  if (open) search(open, run);
}

/** Offers the bucket's rules that place the account to the run. */
function search<T>(bucket: Bucket<T>, run: Run<T>): void {
  for (const entry of bucket.plain) offer(run, entry, entry.rule.dimensions, 0);
  for (const { length, items } of bucket.ranges) {
    const head = run.key.postcode.slice(0, length);
    if (head.length < length) continue;
    // The entries whose lower end is at most the head, from the last one back, while
    // any of them still reaches it.
    for (let i = lastAtMost(items, head); i >= 0 && items[i]!.reach >= head; i--) {
      const item = items[i]!;
      if (item.to >= head) offer(run, item.entry, item.entry.rule.dimensions + 1, item.narrowness);
    }
  }
}

/** A rule whose country, region and postcode place the account, with its specificity. */
function offer<T>(run: Run<T>, entry: Entry<T>, dimensions: number, narrowness: number): void {
  const order =
    dimensions !== run.dimensions ? dimensions - run.dimensions : narrowness - run.narrowness;
  if (order < 0 || !industryAndKindMatch(entry.rule, run.key)) return;
  if (order > 0) {
    run.dimensions = dimensions;
    run.narrowness = narrowness;
    run.winners = [];
  }
  run.winners.push(entry);
}

function file<T>(bucket: Bucket<T>, entry: Entry<T>): void {
  if (entry.rule.postcodes === null) {
    bucket.plain.push(entry);
    return;
  }
  for (const { range, narrowness } of entry.rule.postcodes) {
    let ranges = bucket.ranges.find((r) => r.length === range.from.length);
    if (!ranges) bucket.ranges.push((ranges = { length: range.from.length, items: [] }));
    ranges.items.push({ from: range.from, to: range.to, reach: range.to, narrowness, entry });
  }
}

/** Orders each length's entries by their lower end and notes how far each prefix reaches. */
function seal<T>(bucket: Bucket<T>): void {
  for (const { items } of bucket.ranges) {
    items.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    items.forEach((item, i) => {
      const before = items[i - 1]?.reach;
      item.reach = before !== undefined && before > item.to ? before : item.to;
    });
  }
}

/** The index of the last item whose lower end is at most `head`, or -1. */
function lastAtMost(items: readonly { from: string }[], head: string): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.from <= head) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The territories an account falls in, most specific only: none, one (the
 * suggestion), or several equally specific (a tie, for the lead to settle).
 */
export function bestTerritories<T extends { readonly rules: RuleSet }>(
  territories: readonly T[],
  account: Placed,
): T[] {
  return territoryIndex(territories).best(account);
}
