import type { Core } from '../../core/core';
import type { StoredText } from './fields';

export type SearchTable = 'accounts' | 'contacts';

/** A row found for a search: enough to rank it (by its name) and to say whether it is mine. */
export interface FoundRow {
  type: 'account' | 'contact';
  rid: number;
  id: Buffer;
  accountId: Buffer;
  name: string;
}

/** An account or contact as search reads it: its searched text, what the hit shows. */
export interface StoredRow extends FoundRow, StoredText {
  detail: string | null;
}

/** The searched fields as the index gets them (0006-search), without the folding. */
const ACCOUNT = `'account' AS type, a.rid, a.id, a.id AS accountId, a.name, a.city,
  concat_ws(' ', a.region, a.country, a.postcode, a.address) AS place, a.phone, NULL AS mobile,
  NULL AS title, NULL AS email, concat_ws(' ', a.notes, a.industry, a.needs) AS notes,
  concat_ws(', ', a.city, a.country) AS detail`;
const CONTACT = `'contact' AS type, c.rid, c.id, c.account_id AS accountId, c.name, NULL AS city,
  NULL AS place, c.phone, c.mobile, c.title, c.email, c.notes,
  concat_ws(' · ', c.title, a.name) AS detail`;

/** What ranking needs of a row, and nothing it does not (its notes may be long). */
const FOUND = {
  accounts: `'account' AS type, a.rid, a.id, a.id AS accountId, a.name`,
  contacts: `'contact' AS type, c.rid, c.id, c.account_id AS accountId, c.name`,
};
const ALIAS = { accounts: 'a', contacts: 'c' };

export interface OwnRows {
  rows: StoredRow[];
  /** Their account ids (hex): whether a row found otherwise is mine. */
  accounts: Set<string>;
}

/**
 * The signed-in member's own accounts (those they cover today, in any role) and
 * these accounts' contacts; none when nobody is signed in. CROSS JOIN keeps the
 * member's accounts first: left to itself, SQLite scans every contact instead.
 */
export function ownRows(core: Core, day: number): OwnRows {
  // Read again only when something was written (here or by another connection), the
  // profile changed or the day turned: between keystrokes, nothing has.
  const { changes, member } = core
    .statement(
      `SELECT total_changes() AS changes,
         (SELECT value FROM meta WHERE key = 'profile_member_id') AS member`,
    )
    .get() as { changes: number; member: string | null };
  const version = `${day}:${changes}:${member}:${String(core.db.pragma('data_version', { simple: true }))}`;
  const cached = ownCache.get(core.db);
  if (cached?.version === version) return cached.own;
  const rows = readOwnRows(core, day);
  const own = { rows, accounts: new Set(rows.map((r) => r.accountId.toString('hex'))) };
  ownCache.set(core.db, { version, own });
  return own;
}

// Per open file: a window that steps over to the demo book must not see its own rows.
const ownCache = new WeakMap<Core['db'], { version: string; own: OwnRows }>();

function readOwnRows(core: Core, day: number): StoredRow[] {
  return core
    .statement(
      `WITH mine AS (
         SELECT DISTINCT s.account_id AS id FROM assignments s
         WHERE s.member_id = (SELECT unhex(value) FROM meta WHERE key = 'profile_member_id')
           AND s.deleted = 0 AND s.valid_from <= :day AND (s.valid_to IS NULL OR s.valid_to >= :day))
       SELECT ${ACCOUNT} FROM mine JOIN accounts a ON a.id = mine.id
       WHERE a.deleted = 0 AND a.archived = 0
       UNION ALL
       SELECT ${CONTACT} FROM mine CROSS JOIN contacts c ON c.account_id = mine.id
       CROSS JOIN accounts a ON a.id = c.account_id
       WHERE c.deleted = 0 AND c.archived = 0`,
    )
    .all({ day }) as StoredRow[];
}

/**
 * Live rows whose folded name starts with `folded`, in name order (so the exact name
 * first): a walk along the sort_name index that stops at `limit`.
 */
export function rowsByName(
  core: Core,
  table: SearchTable,
  folded: string,
  limit: number,
): FoundRow[] {
  const t = ALIAS[table];
  return core
    .statement(
      `SELECT ${FOUND[table]} FROM ${table} ${t}
       WHERE ${t}.sort_name >= ? AND ${t}.sort_name < ? || char(1114111)
         AND ${t}.deleted = 0 AND ${t}.archived = 0
       ORDER BY ${t}.sort_name LIMIT ?`,
    )
    .all(folded, folded, limit) as FoundRow[];
}

/**
 * The first rows of the index that match, bounded before any join; `all` when the
 * index holds no more than these (archived rows are in the index, not in `rows`).
 */
export function rowsMatching(
  core: Core,
  table: SearchTable,
  match: string,
  limit: number,
): { rows: FoundRow[]; all: boolean } {
  const t = ALIAS[table];
  const rids = core
    .statement(`SELECT rowid FROM ${table}_fts WHERE ${table}_fts MATCH ? LIMIT ?`)
    .pluck()
    .all(match, limit) as number[];
  const rows = core
    .statement(
      `SELECT ${FOUND[table]} FROM json_each(?) best JOIN ${table} ${t} ON ${t}.rid = best.value
       WHERE ${t}.archived = 0`,
    )
    .all(JSON.stringify(rids)) as FoundRow[];
  return { rows, all: rids.length < limit };
}

/** Whether a word of the table's index starts with `word` (letters and digits only). */
export function startsAWord(core: Core, table: SearchTable, word: string): boolean {
  return (
    core
      .statement(`SELECT 1 FROM ${table}_fts WHERE ${table}_fts MATCH ? LIMIT 1`)
      .get(`"${word}"*`) !== undefined
  );
}

/** The text of the rows a search shows, to say what each matched. */
export function storedRows(core: Core, table: SearchTable, rids: number[]): StoredRow[] {
  if (rids.length === 0) return [];
  const sql =
    table === 'accounts'
      ? `SELECT ${ACCOUNT} FROM accounts a WHERE a.rid IN (SELECT value FROM json_each(?))`
      : `SELECT ${CONTACT} FROM contacts c JOIN accounts a ON a.id = c.account_id
         WHERE c.rid IN (SELECT value FROM json_each(?))`;
  return core.statement(sql).all(JSON.stringify(rids)) as StoredRow[];
}
