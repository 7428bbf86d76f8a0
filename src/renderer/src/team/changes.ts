/**
 * The fields of `values` that differ from the stored record: an editor sends only what
 * the person changed, so the change log (and a lead's history) names just those.
 */
export function changedFields<T extends Record<string, unknown>>(
  stored: Record<string, unknown>,
  values: T,
): Partial<T> {
  const changed: Partial<T> = {};
  for (const field of Object.keys(values) as (keyof T & string)[]) {
    if (JSON.stringify(values[field]) !== JSON.stringify(stored[field])) {
      changed[field] = values[field];
    }
  }
  return changed;
}

/** The first message about a field or any of its entries (`rules.postcodes.2` for `rules.postcodes`). */
export function errorOf(errors: Record<string, string>, field: string): string | undefined {
  return errors[field] ?? Object.entries(errors).find(([key]) => key.startsWith(`${field}.`))?.[1];
}
