/**
 * Search as you type at 100k accounts (issue 13, docs/search.md): the names that start
 * with the text come from a B-tree in name order, for contacts as for accounts, instead
 * of the FTS index (whose `^` phrase reads every row holding a word with that start —
 * all 300k e-mail addresses for "co" — when few names have it). Contacts gain
 * `sort_name`, the folded name (a derived column like the accounts' own: computed by the
 * core on each write, not by a trigger, so a bulk write pays no extra statement per
 * row). The indexes hold live rows only, and all that ranking reads of a row (its
 * name and ids; `deleted` and `archived` too, else SQLite reads the row to check
 * them), so a walk reads a few neighbouring index pages rather than a page per row.
 */
export const sql = `
ALTER TABLE contacts ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
UPDATE contacts SET sort_name = rapport_normalize(name) WHERE sort_name <> rapport_normalize(name);
CREATE INDEX IF NOT EXISTS contacts_search_name ON contacts(sort_name, name, account_id, id, deleted, archived)
  WHERE deleted = 0 AND archived = 0;
CREATE INDEX IF NOT EXISTS accounts_search_name ON accounts(sort_name, name, id, deleted, archived)
  WHERE deleted = 0 AND archived = 0;
`;
