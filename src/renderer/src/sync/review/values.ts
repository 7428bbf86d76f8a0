import type { SyncConflict } from '../../../../shared/domain/sync';

type Value = SyncConflict['mine']['value'];

/** A stored value as a person reads it; null when there is nothing (shown as "empty"). */
export function valueText(value: Value): string | null {
  if (value === null || value === '') return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Where an edited merge starts: both texts, mine first, each on its own lines. */
export function mergedDraft(mine: Value, theirs: Value): string {
  return [valueText(mine), valueText(theirs)].filter((text) => text !== null).join('\n');
}

/** `costToServe` or `cost_to_serve` → "Cost to serve", for a field with no translation. */
export function humanize(field: string): string {
  const words = field
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
