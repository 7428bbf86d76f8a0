/**
 * Search as you type at 100k accounts (issue 13, docs/search.md): the names that start
 * with the text come from a B-tree in name order, for contacts as for accounts, instead
 * of the FTS index (whose `^` phrase reads every row holding a word with that start —
 * all 300k e-mail addresses for "co" — when few names have it). Contacts gain
 * `sort_name`, the folded name (a derived column like the accounts' own: computed by the
 * core on each write, not by a trigger, so a bulk write pays no extra statement per
 * row), and an index on it that holds live contacts only.
 */
export const sql = `
ALTER TABLE contacts ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';
UPDATE contacts SET sort_name = rapport_normalize(name) WHERE sort_name <> rapport_normalize(name);
CREATE INDEX IF NOT EXISTS contacts_sort_name ON contacts(sort_name) WHERE deleted = 0 AND archived = 0;
`;
