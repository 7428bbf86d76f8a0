import {
  COMMITMENT_FAILURES,
  QUALITY_MEASURES,
  WARNING_SIGNS,
  type HealthInput,
  type QualityMeasure,
} from '../../../src/shared/domain/health';

/** Every warning sign and commitment failure present, or none. */
export const signs = (present: boolean) =>
  Object.fromEntries([...WARNING_SIGNS, ...COMMITMENT_FAILURES].map((s) => [s, present])) as Omit<
    HealthInput,
    QualityMeasure
  >;

/** The four quality measures at one value, or all left empty. */
export const measures = (value: number | null) =>
  Object.fromEntries(QUALITY_MEASURES.map((m) => [m, value])) as Pick<HealthInput, QualityMeasure>;

/** No sign, no measure recorded. */
export const none: HealthInput = { ...signs(false), ...measures(null) };
