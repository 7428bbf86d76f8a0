import { describe, expect, it } from 'vitest';
import { dueOn, presetOf } from '../../../src/renderer/src/record/duePresets';

describe("the next step's due-date presets", () => {
  it('count from today: tomorrow, in 3 days, next week, in a month', () => {
    expect(dueOn('tomorrow', '2026-12-31')).toBe('2027-01-01');
    expect(dueOn('in3Days', '2026-02-27')).toBe('2026-03-02');
    expect(dueOn('nextWeek', '2026-03-26')).toBe('2026-04-02');
    expect(dueOn('inAMonth', '2026-11-15')).toBe('2026-12-15');
  });

  it('end a month on its last day when the next month is shorter', () => {
    expect(dueOn('inAMonth', '2026-01-31')).toBe('2026-02-28');
    expect(dueOn('inAMonth', '2028-01-30')).toBe('2028-02-29');
    expect(dueOn('inAMonth', '2026-12-31')).toBe('2027-01-31');
  });

  it('name the preset a due date matches, and none for another day', () => {
    expect(presetOf('2026-03-05', '2026-03-02')).toBe('in3Days');
    expect(presetOf('2026-03-06', '2026-03-02')).toBeUndefined();
    expect(presetOf('', '2026-03-02')).toBeUndefined();
  });
});
