import type { Table } from './table';

/**
 * The rows a write's values point to: each id a referencing field or a link field
 * names, with the field and the table it points into. A laptop waits for them before
 * it applies a change; the sync server refuses a change naming one it does not have.
 */
export function* referencesOf(
  t: Table,
  values: Readonly<Record<string, unknown>>,
): Generator<{ field: string; target: string; id: string }> {
  for (const [field, value] of Object.entries(values)) {
    if (value === null || value === undefined) continue;
    const link = t.links?.[field];
    const target = link?.references ?? t.columns[field]?.references;
    if (!target) continue;
    for (const id of Array.isArray(value) ? value : [value]) {
      if (typeof id === 'string') yield { field, target, id };
    }
  }
}
