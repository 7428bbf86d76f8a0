import type { SearchHit } from '../../../shared/domain/search';
import type { ParsedInputOf } from '../../../shared/api';
import { normalize } from '../../../shared/text';
import type { Core } from '../../core/core';
import { dayNumber, idText } from '../../db/codec';
import { rowWords, type RowWords, type StoredText } from './fields';
import { editsFrom, nearWords } from './approximate';
import { anyField, nameKeys, nameNear, nameWords, parseQuery, type Query } from './query';
import {
  holdsQuery,
  matchedFields,
  nameTier,
  nameWordsOf,
  type NameWords,
  type Tier,
} from './rank';
import {
  ownRows,
  rowsByName,
  rowsMatching,
  startsAWord,
  storedRows,
  type FoundRow,
  type SearchTable,
  type StoredRow,
} from './rows';

interface Candidate {
  row: FoundRow;
  tier: Tier;
  mine: boolean;
  /** For an approximate hit (tier 4), the edits its name is from the typed words. */
  edits: number;
}

const TABLES: readonly SearchTable[] = ['accounts', 'contacts'];

/**
 * Accounts and contacts for what a rep types, ranked (docs/search.md): the exact name
 * first, then names that start with the text, then names with each typed word, then
 * the rest (city, address, title, email, phone, notes); within each, the signed-in
 * member's own accounts and their contacts first; then accounts before contacts, by
 * name, by id, so the same book always answers the same way.
 *
 * The member's own rows are few (a rep covers about a hundred accounts): they are all
 * judged here, on their words. Everyone else's names that start with the text are
 * walked on the sort_name indexes in name order, the rank's own order, as far as the
 * limit (and the member's rows met on the way): that alone fills the limit for the
 * first letters typed. Only when it does not are the other ranks looked for on the
 * search index, each step bounded before anything is joined; and when these leave room,
 * the names near the typed words (a slip forgiven), ranked after them. Rows are ranked
 * on their names; the text of the few shown is read last.
 */
export function search(core: Core, { text, limit }: ParsedInputOf<'search'>): SearchHit[] {
  const q = parseQuery(text);
  if (q.variants.length === 0 && !q.digits) return [];
  const found = new Map<string, Candidate>();
  const own = ownRows(core, dayNumber(new Date().toISOString().slice(0, 10)));
  for (const row of own.rows) {
    if (!holdsQuery(q, wordsOf(row))) continue;
    found.set(keyOf(row), {
      row,
      tier: nameTier(q, nameOf(row.name).words) ?? 3,
      mine: true,
      edits: 0,
    });
  }
  const take = (rows: FoundRow[]) => {
    for (const row of rows) {
      const key = keyOf(row);
      if (found.has(key)) continue;
      const mine = own.accounts.has(row.accountId.toString('hex'));
      found.set(key, { row, tier: nameTier(q, nameOf(row.name).words) ?? 3, mine, edits: 0 });
    }
  };
  // The walk is in the rank's own order (by folded name): the first `limit` rows that
  // are not the member's, and the member's own that it meets on the way, are enough.
  for (const table of TABLES) {
    const type = table === 'accounts' ? 'account' : 'contact';
    for (const key of nameKeys(q)) {
      const met = own.rows.filter((r) => r.type === type && nameOf(r.name).sortKey.startsWith(key));
      take(rowsByName(core, table, key, limit + met.length));
    }
  }
  // The index's order is not the rank's: twice the limit, whatever of it is the member's.
  const bound = limit * 2;
  const settled = (tier: Tier) => [...found.values()].filter((c) => c.tier <= tier).length >= limit;
  for (const table of TABLES) {
    if (settled(1)) break;
    const tq = possible(core, table, q);
    // Fewer than the bound found in any field: that is every match of the table, names
    // included. Else the names with each word are looked for on their own.
    const anywhere = rowsMatching(core, table, anyField(tq), bound);
    take(anywhere.rows);
    if (!anywhere.all && !settled(2)) take(rowsMatching(core, table, nameWords(tq), bound).rows);
  }
  // Typo-tolerant last: only when the words as typed leave room.
  for (const table of TABLES) {
    if (found.size >= limit) break;
    const near = nearWords(core, table, q);
    if (!near) continue;
    for (const row of rowsMatching(core, table, nameNear(near), bound).rows) {
      const edits = editsFrom(q, nameOf(row.name).words);
      if (found.has(keyOf(row)) || edits === Infinity) continue;
      const mine = own.accounts.has(row.accountId.toString('hex'));
      found.set(keyOf(row), { row, tier: 4, mine, edits });
    }
  }
  const shown = [...found.values()]
    .map((c) => ({ ...c, typed: c.row.name === q.typed, sortKey: nameOf(c.row.name).sortKey }))
    .sort(
      (x, y) =>
        x.tier - y.tier ||
        x.edits - y.edits ||
        Number(y.typed) - Number(x.typed) ||
        Number(y.mine) - Number(x.mine) ||
        (x.row.type === y.row.type ? 0 : x.row.type === 'account' ? -1 : 1) ||
        compare(x.sortKey, y.sortKey) ||
        Buffer.compare(x.row.id, y.row.id),
    )
    .slice(0, limit);
  const stored = storedOf(
    core,
    shown.map((c) => c.row),
  );
  return shown.map(({ row, mine, tier }) => {
    const full = stored.get(keyOf(row)) as StoredRow;
    const approximate = tier === 4;
    return {
      type: row.type,
      id: idText(row.id),
      accountId: idText(row.accountId),
      name: row.name,
      detail: full.detail,
      matched: approximate ? ['name'] : matchedFields(q, wordsOf(full)),
      mine,
      approximate,
    };
  });
}

/**
 * The query without the other ways of writing it that cannot match in the table: a
 * long Persian name gives a variant per pair of words typed apart (docs/search.md), and
 * the index would read the common words' entries again for each of them. A variant is
 * kept when each word it does not share with the text as typed starts a word there.
 */
function possible(core: Core, table: SearchTable, q: Query): Query {
  const [typed, ...others] = q.variants;
  if (!typed) return q; // a number alone
  const kept = others.filter((v) =>
    v.every((w) => typed.includes(w) || startsAWord(core, table, w)),
  );
  return { ...q, variants: [typed, ...kept] };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const keyOf = (row: FoundRow) => `${row.type}:${row.rid}`;

/** The full rows of those shown: the member's own are at hand, the others read by rid. */
function storedOf(core: Core, rows: FoundRow[]): Map<string, StoredRow> {
  const stored = new Map<string, StoredRow>();
  const missing = { accounts: [] as number[], contacts: [] as number[] };
  for (const row of rows) {
    if ('detail' in row) stored.set(keyOf(row), row as StoredRow);
    else missing[row.type === 'account' ? 'accounts' : 'contacts'].push(row.rid);
  }
  for (const table of TABLES)
    for (const row of storedRows(core, table, missing[table])) stored.set(keyOf(row), row);
  return stored;
}

/**
 * Kept between searches, keyed by the text itself (so an edited row is simply another
 * entry): a rep's own rows are judged on every keystroke, and normalising them each
 * time would cost more than the search itself.
 */
const CACHED = 20_000;
const names = new Map<string, { words: NameWords; sortKey: string }>();
const texts = new Map<string, RowWords>();
/** The member's own rows are the same objects between keystrokes (rows.ts): found by identity first. */
const wordsByRow = new WeakMap<StoredText, RowWords>();

function remembered<T>(cache: Map<string, T>, key: string, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    if (cache.size >= CACHED) cache.clear();
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A name's words (to rank it) and its sort key. */
const nameOf = (name: string) =>
  remembered(names, name, () => ({ words: nameWordsOf(name), sortKey: normalize(name) }));

/** A row's words per field: whether it holds the query, and what it matched. */
function wordsOf(row: StoredText): RowWords {
  const same = wordsByRow.get(row);
  if (same) return same;
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
  const words = remembered(texts, key, () => rowWords(row));
  wordsByRow.set(row, words);
  return words;
}
