import type { Core } from '../../src/main/core/core';

/** A book's tables, indexes and triggers, each as its SQL: two books built alike list the same. */
export function schemaOf(core: Core): string[] {
  return (
    core.db
      .prepare(
        `SELECT type || ' ' || name || ': ' || sql FROM sqlite_schema
         WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY type, name`,
      )
      .pluck()
      .all() as string[]
  ).map((s) => s.replace(/\s+/g, ' '));
}
