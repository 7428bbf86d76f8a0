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

const NORMAL = /^[0-9A-Z]*$/;

/** A postcode as rules compare it: no spaces or dashes, upper case, Latin digits. */
export function normalPostcode(text: string): string {
  if (NORMAL.test(text)) return text;
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

/** A rule set read once: folded values to look up, postcode ranges with their narrowness. */
export interface CompiledRule {
  readonly countries: ReadonlySet<string> | null;
  readonly regions: ReadonlySet<string> | null;
  readonly industries: ReadonlySet<string> | null;
  readonly kinds: ReadonlySet<string> | null;
  readonly postcodes: readonly { range: PostcodeRange; narrowness: number }[] | null;
  /** How many of country, region, industry and kind it limits. */
  readonly dimensions: number;
  /** Whether the rule limits anything: one that lists nothing places no account. */
  readonly limits: boolean;
}

/** A value as rules compare it: case folded (an account's is also trimmed). */
export const folded = (value: string): string => value.toLocaleLowerCase();

const setOf = (list: readonly string[], fold: (v: string) => string) =>
  list.length === 0 ? null : new Set(list.map(fold));

export function compileRule(rules: RuleSet): CompiledRule {
  const sets = {
    countries: setOf(rules.countries, folded),
    regions: setOf(rules.regions, folded),
    industries: setOf(rules.industries, folded),
    kinds: setOf(rules.accountKinds, (k) => k),
  };
  const postcodes =
    rules.postcodes.length === 0
      ? null
      : rules.postcodes
          .map(postcodeRange)
          .filter((r): r is PostcodeRange => r !== null)
          .map((range) => ({ range, narrowness: narrowness(range) }));
  const dimensions = Object.values(sets).filter((s) => s !== null).length;
  return { ...sets, postcodes, dimensions, limits: dimensions > 0 || postcodes !== null };
}

/** An account as compiled rules read it: values folded, the postcode normalised, once. */
export interface PlacedKey {
  readonly country: string | null;
  readonly region: string | null;
  readonly industry: string | null;
  readonly kind: string;
  readonly postcode: string;
}

/** `fold` turns an account's value as stored into the one rules compare (see `foldedValue`). */
export function keyOf(account: Placed, fold: (v: string) => string = foldedValue): PlacedKey {
  return {
    country: account.country === null ? null : fold(account.country),
    region: account.region === null ? null : fold(account.region),
    industry: account.industry === null ? null : fold(account.industry),
    kind: account.kind,
    postcode: account.postcode ? normalPostcode(account.postcode) : '',
  };
}

/** An account's value as rules compare it: trimmed and case folded. */
export const foldedValue = (value: string): string => folded(value.trim());

const inSet = (set: ReadonlySet<string> | null, value: string | null) =>
  set === null || (value !== null && set.has(value));

/** Whether the account's industry and kind are the rule's (or the rule leaves them open). */
export const industryAndKindMatch = (rule: CompiledRule, key: PlacedKey): boolean =>
  inSet(rule.industries, key.industry) && inSet(rule.kinds, key.kind);

/**
 * How specifically the rule places the account, or null when it does not: the number
 * of dimensions it limits, then how narrow the postcode entry that matched is.
 */
export function specificity(rules: RuleSet, account: Placed): number[] | null {
  const rule = compileRule(rules);
  const key = keyOf(account);
  if (!rule.limits || !inSet(rule.countries, key.country) || !inSet(rule.regions, key.region)) {
    return null;
  }
  if (!industryAndKindMatch(rule, key)) return null;
  if (rule.postcodes === null) return [rule.dimensions, 0];
  const hits = rule.postcodes.filter(({ range }) => within(key.postcode, range));
  if (hits.length === 0) return null;
  return [rule.dimensions + 1, Math.max(...hits.map((h) => h.narrowness))];
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
