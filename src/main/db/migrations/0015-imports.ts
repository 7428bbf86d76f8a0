/**
 * Imports of accounts and contacts (issue 21). An account keeps the id another system
 * gave it (a Salesforce Id, a HubSpot Record ID), so that a later import of the same
 * export updates it instead of adding it twice; the index finds it, and only accounts
 * that have one are in it. Adding a nullable column rewrites no row.
 *
 * The laptop keeps each import to undo it as one, as it keeps a hand-over: one row per
 * record it touched (created, or changed with the values it had before), so a
 * million-row import is undone in pages, never read as one document.
 */
export const sql = `
ALTER TABLE accounts ADD COLUMN external_id TEXT;
CREATE INDEX accounts_external_id ON accounts (external_id) WHERE external_id IS NOT NULL;
CREATE TABLE imports (
  id BLOB PRIMARY KEY CHECK (length(id) = 16),
  made_at INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('accounts', 'contacts')),
  file_name TEXT NOT NULL,
  created INTEGER NOT NULL,
  updated INTEGER NOT NULL,
  last_hlc INTEGER NOT NULL,
  undone_at INTEGER
) STRICT;
CREATE TABLE import_rows (
  import_id BLOB NOT NULL REFERENCES imports (id),
  seq INTEGER NOT NULL,
  row_id BLOB NOT NULL CHECK (length(row_id) = 16),
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  PRIMARY KEY (import_id, seq)
) STRICT, WITHOUT ROWID;
`;
