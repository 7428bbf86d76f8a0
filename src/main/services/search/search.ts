import type { SearchHit } from '../../../shared/domain/search';
import type { ParsedInputOf } from '../../../shared/api';
import { normalize } from '../../../shared/text';
import type { Core } from '../../core/core';
import { dayNumber, idText } from '../../db/codec';
import { rowWords, type RowWords, type StoredText } from './fields';
import { anyField, nameIs, nameStarts, nameWords, parseQuery } from './query';
import {
  holdsQuery,
  matchedFields,
  nameTier,
  nameWordsOf,
  type NameWords,
  type Tier,
} from './rank';
import { ownRows, rowsByName, rowsMatching, type StoredRow } from './rows';

interface Candidate {
  row: StoredRow;
  tier: Tier;
  mine: boolean;
}

/**
 * Accounts and contacts for what a rep types, ranked (docs/search.md): the exact name
 * first, then names that start with the text, then names with each typed word, then
 * the rest (city, address, title, email, phone, notes); within each, the signed-in
 * member's own accounts and their contacts first; then accounts before contacts, by
 * name, by id, so the same book always answers the same way.
 *
 * The member's own rows are few (a rep covers about a hundred accounts): they are all
 * judged here, on their words. Everyone else's are found on the search index, step by
 * step, each step bounded by twice the limit before anything is joined, and the steps
 * of lower tiers are not run once the higher ones fill the limit.
 */
export function search(core: Core, { text, limit }: ParsedInputOf<'search'>): SearchHit[] {
  const q = parseQuery(text);
  if (q.variants.length === 0 && !q.digits) return [];
  const found = new Map<string, Candidate>();
  const own = ownRows(core, dayNumber(new Date().toISOString().slice(0, 10)));
  const ownAccounts = new Set(own.map((r) => r.accountId.toString('hex')));
  for (const row of own) {
    const d = derived(core, row);
    if (!holdsQuery(q, d.words)) continue;
    found.set(keyOf(row), { row, tier: nameTier(q, d.name) ?? 3, mine: true });
  }
  const take = (rows: StoredRow[]) => {
    for (const row of rows) {
      const key = keyOf(row);
      if (found.has(key)) continue;
      const mine = ownAccounts.has(row.accountId.toString('hex'));
      found.set(key, { row, tier: nameTier(q, derived(core, row).name) ?? 3, mine });
    }
  };
  const settled = (tier: Tier) => [...found.values()].filter((c) => c.tier <= tier).length >= limit;
  const bound = limit * 2;
  take(rowsByName(core, q.folded, bound));
  take(rowsMatching(core, 'contacts', nameIs(q), bound));
  for (const table of ['accounts', 'contacts'] as const)
    take(rowsMatching(core, table, nameStarts(q), bound));
  if (!settled(1)) {
    for (const table of ['accounts', 'contacts'] as const)
      take(rowsMatching(core, table, nameWords(q), bound));
  }
  if (!settled(2)) {
    for (const table of ['accounts', 'contacts'] as const)
      take(rowsMatching(core, table, anyField(q), bound));
  }
  return [...found.values()]
    .map((c) => ({ ...c, typed: c.row.name === q.typed, sortKey: derived(core, c.row).sortKey }))
    .sort(
      (x, y) =>
        x.tier - y.tier ||
        Number(y.typed) - Number(x.typed) ||
        Number(y.mine) - Number(x.mine) ||
        (x.row.type === y.row.type ? 0 : x.row.type === 'account' ? -1 : 1) ||
        compare(x.sortKey, y.sortKey) ||
        Buffer.compare(x.row.id, y.row.id),
    )
    .slice(0, limit)
    .map(({ row, mine }) => ({
      type: row.type,
      id: idText(row.id),
      accountId: idText(row.accountId),
      name: row.name,
      detail: row.detail,
      matched: matchedFields(q, derived(core, row).words),
      mine,
    }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const keyOf = (row: StoredRow) => `${row.type}:${row.rid}`;

/** What a row's text gives search: its words per field, its name's words, its sort key. */
interface Derived {
  words: RowWords;
  name: NameWords;
  sortKey: string;
}

/**
 * Kept between searches: a rep's own rows are judged on every keystroke, and
 * normalising them each time would cost more than the search itself. Keyed by the
 * text itself, so an edited row is simply another entry.
 */
const derivedCache = new WeakMap<Core, Map<string, Derived>>();
const CACHED_ROWS = 20_000;

/** The member's own rows are the same objects between keystrokes (rows.ts): found by identity first. */
const derivedOf = new WeakMap<StoredText, Derived>();

function derived(core: Core, row: StoredText): Derived {
  const same = derivedOf.get(row);
  if (same) return same;
  let cache = derivedCache.get(core);
  if (!cache) derivedCache.set(core, (cache = new Map()));
  const key = JSON.stringify([
    row.name,
    row.city,
    row.place,
    row.title,
    row.email,
    row.phone,
    row.mobile,
    row.notes,
  ]);
  let found = cache.get(key);
  if (!found) {
    if (cache.size >= CACHED_ROWS) cache.clear();
    found = { words: rowWords(row), name: nameWordsOf(row.name), sortKey: normalize(row.name) };
    cache.set(key, found);
  }
  derivedOf.set(row, found);
  return found;
}
