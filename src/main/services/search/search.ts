import type { SearchHit } from '../../../shared/domain/search';
import type { ParsedInputOf } from '../../../shared/api';
import { normalize, toWords } from '../../../shared/text';
import type { Core } from '../../core/core';
import { idText } from '../../db/codec';

/**
 * Accounts and contacts for what a rep types (both sides normalised, so "bjorn" finds
 * "Bjørn" and Arabic ي finds Persian ی). In order: accounts whose name starts with
 * the text (the whole name typed comes first), contacts whose name starts with it,
 * records with a name word that starts with each typed word, then any record with
 * words that start with the typed words, by FTS5's bm25 with the name weighted
 * highest. Each step is bounded by the limit before anything is joined, and bm25 is
 * computed for a bounded set of candidates, so a short, common word costs no more
 * than a rare one.
 */
export function search(core: Core, { text, limit }: ParsedInputOf<'search'>): SearchHit[] {
  const words = toWords(text);
  if (words.length === 0) return [];
  const anyWords = words.map((w) => `"${w}"*`).join(' ');
  const nameStart = `name : ^ "${words.join(' ')}"*`;
  const hits = new Map<string, SearchHit>();
  const add = (list: SearchHit[]) =>
    list.forEach((h) => hits.size < limit && !hits.has(h.id) && hits.set(h.id, h));
  // Names that fold alike (Arabic ي and Persian ی) sit together: the one typed exactly first.
  const typed = text.trim();
  const byName = accountsByNameStart(core, normalize(text), limit);
  add([...byName.filter((h) => h.name === typed), ...byName.filter((h) => h.name !== typed)]);
  add(accounts(core, nameStart, limit, 'start'));
  add(contacts(core, nameStart, limit, 'start'));
  if (hits.size < limit) {
    const nameWords = `name : ${anyWords}`;
    add(accounts(core, nameWords, limit, 'start'));
    add(contacts(core, nameWords, limit, 'start'));
  }
  if (hits.size < limit) {
    const ranked = [
      ...accounts(core, anyWords, limit, 'rank'),
      ...contacts(core, anyWords, limit, 'rank'),
    ];
    ranked.sort((x, y) => x.rank - y.rank);
    add(ranked);
  }
  return [...hits.values()];
}

type Ranked = SearchHit & { rank: number };

const ACCOUNT_COLUMNS = `a.id, a.id AS accountId, a.name, concat_ws(', ', a.city, a.country) AS detail`;
const CONTACT_COLUMNS = `c.id, c.account_id AS accountId, c.name, concat_ws(' · ', c.title, a.name) AS detail`;

function accountsByNameStart(core: Core, prefix: string, limit: number): SearchHit[] {
  return core
    .statement(
      `SELECT 'account' AS type, ${ACCOUNT_COLUMNS} FROM accounts a
       WHERE a.sort_name >= ? AND a.sort_name < ? || char(1114111) AND a.deleted = 0 AND a.archived = 0
       ORDER BY a.sort_name LIMIT ?`,
    )
    .all(prefix, prefix, limit)
    .map(hit) as SearchHit[];
}

/** 'start': names that begin with the text, in index order; 'rank': by relevance. */
function accounts(core: Core, match: string, limit: number, order: Order): Ranked[] {
  return core
    .statement(
      `WITH best AS (${bestRows('accounts_fts', 'bm25(accounts_fts, 10.0, 2.0, 1.0)', order)})
       SELECT 'account' AS type, ${ACCOUNT_COLUMNS}, best.rank FROM best
       JOIN accounts a ON a.rid = best.rowid
       WHERE a.archived = 0 ORDER BY best.rank`,
    )
    .all(match, limit * 2)
    .map(hit) as Ranked[];
}

function contacts(core: Core, match: string, limit: number, order: Order): Ranked[] {
  return core
    .statement(
      `WITH best AS (${bestRows('contacts_fts', 'bm25(contacts_fts, 10.0, 3.0, 2.0, 2.0, 1.0)', order)})
       SELECT 'contact' AS type, ${CONTACT_COLUMNS}, best.rank FROM best
       JOIN contacts c ON c.rid = best.rowid
       JOIN accounts a ON a.id = c.account_id
       WHERE c.archived = 0 ORDER BY best.rank`,
    )
    .all(match, limit * 2)
    .map(hit) as Ranked[];
}

type Order = 'start' | 'rank';

/** Ids leave the store as 16 bytes and reach the API as strings. */
function hit(row: unknown): SearchHit {
  const r = row as Omit<SearchHit, 'id' | 'accountId'> & { id: Buffer; accountId: Buffer };
  return { ...r, id: idText(r.id), accountId: idText(r.accountId) };
}

/** How many matches at most are ranked: a common word must not rank the whole book. */
const CANDIDATES = 1000;

/** The FTS rows to show, bounded before any join; ranking only when asked. */
function bestRows(table: string, bm25: string, order: Order): string {
  return order === 'rank'
    ? `SELECT rowid, rank FROM (
         SELECT rowid, ${bm25} AS rank FROM ${table} WHERE ${table} MATCH ? LIMIT ${CANDIDATES})
       ORDER BY rank LIMIT ?`
    : `SELECT rowid, 0 AS rank FROM ${table} WHERE ${table} MATCH ? LIMIT ?`;
}
