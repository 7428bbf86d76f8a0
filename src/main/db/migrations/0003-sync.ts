/**
 * Sync (DESIGN §3, docs/sync.md).
 * - Each logged change keeps the clock of the value it replaced (base_hlc, base_node;
 *   NULL for a new row). A receiver whose value has another clock knows the author never
 *   saw it: that clash is a conflict, shown to the person whose value lost.
 * - sync_inbox holds pulled changes that cannot be applied yet because their row or a
 *   row they reference has not arrived (a folder read out of order, a parent out of
 *   scope); each pull retries them.
 * - sync_target is where this book syncs: an adapter spec and, in the web host only,
 *   the server token (Electron keeps it with safeStorage instead).
 * - sync_purge: accounts the server took out of this device's scope, removed once every
 *   pending edit to them went up.
 * - contacts_reports_to: when a page of contacts goes in with its references checked at
 *   commit (managers and reports arriving together), SQLite looks up each new contact's
 *   reports; without this index that is a scan of every contact per row.
 */
export const sql = `
ALTER TABLE changes ADD COLUMN base_hlc INTEGER;
ALTER TABLE changes ADD COLUMN base_node INTEGER REFERENCES nodes(idx);

CREATE TABLE sync_inbox (
  tbl TEXT NOT NULL,
  row_id BLOB NOT NULL,
  field TEXT NOT NULL,
  node INTEGER NOT NULL REFERENCES nodes(idx),
  seq INTEGER NOT NULL,
  hlc INTEGER NOT NULL,
  value TEXT NOT NULL,
  base_hlc INTEGER,
  base_node INTEGER,
  received_at INTEGER NOT NULL,
  reason TEXT NOT NULL,
  PRIMARY KEY (node, seq)
) STRICT, WITHOUT ROWID;
CREATE INDEX sync_inbox_row ON sync_inbox(tbl, row_id);

CREATE TABLE sync_target (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  spec TEXT NOT NULL,
  token TEXT,
  token_sealed INTEGER NOT NULL DEFAULT 0 CHECK (token_sealed IN (0, 1)),
  auto INTEGER NOT NULL DEFAULT 1 CHECK (auto IN (0, 1))
) STRICT;

CREATE INDEX contacts_reports_to ON contacts(reports_to_id) WHERE reports_to_id IS NOT NULL;

CREATE TABLE sync_purge (account_id BLOB PRIMARY KEY) STRICT, WITHOUT ROWID;

ALTER TABLE conflicts ADD COLUMN local_member BLOB;
ALTER TABLE conflicts ADD COLUMN remote_member BLOB;
`;
