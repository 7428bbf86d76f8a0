import { describe, expect, it } from 'vitest';
import { TerritoryRules } from '../../../src/shared/domain/team';
import { postcodeRange, type Placed, type RuleSet } from '../../../src/shared/rules/territory';
import { bestTerritories } from '../../../src/shared/rules/territoryIndex';

const rules = (over: Partial<RuleSet>): RuleSet => ({
  countries: [],
  regions: [],
  postcodes: [],
  industries: [],
  accountKinds: [],
  ...over,
});
const place = (over: Partial<Placed>): Placed => ({
  country: 'NO',
  region: 'Trøndelag',
  postcode: '7029',
  industry: 'Packaging',
  kind: 'customer',
  ...over,
});
const names = (territories: { name: string }[]) => territories.map((t) => t.name);

describe('which territory an account falls in', () => {
  const norway = { name: 'Norway', rules: rules({ countries: ['NO'] }) };
  const trondelag = {
    name: 'Trøndelag',
    rules: rules({ countries: ['NO'], regions: ['trøndelag'] }),
  };
  const trondheim = {
    name: 'Trondheim',
    rules: rules({ countries: ['NO'], regions: ['Trøndelag'], postcodes: ['7000-7099'] }),
  };

  it('gives the most specific rule: more dimensions limited, then the narrower postcode entry', () => {
    expect(names(bestTerritories([norway, trondelag], place({})))).toEqual(['Trøndelag']);
    expect(names(bestTerritories([norway, trondelag, trondheim], place({})))).toEqual([
      'Trondheim',
    ]);
    const centre = {
      name: 'Centre',
      rules: rules({ countries: ['NO'], regions: ['Trøndelag'], postcodes: ['702'] }),
    };
    expect(names(bestTerritories([trondheim, centre], place({})))).toEqual(['Centre']);
    const narrow = {
      name: 'Narrow',
      rules: rules({ countries: ['NO'], regions: ['Trøndelag'], postcodes: ['7020-7039'] }),
    };
    expect(names(bestTerritories([trondheim, narrow], place({})))).toEqual(['Narrow']);
  });

  it('shows a tie instead of guessing', () => {
    const packaging = {
      name: 'Packaging NO',
      rules: rules({ countries: ['NO'], industries: ['Packaging'] }),
    };
    expect(names(bestTerritories([trondelag, packaging], place({})))).toEqual([
      'Trøndelag',
      'Packaging NO',
    ]);
  });

  it('places no account by a rule that lists nothing, and none outside a listed dimension', () => {
    const empty = { name: 'Anything', rules: rules({}) };
    expect(bestTerritories([empty], place({}))).toEqual([]);
    expect(bestTerritories([trondheim], place({ postcode: '5003' }))).toEqual([]);
    expect(bestTerritories([trondheim], place({ postcode: null }))).toEqual([]);
    const distributors = { name: 'Channel', rules: rules({ accountKinds: ['distributor'] }) };
    expect(bestTerritories([distributors], place({}))).toEqual([]);
    expect(names(bestTerritories([distributors], place({ kind: 'distributor' })))).toEqual([
      'Channel',
    ]);
  });

  it('reads a postcode with spaces or Persian digits as the same postcode', () => {
    const tehran = { name: 'Tehran', rules: rules({ countries: ['IR'], postcodes: ['14'] }) };
    expect(
      names(bestTerritories([tehran], place({ country: 'IR', postcode: '۱۴۱۵۵ ۶۶۱۹' }))),
    ).toEqual(['Tehran']);
  });
});

describe('a territory rule as a lead writes it', () => {
  it('takes prefixes and ranges', () => {
    expect(postcodeRange('70')).toEqual({ from: '70', to: '70' });
    expect(postcodeRange('7000-7099')).toEqual({ from: '7000', to: '7099' });
    expect(TerritoryRules.safeParse({ postcodes: ['70', '7100-7199'] }).success).toBe(true);
  });

  it('refuses an invalid range and an overlap, naming the entries', () => {
    const bad = TerritoryRules.safeParse({ postcodes: ['7099-7000', '70-7099', 'abc!'] });
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'postcodes.0',
        'Postcode 7099-7000 is not a postcode or a range like 7000-7099 (both ends as long, the lower first)',
      ],
      [
        'postcodes.1',
        'Postcode 70-7099 is not a postcode or a range like 7000-7099 (both ends as long, the lower first)',
      ],
      [
        'postcodes.2',
        'Postcode abc! is not a postcode or a range like 7000-7099 (both ends as long, the lower first)',
      ],
    ]);
    const overlap = TerritoryRules.safeParse({ postcodes: ['7000-7099', '705'] });
    expect(overlap.error?.issues.map((i) => i.message)).toEqual([
      'Postcodes 7000-7099 and 705 overlap: each postcode belongs in one entry',
    ]);
  });
});
