import { atRisk, explainHealth } from '../../../shared/domain/health';
import type { Assessment } from '../../../shared/domain/relationship';

/** The health badge's reading of an account's assessments (oldest first). */
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
