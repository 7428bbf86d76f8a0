import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_FAILURES,
  QUALITY_MEASURES,
  WARNING_SIGNS,
  explainHealth,
  healthScore,
  type HealthInput,
} from '../../../src/shared/domain/health';
import { measures, none, signs } from './assessment';

const assessment = fc.record<HealthInput>({
  needsChanging: fc.boolean(),
  newCompetitors: fc.boolean(),
  newTechnology: fc.boolean(),
  costPressure: fc.boolean(),
  qualityProblems: fc.boolean(),
  lateDeliveries: fc.boolean(),
  inadequateSupport: fc.boolean(),
  longTermCommitment: fc.option(fc.integer({ min: 1, max: 5 })),
  responseSpeed: fc.option(fc.integer({ min: 1, max: 5 })),
  trust: fc.option(fc.integer({ min: 1, max: 5 })),
  mutualInterest: fc.option(fc.integer({ min: 1, max: 5 })),
});

describe('health score formula (docs/health-score.md)', () => {
  it('is 100 for the best measures and no sign, 0 for the worst measures and every sign', () => {
    expect(healthScore({ ...none, ...measures(5) })).toBe(100);
    expect(healthScore({ ...none, ...measures(1), ...signs(true) })).toBe(0);
  });

  it('gives the worked example of the docs: 40 for quality, 28 for signs, 68 in all', () => {
    const example = {
      ...none,
      longTermCommitment: 3,
      trust: 4,
      mutualInterest: 4,
      newCompetitors: true,
      lateDeliveries: true,
    };
    expect(explainHealth(example)).toEqual({
      score: 68,
      quality: {
        points: 40,
        average: 11 / 3,
        measured: ['longTermCommitment', 'trust', 'mutualInterest'],
      },
      signs: {
        points: 28,
        warningSigns: ['newCompetitors'],
        commitmentFailures: ['lateDeliveries'],
      },
    });
  });

  it('costs 4 points per warning sign and 8 per commitment failure', () => {
    const base = { ...none, ...measures(5) };
    expect(healthScore({ ...base, costPressure: true })).toBe(96);
    expect(healthScore({ ...base, costPressure: true, newTechnology: true })).toBe(92);
    expect(healthScore({ ...base, inadequateSupport: true })).toBe(92);
    expect(healthScore({ ...base, qualityProblems: true, lateDeliveries: true })).toBe(84);
  });

  it('reads an empty measure as unknown, and no measure at all as the middle (3 of 5)', () => {
    expect(healthScore(none)).toBe(70);
    expect(explainHealth(none).quality).toEqual({ points: 30, average: null, measured: [] });
    expect(healthScore({ ...none, trust: 5 })).toBe(100);
    // 22.5 + 40 = 62.5: a half point rounds up
    expect(healthScore({ ...none, trust: 2, mutualInterest: 3 })).toBe(63);
  });

  it('stays a whole number from 0 to 100 for any assessment', () => {
    fc.assert(
      fc.property(assessment, (a) => {
        const score = healthScore(a);
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never rises when a warning sign or commitment failure is added', () => {
    const sign = fc.constantFrom(...WARNING_SIGNS, ...COMMITMENT_FAILURES);
    fc.assert(
      fc.property(assessment, sign, (a, s) => {
        expect(healthScore({ ...a, [s]: true })).toBeLessThanOrEqual(healthScore(a));
      }),
    );
  });

  it('never falls when a recorded quality measure is raised', () => {
    const raised = fc
      .tuple(assessment, fc.constantFrom(...QUALITY_MEASURES), fc.integer({ min: 1, max: 4 }))
      .chain(([a, m, low]) =>
        fc.integer({ min: low + 1, max: 5 }).map(
          (high) =>
            [
              { ...a, [m]: low },
              { ...a, [m]: high },
            ] as const,
        ),
      );
    fc.assert(
      fc.property(raised, ([before, after]) => {
        expect(healthScore(after)).toBeGreaterThanOrEqual(healthScore(before));
      }),
    );
  });
});
