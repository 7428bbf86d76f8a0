import type { StorageKind } from './storage';

/**
 * The server's tables, the same in SQLite and PostgreSQL but for the auto-numbered
 * sequence column. Ids and dates are text (uuids, ISO dates: text order is date
 * order); JSON is kept as text; booleans as 0/1.
 */
export function schemaStatements(kind: StorageKind): string[] {
  const seq =
    kind === 'sqlite'
      ? 'seq INTEGER PRIMARY KEY AUTOINCREMENT'
      : 'seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY';
  return [
    `CREATE TABLE IF NOT EXISTS devices (
       id TEXT PRIMARY KEY,
       name TEXT NOT NULL,
       role TEXT NOT NULL CHECK (role IN ('rep', 'lead', 'admin')),
       member_id TEXT,
       token_hash TEXT NOT NULL UNIQUE,
       created_at TEXT NOT NULL,
       revoked_at TEXT)`,
    // One row per pushed change (one write to one row); (node, node_seq) is its id.
    `CREATE TABLE IF NOT EXISTS changes (
       ${seq},
       node TEXT NOT NULL,
       node_seq BIGINT NOT NULL,
       hlc BIGINT NOT NULL,
       tbl TEXT NOT NULL,
       row_id TEXT NOT NULL,
       account_id TEXT,
       vals TEXT NOT NULL,
       bases TEXT,
       author TEXT,
       received_at TEXT NOT NULL,
       UNIQUE (node, node_seq))`,
    'CREATE INDEX IF NOT EXISTS changes_by_row ON changes (tbl, row_id, seq)',
    // The newest change per table: whether a scope can have moved since the last pull.
    'CREATE INDEX IF NOT EXISTS changes_by_table ON changes (tbl, seq)',
    // The merged value and clock of the fields scope and roles read, per row.
    `CREATE TABLE IF NOT EXISTS rows (
       tbl TEXT NOT NULL,
       row_id TEXT NOT NULL,
       account_id TEXT,
       state TEXT NOT NULL,
       PRIMARY KEY (tbl, row_id))`,
    'CREATE INDEX IF NOT EXISTS rows_by_account ON rows (account_id)',
    // Typed projections of `rows`, kept on ingest, for the scope queries.
    `CREATE TABLE IF NOT EXISTS scope_assignments (
       row_id TEXT PRIMARY KEY,
       account_id TEXT NOT NULL,
       member_id TEXT NOT NULL,
       is_owner INTEGER NOT NULL,
       valid_from TEXT NOT NULL,
       valid_to TEXT)`,
    'CREATE INDEX IF NOT EXISTS scope_assignments_by_member ON scope_assignments (member_id)',
    'CREATE INDEX IF NOT EXISTS scope_assignments_by_account ON scope_assignments (account_id)',
    'CREATE TABLE IF NOT EXISTS scope_members (row_id TEXT PRIMARY KEY, team_id TEXT)',
    'CREATE INDEX IF NOT EXISTS scope_members_by_team ON scope_members (team_id)',
    'CREATE TABLE IF NOT EXISTS scope_teams (row_id TEXT PRIMARY KEY, lead_id TEXT)',
    'CREATE INDEX IF NOT EXISTS scope_teams_by_lead ON scope_teams (lead_id)',
    'CREATE TABLE IF NOT EXISTS scope_parents (row_id TEXT PRIMARY KEY, parent_id TEXT)',
    'CREATE TABLE IF NOT EXISTS scope_served (row_id TEXT PRIMARY KEY, via_id TEXT)',
    'CREATE INDEX IF NOT EXISTS scope_served_by_via ON scope_served (via_id)',
    // Which device sends each node's changes: another device cannot take a node's
    // (node, seq) ids, which would make the real change look like a retry.
    'CREATE TABLE IF NOT EXISTS device_nodes (node TEXT PRIMARY KEY, device_id TEXT NOT NULL)',
    // When each device last pulled, by the server's clock: a pushed change is judged
    // against the state then (what the device had seen) or now, never earlier.
    'CREATE TABLE IF NOT EXISTS device_pulls (device_id TEXT PRIMARY KEY, pulled_at TEXT NOT NULL)',
    // The accounts a device holds. `gen` numbers the pull that added it, `from_seq` is
    // where its regular stream then stood (its history up to there is sent apart), and
    // `gone_gen` the pull that took it out of scope, kept until the device confirms
    // it applied that purge (by presenting a later cursor).
    `CREATE TABLE IF NOT EXISTS device_accounts (
       device_id TEXT NOT NULL,
       account_id TEXT NOT NULL,
       gen BIGINT NOT NULL,
       from_seq BIGINT NOT NULL,
       gone_gen BIGINT,
       PRIMARY KEY (device_id, account_id))`,
    // A pull reads the device's newest generations and confirmed purges one index step
    // each, not by walking every account the device holds.
    'CREATE INDEX IF NOT EXISTS device_accounts_by_gen ON device_accounts (device_id, gen)',
    'CREATE INDEX IF NOT EXISTS device_accounts_by_gone ON device_accounts (device_id, gone_gen)',
  ];
}
