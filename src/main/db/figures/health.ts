import {
  COMMITMENT_FAILURES,
  QUALITY_MEASURES,
  WARNING_SIGNS,
  healthScore,
} from '../../../shared/domain/health';
import type { HealthInput } from '../../../shared/domain/health';
import { toColumn } from '../codec';

/** The assessment fields the score reads, in the order `rapport_health` takes them. */
const FIELDS = [...WARNING_SIGNS, ...COMMITMENT_FAILURES, ...QUALITY_MEASURES] as const;
const SIGNS = new Set<string>([...WARNING_SIGNS, ...COMMITMENT_FAILURES]);

/** The stored columns of those fields. */
export const HEALTH_COLUMNS = FIELDS.map(toColumn);

/** `rapport_health(...)` over the assessment `alias`: its score, as `healthScore` gives it. */
export const healthScoreSql = (alias: string): string =>
  `rapport_health(${HEALTH_COLUMNS.map((c) => `${alias}.${c}`).join(', ')})`;

/** The SQL function's body: the stored columns as the shared formula reads them. */
export function healthOfColumns(...values: unknown[]): number {
  const input = Object.fromEntries(
    FIELDS.map((f, i) => {
      const v = values[i] ?? null;
      return [f, SIGNS.has(f) ? v === 1 : v === null ? null : Number(v)];
    }),
  );
  return healthScore(input as HealthInput);
}
