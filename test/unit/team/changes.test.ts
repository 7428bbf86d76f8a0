import { describe, expect, it } from 'vitest';
import { TerritoryUpdate } from '../../../src/shared/domain/team';
import { check } from '../../../src/renderer/src/account360/fieldErrors';
import { changedFields, errorOf } from '../../../src/renderer/src/team/changes';

describe('the team editors', () => {
  it('send only what was changed, rules compared whole', () => {
    const stored = {
      id: 't1',
      name: 'Nordland',
      teamId: 'north',
      rules: { countries: ['NO'], regions: [], postcodes: [], industries: [], accountKinds: [] },
    };
    const same = { name: 'Nordland', teamId: 'north', rules: { ...stored.rules } };
    expect(changedFields(stored, same)).toEqual({});
    const rules = { ...stored.rules, postcodes: ['8000-8099'] };
    expect(changedFields(stored, { ...same, rules })).toEqual({ rules });
  });

  it('name a bad postcode entry under the postcodes field', () => {
    const parsed = check(TerritoryUpdate, {
      id: '0190a1b2-0000-7000-8000-000000000001',
      patch: { rules: { postcodes: ['7000-7099', '7050'] } },
    });
    const errors = parsed.ok ? {} : parsed.errors;
    expect(errorOf(errors, 'rules.postcodes')).toBe(
      'Postcodes 7000-7099 and 7050 overlap: each postcode belongs in one entry',
    );
    expect(errorOf(errors, 'rules.regions')).toBeUndefined();
  });
});
