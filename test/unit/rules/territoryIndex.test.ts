import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { specificity, type Placed, type RuleSet } from '../../../src/shared/rules/territory';
import { territoryIndex } from '../../../src/shared/rules/territoryIndex';

/** The rule as written: every territory's specificity, the highest kept, ties and all. */
function reference<T extends { rules: RuleSet }>(territories: readonly T[], account: Placed): T[] {
  const scored = territories
    .map((territory) => ({ territory, score: specificity(territory.rules, account) }))
    .filter((s): s is { territory: T; score: number[] } => s.score !== null);
  const higher = (a: number[], b: number[]) => a[0]! - b[0]! || a[1]! - b[1]!;
  const best = scored.reduce<number[] | null>(
    (top, s) => (top === null || higher(s.score, top) > 0 ? s.score : top),
    null,
  );
  return scored.filter((s) => best && higher(s.score, best) === 0).map((s) => s.territory);
}

const some = <T>(values: readonly T[]) =>
  fc.uniqueArray(fc.constantFrom(...values), { maxLength: 2 });
const postcodeEntry = fc.oneof(
  fc.constantFrom('7', '70', '701', '7020', 'E1', 'E12'),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 20 }))
    .map(
      ([from, span]) =>
        `${String(from).padStart(2, '0')}-${String(Math.min(99, from + span)).padStart(2, '0')}`,
    ),
);
const rules: fc.Arbitrary<RuleSet> = fc.record({
  countries: some(['NO', 'no', 'SE']),
  regions: some(['Trøndelag', 'TRØNDELAG', 'Viken']),
  postcodes: fc.array(postcodeEntry, { maxLength: 3 }),
  industries: some(['Packaging', 'Energy']),
  accountKinds: some(['customer', 'distributor']),
});
const account: fc.Arbitrary<Placed> = fc.record({
  country: fc.constantFrom('NO', ' no ', 'SE', 'DK', null),
  region: fc.constantFrom('Trøndelag', 'trøndelag', 'Viken', null),
  postcode: fc.constantFrom('7020', '7 0 2 9', '0150', 'E12 3AB', '۷۰۲۹', '', null),
  industry: fc.constantFrom('Packaging', 'energy', null),
  kind: fc.constantFrom('customer', 'distributor'),
});

describe('the territory index', () => {
  it('finds exactly the territories the rule as written finds, in their order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ name: fc.string(), rules }), { maxLength: 12 }),
        fc.array(account, { minLength: 1, maxLength: 8 }),
        (territories, accounts) => {
          const index = territoryIndex(territories);
          for (const a of accounts) expect(index.best(a)).toEqual(reference(territories, a));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts a territory once when two of its postcode entries contain the account', () => {
    const wide = { name: 'Wide', rules: { ...none, countries: ['NO'], postcodes: ['70', '7020'] } };
    expect(territoryIndex([wide]).best(place)).toEqual([wide]);
  });
});

const none: RuleSet = {
  countries: [],
  regions: [],
  postcodes: [],
  industries: [],
  accountKinds: [],
};
const place: Placed = {
  country: 'NO',
  region: 'Trøndelag',
  postcode: '7020',
  industry: null,
  kind: 'customer',
};
