import type { Core } from '../../core/core';
import type { StoredText } from './fields';

/** An account or contact as search reads it: its searched text, what the hit shows. */
export interface StoredRow extends StoredText {
  type: 'account' | 'contact';
  rid: number;
  id: Buffer;
  accountId: Buffer;
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

/**
 * The signed-in member's own accounts (those they cover today, in any role) and
 * these accounts' contacts; none when nobody is signed in. CROSS JOIN keeps the
 * member's accounts first: left to itself, SQLite scans every contact instead.
 */
export function ownRows(core: Core, day: number): StoredRow[] {
  // Read again only when something was written (here or by another connection), the
  // profile changed or the day turned: between keystrokes, nothing has.
  const { changes, member } = core
    .statement(
      `SELECT total_changes() AS changes,
         (SELECT value FROM meta WHERE key = 'profile_member_id') AS member`,
    )
    .get() as { changes: number; member: string | null };
  const version = `${day}:${changes}:${member}:${String(core.db.pragma('data_version', { simple: true }))}`;
  const cached = ownCache.get(core);
  if (cached?.version === version) return cached.rows;
  const rows = readOwnRows(core, day);
  ownCache.set(core, { version, rows });
  return rows;
}

const ownCache = new WeakMap<Core, { version: string; rows: StoredRow[] }>();

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

/** Live accounts whose folded name starts with the folded text, in name order (exact first). */
export function rowsByName(core: Core, folded: string, limit: number): StoredRow[] {
  return core
    .statement(
      `SELECT ${ACCOUNT} FROM accounts a
       WHERE a.sort_name >= ? AND a.sort_name < ? || char(1114111) AND a.deleted = 0 AND a.archived = 0
       ORDER BY a.sort_name LIMIT ?`,
    )
    .all(folded, folded, limit) as StoredRow[];
}

/** The first rows of the index that match, bounded before any join. */
export function rowsMatching(
  core: Core,
  table: 'accounts' | 'contacts',
  match: string,
  limit: number,
): StoredRow[] {
  const sql =
    table === 'accounts'
      ? `WITH best AS (SELECT rowid FROM accounts_fts WHERE accounts_fts MATCH ? LIMIT ?)
         SELECT ${ACCOUNT} FROM best JOIN accounts a ON a.rid = best.rowid WHERE a.archived = 0`
      : `WITH best AS (SELECT rowid FROM contacts_fts WHERE contacts_fts MATCH ? LIMIT ?)
         SELECT ${CONTACT} FROM best JOIN contacts c ON c.rid = best.rowid
         JOIN accounts a ON a.id = c.account_id WHERE c.archived = 0`;
  return core.statement(sql).all(match, limit) as StoredRow[];
}
