import { describe, expect, it } from 'vitest';
import {
  coverageRefusal,
  inForce,
  overlaps,
  splitRefusal,
  templateGaps,
  type Cover,
} from '../../../src/shared/rules/coverage';

const cover = (id: string, over: Partial<Cover> = {}): Cover => ({
  id,
  memberName: `Member ${id}`,
  isOwner: false,
  overlay: false,
  creditShare: 0,
  validFrom: '2026-01-01',
  validTo: null,
  ...over,
});
const TODAY = '2026-06-15';

describe('two assignments in force together', () => {
  it('meet on a common day, but not on the day one ends and the other starts', () => {
    const old = { validFrom: '2026-01-01', validTo: TODAY };
    expect(overlaps(old, { validFrom: TODAY, validTo: null })).toBe(false);
    expect(overlaps(old, { validFrom: '2026-06-14', validTo: null })).toBe(true);
    expect(overlaps(old, { validFrom: '2026-06-16', validTo: null })).toBe(false);
    expect(overlaps({ validFrom: '2027-01-01', validTo: null }, old)).toBe(false);
  });

  it('on a hand-over day, the incoming owner is in force and the outgoing one is not', () => {
    const outgoing = cover('a', { isOwner: true, validTo: TODAY, creditShare: 100 });
    const incoming = cover('b', { isOwner: true, validFrom: TODAY, creditShare: 100 });
    expect(inForce([outgoing, incoming], TODAY).map((c) => c.id)).toEqual(['b']);
    // On its own, an assignment ending today still covers today.
    expect(inForce([outgoing], TODAY).map((c) => c.id)).toEqual(['a']);
    expect(inForce([outgoing, incoming], '2026-06-14').map((c) => c.id)).toEqual(['a']);
  });
});

describe('a day of several staffings', () => {
  it('counts only the last cover of the day, never two generations at once', () => {
    const first = cover('a', { isOwner: true, creditShare: 100, validTo: TODAY });
    const second = cover('b', {
      isOwner: true,
      creditShare: 100,
      validFrom: TODAY,
      validTo: TODAY,
    });
    // Replaced today, then ended today: the replacement has its last day, alone (not 200%).
    expect(inForce([first, second], TODAY).map((c) => c.id)).toEqual(['b']);
    const third = cover('c', { isOwner: true, creditShare: 100, validFrom: TODAY });
    expect(inForce([first, second, third], TODAY).map((c) => c.id)).toEqual(['c']);
  });
});

describe('the coverage rule', () => {
  const owner = cover('o', { isOwner: true, creditShare: 100 });

  it('lets an owner handed over today give its share to the one starting today', () => {
    const ended = { ...owner, validTo: TODAY };
    const next = cover('n', { isOwner: true, creditShare: 100, validFrom: TODAY });
    expect(coverageRefusal(next, [ended], TODAY, 'Acme')).toBeNull();
  });

  it('refuses a share over 100% with the account, the total and what is given', () => {
    expect(coverageRefusal(cover('n', { creditShare: 30 }), [owner], TODAY, 'Acme')).toEqual({
      field: 'creditShare',
      message: 'Credit shares for Acme would add up to 130% (at most 100%; 100% is already given)',
    });
  });

  it('counts overlay shares on top of the 100%', () => {
    const overlay = cover('v', { overlay: true, creditShare: 50 });
    expect(coverageRefusal(overlay, [owner], TODAY, 'Acme')).toBeNull();
    expect(coverageRefusal({ ...owner, id: 'x' }, [overlay], TODAY, 'Acme')).toBeNull();
  });

  it('refuses a second owner in force, naming the first', () => {
    const second = cover('s', { isOwner: true });
    expect(coverageRefusal(second, [owner], TODAY, 'Acme')?.message).toBe(
      'Member o already owns this account; hand it over instead (set a new owner)',
    );
  });

  it('lets alone what ended before today, and what ends on the day the new one starts', () => {
    const past = { ...owner, validTo: '2026-06-14' };
    expect(
      coverageRefusal(cover('n', { isOwner: true, creditShare: 100 }), [past], TODAY, 'A'),
    ).toBeNull();
    const later = cover('l', { isOwner: true, creditShare: 100, validFrom: '2026-09-01' });
    const untilThen = { ...owner, validTo: '2026-09-01' };
    expect(coverageRefusal(later, [untilThen], TODAY, 'A')).toBeNull();
    expect(
      coverageRefusal(later, [{ ...untilThen, validTo: '2026-09-02' }], TODAY, 'A'),
    ).not.toBeNull();
  });
});

describe("an account's split", () => {
  it('adds up to exactly 100%, to the hundredth, or has no revenue share at all', () => {
    const thirds = ['a', 'b', 'c'].map((id, i) =>
      cover(id, { creditShare: i === 2 ? 33.34 : 33.33 }),
    );
    expect(splitRefusal(thirds, TODAY, 'Acme')).toBeNull();
    expect(splitRefusal([], TODAY, 'Acme')).toBeNull();
    expect(
      splitRefusal([cover('v', { overlay: true, creditShare: 40 })], TODAY, 'Acme'),
    ).toBeNull();
    expect(splitRefusal([cover('a', { creditShare: 70 })], TODAY, 'Acme')).toEqual({
      field: 'creditShare',
      message: 'Revenue shares for Acme add up to 70%: they must add up to exactly 100%',
    });
  });
});

describe("a strategic account's template", () => {
  it('lists the functions nobody fills, in the template’s order; other accounts follow none', () => {
    const template = ['application_engineer', 'quality_engineer', 'service'] as const;
    expect(templateGaps('strategic', template, ['account_manager', 'quality_engineer'])).toEqual([
      'application_engineer',
      'service',
    ]);
    expect(templateGaps('strategic', template, template)).toEqual([]);
    expect(templateGaps('geographic', template, [])).toEqual([]);
  });
});
