import type { Assessment } from './relationship';

/**
 * Relationship health (PRODUCT §5): a 0–100 score from one assessment, and whether an
 * account is at risk from its latest assessments. The formula and the reasons for its
 * weights are in docs/health-score.md; a unit test pins it.
 */

/** Shifts on the customer's side that put a relationship under strain. */
export const WARNING_SIGNS = [
  'needsChanging',
  'newCompetitors',
  'newTechnology',
  'costPressure',
] as const;
/** Signs of weak commitment on our side. */
export const COMMITMENT_FAILURES = [
  'qualityProblems',
  'lateDeliveries',
  'inadequateSupport',
] as const;
/** The four quality measures, each 1 (poor) to 5 (strong). */
export const QUALITY_MEASURES = [
  'longTermCommitment',
  'responseSpeed',
  'trust',
  'mutualInterest',
] as const;
/**
 * Failures in what the customer buys (the product, and getting it on time): one of
 * them marks an account at risk whatever its score.
 */
export const SEVERE_SIGNS = ['qualityProblems', 'lateDeliveries'] as const;

export type WarningSign = (typeof WARNING_SIGNS)[number];
export type CommitmentFailure = (typeof COMMITMENT_FAILURES)[number];
export type QualityMeasure = (typeof QUALITY_MEASURES)[number];
export type SevereSign = (typeof SEVERE_SIGNS)[number];

/** Points the quality measures give at most; the signs hold the rest of the 100. */
export const QUALITY_POINTS = 60;
export const SIGN_POINTS = 40;
/** What each sign present takes off: our own failures cost twice a customer-side warning. */
export const WARNING_SIGN_COST = 4;
export const COMMITMENT_FAILURE_COST = 8;
/** A fall of this many points between the two latest assessments marks an account at risk. */
export const FALL_AT_RISK = 10;

/** What the score reads from an assessment. */
export type HealthInput = Pick<Assessment, WarningSign | CommitmentFailure | QualityMeasure>;

/** The parts of a score, for the hover text: each in points, with what made it. */
export interface HealthExplanation {
  score: number;
  quality: {
    points: number;
    /** The mean of the measures recorded; null when none was, and the middle (3) is used. */
    average: number | null;
    measured: QualityMeasure[];
  };
  signs: {
    points: number;
    warningSigns: WarningSign[];
    commitmentFailures: CommitmentFailure[];
  };
}

/** A measure left empty is unknown, not poor: the mean is of the ones recorded. */
const MIDDLE = 3;

export function explainHealth(a: HealthInput): HealthExplanation {
  const measured = QUALITY_MEASURES.filter((m) => a[m] !== null);
  const average =
    measured.length === 0 ? null : measured.reduce((sum, m) => sum + a[m]!, 0) / measured.length;
  const qualityPoints = (QUALITY_POINTS * ((average ?? MIDDLE) - 1)) / 4;
  const warningSigns = WARNING_SIGNS.filter((s) => a[s]);
  const commitmentFailures = COMMITMENT_FAILURES.filter((s) => a[s]);
  const signPoints =
    SIGN_POINTS -
    WARNING_SIGN_COST * warningSigns.length -
    COMMITMENT_FAILURE_COST * commitmentFailures.length;
  return {
    score: Math.round(qualityPoints + signPoints),
    quality: { points: qualityPoints, average, measured },
    signs: { points: signPoints, warningSigns, commitmentFailures },
  };
}

/** The 0–100 health score of one assessment. */
export function healthScore(a: HealthInput): number {
  return explainHealth(a).score;
}

/** An assessment as the trend reads it: its day, and its id to order a day's reviews. */
export type DatedAssessment = HealthInput & Pick<Assessment, 'id' | 'assessedOn' | 'archived'>;

/** Why an account is at risk: the severe signs of its latest review, and a fall, if any. */
export interface Risk {
  severeSigns: SevereSign[];
  fall: { from: number; to: number } | null;
}

/**
 * Whether the account's assessments mark it at risk: the latest one shows a severe
 * sign, or its score fell by FALL_AT_RISK points or more since the one before.
 * Archived reviews are left out; null when the account is not at risk.
 */
export function atRisk(assessments: readonly DatedAssessment[]): Risk | null {
  const [latest, previous] = assessments
    .filter((a) => !a.archived)
    .sort((x, y) => y.assessedOn.localeCompare(x.assessedOn) || y.id.localeCompare(x.id));
  if (!latest) return null;
  const severeSigns = SEVERE_SIGNS.filter((s) => latest[s]);
  const [to, from] = [healthScore(latest), previous ? healthScore(previous) : null];
  const fall = from !== null && from - to >= FALL_AT_RISK ? { from, to } : null;
  return severeSigns.length > 0 || fall ? { severeSigns, fall } : null;
}

/**
 * An account's health as the app shows it and the health report writes it, from its
 * assessments oldest first: the latest current one's score and parts, whether the
 * account is at risk, and the trend (each current assessment's day and score).
 */
export function healthOf(assessments: readonly Assessment[]) {
  const current = assessments.filter((a) => !a.archived);
  const latest = current.at(-1) ?? null;
  return {
    latest,
    explanation: latest ? explainHealth(latest) : null,
    risk: atRisk(current),
    trend: current.map((a) => ({ day: a.assessedOn, score: explainHealth(a).score })),
  };
}
