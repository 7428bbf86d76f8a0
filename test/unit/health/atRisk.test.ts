import { describe, expect, it } from 'vitest';
import { atRisk, healthScore, type DatedAssessment } from '../../../src/shared/domain/health';
import { measures, signs } from './assessment';

let n = 0;
/** A review on a day: good measures (4 of 5) and no sign unless given. */
const review = (assessedOn: string, fields: Partial<DatedAssessment> = {}): DatedAssessment => ({
  id: `0190a000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  assessedOn,
  archived: false,
  ...signs(false),
  ...measures(4),
  ...fields,
});

describe('at risk', () => {
  it('is not at risk without reviews, or with one good review', () => {
    expect(atRisk([])).toBeNull();
    expect(atRisk([review('2026-03-01')])).toBeNull();
  });

  it('marks a fall of 10 points or more between the two latest reviews, in any order given', () => {
    const spring = review('2026-03-01');
    // two warning signs and trust down one: 85 → 73
    const autumn = review('2026-10-01', { costPressure: true, newCompetitors: true, trust: 3 });
    expect([healthScore(spring), healthScore(autumn)]).toEqual([85, 73]);
    expect(atRisk([autumn, spring])).toEqual({ severeSigns: [], fall: { from: 85, to: 73 } });
    expect(atRisk([spring, autumn])).toEqual({ severeSigns: [], fall: { from: 85, to: 73 } });
  });

  it('lets a fall of less than 10 points pass, and reads only the two latest reviews', () => {
    const old = review('2025-01-01', { longTermCommitment: 5, responseSpeed: 5, trust: 5 });
    const spring = review('2026-03-01');
    // two warning signs: 85 → 77
    const autumn = review('2026-10-01', { costPressure: true, newCompetitors: true });
    expect(healthScore(old) - healthScore(autumn)).toBeGreaterThanOrEqual(10);
    expect(atRisk([old, spring, autumn])).toBeNull();
  });

  it('marks quality problems or late deliveries in the latest review, whatever the score', () => {
    const best = { longTermCommitment: 5, responseSpeed: 5, trust: 5, mutualInterest: 5 };
    const late = review('2026-10-01', { ...best, lateDeliveries: true });
    expect(atRisk([review('2026-03-01'), late])).toEqual({
      severeSigns: ['lateDeliveries'],
      fall: null,
    });
    const both = review('2026-10-01', { qualityProblems: true, lateDeliveries: true });
    expect(atRisk([both])?.severeSigns).toEqual(['qualityProblems', 'lateDeliveries']);
  });

  it('does not mark poor support or a warning sign alone, nor a severe sign since resolved', () => {
    expect(atRisk([review('2026-10-01', { inadequateSupport: true })])).toBeNull();
    expect(atRisk([review('2026-10-01', { newTechnology: true })])).toBeNull();
    const resolved = [review('2026-03-01', { qualityProblems: true }), review('2026-10-01')];
    expect(atRisk(resolved)).toBeNull();
  });

  it('leaves archived reviews out, and orders reviews of one day by their id', () => {
    const withdrawn = review('2026-10-01', { qualityProblems: true, archived: true });
    expect(atRisk([review('2026-03-01'), withdrawn])).toBeNull();
    const first = review('2026-10-01');
    const later = review('2026-10-01', { lateDeliveries: true });
    expect(atRisk([later, first])?.severeSigns).toEqual(['lateDeliveries']);
  });
});
