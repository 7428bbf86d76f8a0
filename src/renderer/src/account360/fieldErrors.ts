import type { z } from 'zod';
import { RapportError } from '../../../shared/errors';

export type FieldErrors = Record<string, string>;

/**
 * The shared schema checks a dialog's values before they are sent; its messages name
 * the field. Returns the parsed values, or the messages by field.
 */
export function check<S extends z.ZodType>(
  schema: S,
  values: unknown,
): { ok: true; value: z.output<S> } | { ok: false; errors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path.filter((p) => p !== 'patch').join('.') || 'form';
    errors[field] ??= issue.message;
  }
  return { ok: false, errors };
}

/** The core's refusal, by field (`patch.name` → `name`); what names no field goes to `form`. */
export function serverErrors(error: unknown): FieldErrors {
  if (!(error instanceof RapportError) || error.issues.length === 0) {
    return { form: error instanceof Error ? error.message : String(error) };
  }
  const errors: FieldErrors = {};
  for (const issue of error.issues)
    errors[issue.field.replace(/^patch\./, '') || 'form'] ??= issue.message;
  return errors;
}
