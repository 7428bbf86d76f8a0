/**
 * Territory rules (issue 20): which territory an account falls in, by its country,
 * region, postcode, industry and kind. A territory's rule limits each dimension it
 * lists and leaves the others open; a rule that lists nothing matches no account (a
 * territory without rules is staffed by hand). Of the rules an account matches, the
 * most specific wins: the one that limits more dimensions, then the narrower postcode
 * entry. Equally specific winners are a tie, shown to the lead, never guessed.
 */

/** What territory rules read of an account. */
export interface Placed {
  readonly country: string | null;
  readonly region: string | null;
  readonly postcode: string | null;
  readonly industry: string | null;
  readonly kind: string;
}

export interface RuleSet {
  readonly countries: readonly string[];
  readonly regions: readonly string[];
  /** Each a prefix (`70`, every postcode that starts with it) or a range (`7000-7099`). */
  readonly postcodes: readonly string[];
  readonly industries: readonly string[];
  readonly accountKinds: readonly string[];
}

/** A postcode entry as a range of prefixes of one length: `70` is `70-70`. */
export interface PostcodeRange {
  readonly from: string;
  readonly to: string;
}

const DIGITS: Record<string, string> = Object.fromEntries(
  [...'۰۱۲۳۴۵۶۷۸۹', ...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i % 10)]),
);

/** A postcode as rules compare it: no spaces or dashes, upper case, Latin digits. */
export function normalPostcode(text: string): string {
  return text
    .replace(/[\s-]/g, '')
    .replace(/[۰-۹٠-٩]/g, (d) => DIGITS[d] ?? d)
    .toUpperCase();
}

/** A rule's postcode entry as a range, or null when it is not one (`7099-7000`, `70-7099`). */
export function postcodeRange(entry: string): PostcodeRange | null {
  const parts = entry.split('-').map((p) => normalPostcode(p));
  if (parts.length > 2 || parts.some((p) => !/^[0-9A-Z]+$/.test(p))) return null;
  const [from, to = from] = parts as [string, string?];
  if (from.length !== to.length || from > to) return null;
  return { from, to };
}

/** Whether two ranges share a postcode: compared on the prefix length both have. */
export function rangesOverlap(a: PostcodeRange, b: PostcodeRange): boolean {
  const n = Math.min(a.from.length, b.from.length);
  return a.from.slice(0, n) <= b.to.slice(0, n) && b.from.slice(0, n) <= a.to.slice(0, n);
}

const within = (code: string, r: PostcodeRange) => {
  const head = code.slice(0, r.from.length);
  return head.length === r.from.length && head >= r.from && head <= r.to;
};

const same = (a: string | null, list: readonly string[]) =>
  a !== null && list.some((v) => v.toLocaleLowerCase() === a.trim().toLocaleLowerCase());

/**
 * How specifically the rule places the account, or null when it does not: the number
 * of dimensions it limits, then how narrow the postcode entry that matched is.
 */
export function specificity(rules: RuleSet, account: Placed): number[] | null {
  let dimensions = 0;
  const checks: [readonly string[], () => boolean][] = [
    [rules.countries, () => same(account.country, rules.countries)],
    [rules.regions, () => same(account.region, rules.regions)],
    [rules.industries, () => same(account.industry, rules.industries)],
    [rules.accountKinds, () => rules.accountKinds.includes(account.kind)],
  ];
  for (const [list, matches] of checks) {
    if (list.length === 0) continue;
    if (!matches()) return null;
    dimensions += 1;
  }
  if (rules.postcodes.length === 0) return dimensions === 0 ? null : [dimensions, 0];
  const code = account.postcode ? normalPostcode(account.postcode) : '';
  const hits = rules.postcodes
    .map(postcodeRange)
    .filter((r): r is PostcodeRange => r !== null && within(code, r));
  if (hits.length === 0) return null;
  return [dimensions + 1, Math.max(...hits.map(narrowness))];
}

/**
 * How narrow a postcode entry is, as digits of postcode it fixes: its length less the
 * digits its range spans (`702` is 3, `7020-7039` about 2.7, `7000-7099` 2), to a
 * millionth so that equally narrow entries tie.
 */
const narrowness = (r: PostcodeRange) => {
  const numeric = /^\d+$/.test(r.from) && /^\d+$/.test(r.to);
  const span = numeric ? Number(r.to) - Number(r.from) + 1 : 1;
  return Math.round((r.from.length - Math.log10(span)) * 1e6) / 1e6;
};

const compare = (a: readonly number[], b: readonly number[]) => {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

/**
 * The territories an account falls in, most specific only: none, one (the
 * suggestion), or several equally specific (a tie, for the lead to settle).
 */
export function bestTerritories<T extends { readonly rules: RuleSet }>(
  territories: readonly T[],
  account: Placed,
): T[] {
  let best: number[] | null = null;
  let winners: T[] = [];
  for (const territory of territories) {
    const score = specificity(territory.rules, account);
    if (!score) continue;
    const order = best ? compare(score, best) : 1;
    if (order > 0) {
      best = score;
      winners = [territory];
    } else if (order === 0) winners.push(territory);
  }
  return winners;
}
