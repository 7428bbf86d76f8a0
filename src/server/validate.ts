import { z } from 'zod';
import type { Table } from '../shared/schema/table';
import { tableNamed } from '../shared/schema/tables';
import type { WireChange } from '../shared/sync/wire';

const archived = z.boolean({ message: 'Archived must be true or false' });

/**
 * Checks a pushed change against the table declarations, as the core's own write
 * path would: the table and every field must exist, and every value must pass its
 * column's schema. Returns the table and the change with each value as its schema
 * gives it (trimmed, a moment in UTC: what every laptop stores, so the server's rules
 * read the same values), or the reason in the user's words, naming the table and the field.
 */
export function checkChange(
  change: WireChange,
): { table: Table; change: WireChange } | { reason: string } {
  const values: WireChange['values'] = {};
  const t = tableNamed(change.table);
  if (!t) {
    return { reason: `Rapport has no table named "${change.table}": the change was not stored` };
  }
  for (const [field, value] of Object.entries(change.values)) {
    const schema = field === 'archived' ? archived : t.columns[field]?.zod;
    if (!schema) {
      return {
        reason: `${t.label} rows have no field "${field}" (${t.name}.${field}): the change was not stored`,
      };
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const message = parsed.error.issues[0]?.message ?? 'not a valid value';
      return {
        reason: `The ${words(field)} of ${t.label.toLowerCase()} ${change.row} is not valid (${t.name}.${field}): ${message}`,
      };
    }
    values[field] = parsed.data as WireChange['values'][string];
  }
  return { table: t, change: { ...change, values } };
}

/** `territoryId` → `territory`, `validFrom` → `valid from`: a field as a person says it. */
const words = (field: string): string =>
  field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/ id$/, '');
