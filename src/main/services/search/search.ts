import type { SearchHit } from '../../../shared/domain/search';
import type { ParsedInputOf } from '../../../shared/api';
import { normalize, toPrefixQuery } from '../../../shared/text';
import type { Core } from '../../core/core';

interface RankedHit extends SearchHit {
  prefix: number;
  rank: number;
}

/**
 * Accounts and contacts whose words start with the typed words (both sides
 * normalised, so "bjorn" finds "Bjørn" and Arabic ي finds Persian ی). Names that
 * are the text come first, then names that start with it, then FTS5's bm25 with the
 * name weighted highest.
 */
export function search(core: Core, { text, limit }: ParsedInputOf<'search'>): SearchHit[] {
  const match = toPrefixQuery(text);
  if (!match) return [];
  const exact = normalize(text);
  const startsWith = `${exact.replace(/[\\%_]/g, '\\$&')}%`;
  const accounts = core
    .statement(
      `SELECT a.id, a.id AS accountId, a.name, concat_ws(', ', a.city, a.country) AS detail,
              (a.sort_name = ?) + (a.sort_name LIKE ? ESCAPE '\\') AS prefix, bm25(accounts_fts, 10.0, 2.0, 1.0) AS rank
       FROM accounts_fts
       JOIN accounts_fts_map f ON f.rowid = accounts_fts.rowid
       JOIN accounts a ON a.id = f.account_id
       WHERE accounts_fts MATCH ? AND a.archived = 0
       ORDER BY prefix DESC, rank LIMIT ?`,
    )
    .all(exact, startsWith, match, limit) as RankedHit[];
  const contacts = core
    .statement(
      `SELECT c.id, c.account_id AS accountId, c.name,
              concat_ws(' · ', c.title, a.name) AS detail,
              (rapport_normalize(c.name) = ?) + (rapport_normalize(c.name) LIKE ? ESCAPE '\\') AS prefix,
              bm25(contacts_fts, 10.0, 3.0, 2.0, 1.0) AS rank
       FROM contacts_fts
       JOIN contacts_fts_map f ON f.rowid = contacts_fts.rowid
       JOIN contacts c ON c.id = f.contact_id
       JOIN accounts a ON a.id = c.account_id
       WHERE contacts_fts MATCH ? AND c.archived = 0
       ORDER BY prefix DESC, rank LIMIT ?`,
    )
    .all(exact, startsWith, match, limit) as RankedHit[];
  const hits = [
    ...accounts.map((h) => ({ ...h, type: 'account' as const })),
    ...contacts.map((h) => ({ ...h, type: 'contact' as const })),
  ];
  // Accounts win ties: a rep typing a company name wants the company.
  hits.sort((x, y) => y.prefix - x.prefix || x.rank - y.rank || (x.type === 'account' ? -1 : 1));
  return hits
    .slice(0, limit)
    .map(({ type, id, accountId, name, detail }) => ({ type, id, accountId, name, detail }));
}
