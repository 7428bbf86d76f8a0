import type Database from 'better-sqlite3';

/**
 * The compact, sync-ready store (DESIGN §2, §3). Ids are 16-byte BLOBs, clocks and
 * moments are integers (milliseconds; an HLC is millis × 1024 + counter), dates are
 * days since 1970-01-01. Every synced row has:
 *   id        its UUIDv7, 16 bytes
 *   hlc, node the clock of the row's creation: the clock of every field not in `clocks`
 *   clocks    the clocks of the fields changed since the row was made, beside the row:
 *             JSON {"field": [hlc, node]}; NULL while there are none (most rows)
 *   updated_hlc  the clock of its last change; NULL while it has none
 * An empty value costs nothing in SQLite, so a book never edited carries no clocks.
 *   archived  the user's "put away"; deleted: the sync tombstone
 * The schema of preview builds (0001) held nothing worth keeping and is dropped.
 */
const synced = `
  rid INTEGER PRIMARY KEY,
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),
  hlc INTEGER NOT NULL,
  node INTEGER NOT NULL,
  updated_hlc INTEGER,
  clocks TEXT CHECK (clocks IS NULL OR json_valid(clocks)),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))`;

/**
 * The same for tables with many rows that nothing searches by rowid: the row lives in
 * its id's B-tree (WITHOUT ROWID), so there is no second index of 16-byte ids.
 */
const clustered = synced.replace(
  `rid INTEGER PRIMARY KEY,
  id BLOB NOT NULL UNIQUE CHECK (length(id) = 16),`,
  `id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),`,
);

const FORCES = `('strategic', 'geographic', 'distributor')`;
const bool = (column: string) => `${column} INTEGER NOT NULL DEFAULT 0 CHECK (${column} IN (0, 1))`;
const score = (column: string) => `${column} INTEGER CHECK (${column} BETWEEN 1 AND 5)`;
const uuid = (column: string, target: string, notNull = false) =>
  `${column} BLOB ${notNull ? 'NOT NULL ' : ''}REFERENCES ${target}(id) CHECK (length(${column}) = 16)`;

const dropPreview = `
DROP TABLE IF EXISTS accounts_fts; DROP TABLE IF EXISTS contacts_fts;
DROP TABLE IF EXISTS accounts_fts_map; DROP TABLE IF EXISTS contacts_fts_map;
DROP TABLE IF EXISTS conflicts; DROP TABLE IF EXISTS changes;
DROP TABLE IF EXISTS partner_agreements; DROP TABLE IF EXISTS assessments;
DROP TABLE IF EXISTS opportunities; DROP TABLE IF EXISTS offering_services;
DROP TABLE IF EXISTS offerings; DROP TABLE IF EXISTS purchases;
DROP TABLE IF EXISTS interaction_contacts; DROP TABLE IF EXISTS interactions;
DROP TABLE IF EXISTS assignments; DROP TABLE IF EXISTS contacts;
DROP TABLE IF EXISTS accounts; DROP TABLE IF EXISTS team_members;
DROP TABLE IF EXISTS territories; DROP TABLE IF EXISTS teams;
`;

/**
 * A preview book (schema 1) with accounts in it is refused, not emptied: its rows
 * cannot be carried into this store, and the file is left exactly as it was.
 */
export function refuse(db: Database.Database, file: string): string | null {
  const accounts = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'accounts'")
    .get();
  if (!accounts || !db.prepare('SELECT 1 FROM accounts LIMIT 1').get()) return null;
  return `${file} was made by a preview build of Rapport whose books this version cannot carry over; it was left exactly as it was. Start a new book to use this version.`;
}

export const sql = `
${dropPreview}

-- Every device that wrote a change: its id once, a small number everywhere else.
-- member_id: who that device ran as when we last heard of it (the author of its changes).
CREATE TABLE nodes (
  idx INTEGER PRIMARY KEY,
  node_id TEXT NOT NULL UNIQUE,
  member_id BLOB
) STRICT;

CREATE TABLE teams (${synced},
  name TEXT NOT NULL,
  sales_force TEXT NOT NULL CHECK (sales_force IN ${FORCES}),
  ${uuid('lead_id', 'team_members')},
  description TEXT
) STRICT;

-- A lead's teams: looked up on every write a lead makes (DESIGN §9).
CREATE INDEX teams_lead ON teams(lead_id) WHERE lead_id IS NOT NULL;

CREATE TABLE territories (${synced},
  name TEXT NOT NULL,
  rules TEXT NOT NULL CHECK (json_valid(rules)),
  ${uuid('team_id', 'teams')}
) STRICT;

CREATE TABLE team_members (${synced},
  name TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  sales_force TEXT NOT NULL CHECK (sales_force IN ${FORCES}),
  function TEXT NOT NULL CHECK (function IN ('sales', 'application_engineer', 'quality_engineer',
    'service', 'sales_manager', 'channel_manager', 'other')),
  app_role TEXT NOT NULL CHECK (app_role IN ('rep', 'lead', 'admin')),
  ${uuid('team_id', 'teams')},
  ${uuid('territory_id', 'territories')}
) STRICT;
CREATE INDEX team_members_team ON team_members(team_id);

CREATE TABLE holidays (${synced},
  country TEXT NOT NULL,
  name TEXT NOT NULL,
  calendar TEXT NOT NULL CHECK (calendar IN ('gregorian', 'persian', 'lunar')),
  month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
  day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31)
) STRICT;

CREATE TABLE offerings (${synced},
  kind TEXT NOT NULL CHECK (kind IN ('core_product', 'service')),
  name TEXT NOT NULL,
  service TEXT CHECK (service IN ('technical_help', 'delivery_guarantee', 'cost_reduction',
    'joint_promotion', 'training', 'other')),
  product_line TEXT,
  segment TEXT,
  description TEXT
) STRICT;

CREATE TABLE accounts (${synced},
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('customer', 'prospect', 'distributor', 'supplier', 'partner')),
  ${uuid('parent_id', 'accounts')},
  industry TEXT,
  country TEXT,
  region TEXT,
  city TEXT,
  postcode TEXT,
  address TEXT,
  website TEXT,
  phone TEXT,
  lifecycle TEXT NOT NULL CHECK (lifecycle IN ('prospect', 'active', 'at_risk', 'dormant', 'ended')),
  relationship_style TEXT NOT NULL CHECK (relationship_style IN ('transactional',
    'leaning_transactional', 'balanced', 'leaning_collaborative', 'collaborative')),
  tier TEXT NOT NULL CHECK (tier IN ('A', 'B', 'C')),
  sales_force TEXT NOT NULL CHECK (sales_force IN ${FORCES}),
  ${uuid('territory_id', 'territories')},
  cost_to_serve REAL CHECK (cost_to_serve >= 0),
  profit_potential REAL CHECK (profit_potential >= 0),
  currency TEXT NOT NULL,
  needs TEXT,
  capabilities TEXT,
  customer_since INTEGER,
  notes TEXT,
  sort_name TEXT NOT NULL
) STRICT;
-- The list shows live accounts: these indexes hold only those, in list order.
CREATE INDEX accounts_sort_name ON accounts(sort_name, id) WHERE deleted = 0 AND archived = 0;
CREATE INDEX accounts_force ON accounts(sales_force, sort_name) WHERE deleted = 0 AND archived = 0;
CREATE INDEX accounts_lifecycle ON accounts(lifecycle, sort_name) WHERE deleted = 0 AND archived = 0;
CREATE INDEX accounts_kind ON accounts(kind, sort_name) WHERE deleted = 0 AND archived = 0;
-- Counting a filtered list reads this small covering index, not the rows.
CREATE INDEX accounts_facets ON accounts(sales_force, lifecycle, kind)
  WHERE deleted = 0 AND archived = 0;
CREATE INDEX accounts_parent ON accounts(parent_id) WHERE parent_id IS NOT NULL;
CREATE INDEX accounts_territory ON accounts(territory_id) WHERE territory_id IS NOT NULL;

CREATE TABLE contacts (${synced},
  ${uuid('account_id', 'accounts', true)},
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  title TEXT,
  email TEXT,
  phone TEXT,
  mobile TEXT,
  buying_role TEXT CHECK (buying_role IN
    ('decision_maker', 'influencer', 'champion', 'gatekeeper', 'user', 'economic_buyer')),
  ${score('influence')},
  ${score('relationship_strength')},
  ${uuid('reports_to_id', 'contacts')} CHECK (reports_to_id IS NULL OR reports_to_id <> id),
  preferred_channel TEXT CHECK (preferred_channel IN ('email', 'phone', 'visit', 'mail', 'fax', 'video')),
  birthday INTEGER,
  work_anniversary INTEGER,
  ${bool('do_not_contact')},
  notes TEXT
) STRICT;
CREATE INDEX contacts_account ON contacts(account_id);

CREATE TABLE assignments (${synced},
  ${uuid('account_id', 'accounts', true)},
  ${uuid('member_id', 'team_members', true)},
  role TEXT NOT NULL CHECK (role IN ('account_manager', 'sales', 'application_engineer',
    'quality_engineer', 'service', 'executive_sponsor', 'territory_rep', 'distributor_rep')),
  ${bool('is_owner')},
  credit_share REAL NOT NULL CHECK (credit_share BETWEEN 0 AND 100),
  valid_from INTEGER NOT NULL,
  valid_to INTEGER CHECK (valid_to IS NULL OR valid_to >= valid_from),
  reason TEXT,
  ${uuid('assigned_by_id', 'team_members')}
) STRICT;
CREATE INDEX assignments_account ON assignments(account_id, valid_to) WHERE deleted = 0;
CREATE INDEX assignments_member ON assignments(member_id, valid_to) WHERE deleted = 0;
-- The owner of an account is its current owner assignment (DESIGN §9).
CREATE INDEX assignments_owner ON assignments(account_id, member_id, valid_to)
  WHERE is_owner = 1 AND deleted = 0;

CREATE TABLE interactions (${clustered},
  ${uuid('account_id', 'accounts', true)},
  ${uuid('member_id', 'team_members')},
  kind TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'email', 'letter', 'meeting', 'greeting', 'fax')),
  occurred_at INTEGER NOT NULL,
  subject TEXT NOT NULL,
  notes TEXT,
  outcome TEXT,
  next_step TEXT,
  next_step_due INTEGER,
  ${bool('next_step_done')}
) STRICT, WITHOUT ROWID;
CREATE INDEX interactions_account ON interactions(account_id, occurred_at);
-- Open follow-ups, by due date.
CREATE INDEX interactions_due ON interactions(next_step_due)
  WHERE next_step_due IS NOT NULL AND next_step_done = 0 AND deleted = 0;

-- The contacts present at an interaction: one field of the interaction (contactIds),
-- kept one row per contact so that a contact's history is one index away.
CREATE TABLE interaction_contacts (
  interaction_id BLOB NOT NULL REFERENCES interactions(id),
  contact_id BLOB NOT NULL REFERENCES contacts(id),
  PRIMARY KEY (interaction_id, contact_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX interaction_contacts_contact ON interaction_contacts(contact_id);

CREATE TABLE purchases (${clustered},
  ${uuid('account_id', 'accounts', true)},
  product_line TEXT NOT NULL,
  period_start INTEGER NOT NULL,
  period_end INTEGER NOT NULL CHECK (period_end >= period_start),
  quantity REAL CHECK (quantity >= 0),
  amount REAL NOT NULL CHECK (amount >= 0),
  currency TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX purchases_account ON purchases(account_id, period_start);

CREATE TABLE opportunities (${synced},
  ${uuid('account_id', 'accounts', true)},
  name TEXT NOT NULL,
  step TEXT NOT NULL CHECK (step IN ('prospecting', 'pre_approach', 'approach', 'presentation',
    'objections', 'closing', 'follow_up')),
  status TEXT NOT NULL CHECK (status IN ('open', 'won', 'lost')),
  value REAL CHECK (value >= 0),
  currency TEXT NOT NULL,
  expected_close INTEGER,
  ${uuid('core_product_id', 'offerings')},
  service_ids TEXT NOT NULL CHECK (json_valid(service_ids)),
  ${uuid('owner_id', 'team_members')},
  notes TEXT
) STRICT;
CREATE INDEX opportunities_account ON opportunities(account_id);
CREATE INDEX opportunities_owner ON opportunities(owner_id, status) WHERE owner_id IS NOT NULL;

CREATE TABLE opportunity_steps (${clustered},
  ${uuid('opportunity_id', 'opportunities', true)},
  ${uuid('account_id', 'accounts', true)},
  step TEXT NOT NULL CHECK (step IN ('prospecting', 'pre_approach', 'approach', 'presentation',
    'objections', 'closing', 'follow_up')),
  changed_at INTEGER NOT NULL,
  ${uuid('changed_by_id', 'team_members')},
  reason TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX opportunity_steps_opportunity ON opportunity_steps(opportunity_id, changed_at);

CREATE TABLE assessments (${synced},
  ${uuid('account_id', 'accounts', true)},
  assessed_on INTEGER NOT NULL,
  ${uuid('assessed_by_id', 'team_members')},
  ${bool('needs_changing')},
  ${bool('new_competitors')},
  ${bool('new_technology')},
  ${bool('cost_pressure')},
  ${bool('quality_problems')},
  ${bool('late_deliveries')},
  ${bool('inadequate_support')},
  ${score('long_term_commitment')},
  ${score('response_speed')},
  ${score('trust')},
  ${score('mutual_interest')},
  notes TEXT
) STRICT;
CREATE INDEX assessments_account ON assessments(account_id, assessed_on);

CREATE TABLE partner_agreements (${synced},
  ${uuid('account_id', 'accounts', true)},
  kind TEXT NOT NULL CHECK (kind IN ('supply', 'distribution', 'contracting', 'service', 'other')),
  title TEXT NOT NULL,
  parties TEXT,
  signed_on INTEGER,
  starts_on INTEGER,
  ends_on INTEGER CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
  terms TEXT,
  document_ref TEXT
) STRICT;
CREATE INDEX partner_agreements_account ON partner_agreements(account_id);

-- The change log (DESIGN §3): one row per field a person set, in API form (the
-- field's contract name and its JSON value), appended in the write's transaction.
-- seq is this device's order: the push cursor of each adapter points into it.
CREATE TABLE changes (
  seq INTEGER PRIMARY KEY,
  hlc INTEGER NOT NULL,
  node INTEGER NOT NULL REFERENCES nodes(idx),
  tbl TEXT NOT NULL,
  row_id BLOB NOT NULL,
  field TEXT NOT NULL,
  value TEXT NOT NULL
) STRICT;
-- No other index: a write appends here and touches no other page (the field's clock
-- lives in its row), which keeps a logged write within twice the cost of a bare one.

-- Sync state, per adapter ('folder:/path', 'https://host'): the opaque pull cursor,
-- how far this device's changes were acknowledged, and when.
CREATE TABLE sync_state (
  adapter TEXT PRIMARY KEY NOT NULL,
  pull_cursor TEXT,
  pushed_seq INTEGER NOT NULL DEFAULT 0,
  pushed_hlc INTEGER NOT NULL DEFAULT 0,
  last_sync_at INTEGER
) STRICT;

-- A value a person typed that lost a merge: both values, both clocks, both authors.
CREATE TABLE conflicts (
  id INTEGER PRIMARY KEY,
  tbl TEXT NOT NULL,
  row_id BLOB NOT NULL,
  field TEXT NOT NULL,
  local_value TEXT NOT NULL,
  local_hlc INTEGER NOT NULL,
  local_node INTEGER NOT NULL REFERENCES nodes(idx),
  remote_value TEXT NOT NULL,
  remote_hlc INTEGER NOT NULL,
  remote_node INTEGER NOT NULL REFERENCES nodes(idx),
  detected_at INTEGER NOT NULL,
  resolved_at INTEGER,
  resolution TEXT CHECK (resolution IN ('mine', 'theirs', 'merged'))
) STRICT;
CREATE INDEX conflicts_open ON conflicts(row_id) WHERE resolved_at IS NULL;

-- Changes the server refused, with its reason, until discarded or retried.
CREATE TABLE rejected_changes (
  seq INTEGER PRIMARY KEY REFERENCES changes(seq),
  adapter TEXT NOT NULL,
  reason TEXT NOT NULL,
  rejected_at INTEGER NOT NULL,
  resolved_at INTEGER,
  resolution TEXT CHECK (resolution IN ('discarded', 'retried'))
) STRICT;

-- Search (DESIGN §2): text is normalised in JS (rapport_normalize) before indexing.
-- The FTS rowid is the row's rid (an INTEGER PRIMARY KEY, so VACUUM keeps it).
CREATE VIRTUAL TABLE accounts_fts USING fts5(
  name, place, notes,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3'
);
CREATE VIRTUAL TABLE contacts_fts USING fts5(
  name, title, email, phone, notes,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3'
);
${ftsTriggers(
  'accounts',
  {
    name: 'new.name',
    place: "concat_ws(' ', new.city, new.region, new.country, new.postcode, new.address)",
    notes: "concat_ws(' ', new.notes, new.industry, new.needs)",
  },
  ['name', 'city', 'region', 'country', 'postcode', 'address', 'notes', 'industry', 'needs'],
)}
${ftsTriggers(
  'contacts',
  {
    name: 'new.name',
    title: 'new.title',
    email: 'new.email',
    // digits only, one token per number: "4722334455" is found however it was typed
    phone: `concat_ws(' ', ${digits('new.phone')}, ${digits('new.mobile')})`,
    notes: 'new.notes',
  },
  ['name', 'title', 'email', 'phone', 'mobile', 'notes'],
)}
`;

function digits(column: string): string {
  return [' ', '+', '-', '(', ')', '.'].reduce(
    (expr, ch) => `replace(${expr}, '${ch}', '')`,
    column,
  );
}

/**
 * Keeps a contentless FTS table in step with its source table, in the same
 * transaction as the write. Tombstoned rows leave the index; archived ones stay
 * (search can still find them when asked to).
 */
function ftsTriggers(table: string, columns: Record<string, string>, watched: string[]): string {
  const fts = `${table}_fts`;
  const names = Object.keys(columns).join(', ');
  const values = Object.values(columns)
    .map((expr) => `rapport_normalize(coalesce(${expr}, ''))`)
    .join(', ');
  const insert = `INSERT INTO ${fts}(rowid, ${names}) SELECT new.rid, ${values} WHERE new.deleted = 0;`;
  return `
CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
  ${insert}
END;
CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF ${watched.join(', ')}, deleted ON ${table} BEGIN
  DELETE FROM ${fts} WHERE rowid = old.rid;
  ${insert}
END;`;
}
