import type { FieldIssue } from './errors';

/**
 * The deepest nesting of arrays and objects a request body may have, counting the body
 * itself as the first level. Rapport's own requests stay under ten; zod checks nested
 * values recursively, so a body nested thousands of levels deep would overflow its
 * stack instead of being refused.
 */
export const MAX_JSON_DEPTH = 64;

/** Path segments shown at most: a field name, not a line of a thousand `.0`s. */
const SHOWN_SEGMENTS = 8;

/**
 * The field of a parsed JSON body that is nested more than `limit` levels deep, or
 * null when none is. Walks no deeper than `limit` itself, so it cannot overflow.
 */
export function tooDeep(body: unknown, limit = MAX_JSON_DEPTH): FieldIssue | null {
  const path = pathBelow(body, limit);
  if (!path) return null;
  return {
    field: fieldOf(path),
    message: `is nested more than ${limit} levels deep (the most Rapport reads)`,
  };
}

/** The keys down to the first array or object past `levelsLeft` levels, or null. */
function pathBelow(value: unknown, levelsLeft: number): (string | number)[] | null {
  if (typeof value !== 'object' || value === null) return null;
  if (levelsLeft === 0) return [];
  const entries: Iterable<[string | number, unknown]> = Array.isArray(value)
    ? value.entries()
    : Object.entries(value);
  for (const [key, child] of entries) {
    const below = pathBelow(child, levelsLeft - 1);
    if (below) return [key, ...below];
  }
  return null;
}

/**
 * `changes.0.values.notes` for `{"changes":[{"values":{"notes":[[[…]]]}}]}`: the
 * indices of the nested arrays say nothing a person could act on, the field does.
 */
function fieldOf(path: (string | number)[]): string {
  let end = path.length;
  while (end > 0 && typeof path[end - 1] === 'number') end--;
  if (end === 0) return '(body)';
  const shown = path.slice(0, Math.min(end, SHOWN_SEGMENTS)).join('.');
  return end > SHOWN_SEGMENTS ? `${shown}…` : shown;
}
