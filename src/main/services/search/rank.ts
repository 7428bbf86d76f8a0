import type { SearchField } from '../../../shared/domain/search';
import type { RowWords } from './fields';
import type { Query } from './query';
import { toWords } from '../../../shared/text';

/**
 * How well a row answers the query, best first:
 * 0 its name is the typed words; 1 its name starts with them (the last typed in part);
 * 2 each typed word starts a word of its name; 3 the words are found in its other
 * fields (or its phone starts with the typed number); 4 its name is near the typed
 * words, within the edits each may have slipped (approximate.ts).
 */
export type Tier = 0 | 1 | 2 | 3 | 4;

/** A name as its words: in parts (ZWNJ as a space), and joined where it had a ZWNJ. */
export type NameWords = readonly string[][];

export const nameWordsOf = (name: string): NameWords => [
  toWords(name.replaceAll('\u200C', ' ')),
  toWords(name), // toWords drops a ZWNJ: the parts joined
];

const startsSequence = (name: readonly string[], words: readonly string[], exact: boolean) =>
  (exact ? name.length === words.length : name.length >= words.length) &&
  words.every((w, i) =>
    exact || i < words.length - 1 ? name[i] === w : (name[i] ?? '').startsWith(w),
  );

const hasWordStarting = (list: readonly string[] | undefined, word: string) =>
  list?.some((t) => t.startsWith(word)) ?? false;

/** The tier a name alone gives, or null when the name does not hold every typed word. */
export function nameTier(q: Query, name: NameWords): Tier | null {
  let best: Tier | null = null;
  for (const v of q.variants) {
    const tier: Tier | null = name.some((n) => startsSequence(n, v, true))
      ? 0
      : name.some((n) => startsSequence(n, v, false))
        ? 1
        : v.every((w) => name.some((n) => hasWordStarting(n, w)))
          ? 2
          : null;
    if (tier !== null && (best === null || tier < best)) best = tier;
  }
  return best;
}

const FIELDS: readonly SearchField[] = [
  'name',
  'city',
  'address',
  'title',
  'email',
  'phone',
  'notes',
];

// a number typed in groups is looked for as one number only (query.ts, anyField)
const searched = (q: Query) => (q.digits ? q.variants.filter((v) => v.length === 1) : q.variants);

/** Whether a row holds every typed word of a variant (or the number): matchedFields, stopping at the first answer. */
export function holdsQuery(q: Query, words: RowWords): boolean {
  const lists = Object.values(words);
  return (
    (q.digits !== null && hasWordStarting(words.phone, q.digits)) ||
    searched(q).some((v) => v.every((w) => lists.some((list) => hasWordStarting(list, w))))
  );
}

/**
 * The fields that hold a typed word (or the typed number), in the order of
 * SearchField; empty when the row does not hold every typed word of any variant.
 */
export function matchedFields(q: Query, words: RowWords): SearchField[] {
  const fields = FIELDS.filter((f) => words[f]);
  const found = new Set<SearchField>();
  for (const v of searched(q)) {
    const where = v.map((w) => fields.filter((f) => hasWordStarting(words[f], w)));
    if (where.every((list) => list.length > 0)) where.flat().forEach((f) => found.add(f));
  }
  if (q.digits && hasWordStarting(words.phone, q.digits)) found.add('phone');
  return FIELDS.filter((f) => found.has(f));
}
