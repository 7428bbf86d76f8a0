/**
 * The whole domain of PRODUCT.md. Every synced table has a UUIDv7 `id`, `created_at`,
 * `updated_hlc` (the clock of its last write) and a `deleted` tombstone; `archived` is
 * the user's "put away", which keeps history visible.
 */
const synced = `
  id TEXT PRIMARY KEY NOT NULL,
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_hlc TEXT NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1))`;

const salesForce = `CHECK (sales_force IN ('strategic', 'geographic', 'distributor'))`;

export const sql = `
CREATE TABLE meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE teams (${synced},
  name TEXT NOT NULL,
  sales_force TEXT NOT NULL ${salesForce},
  lead_id TEXT REFERENCES team_members(id),
  description TEXT
) STRICT;

CREATE TABLE territories (${synced},
  name TEXT NOT NULL,
  rules_json TEXT NOT NULL DEFAULT '{"countries":[],"regions":[],"postcodes":[],"industries":[]}'
    CHECK (json_valid(rules_json)),
  team_id TEXT REFERENCES teams(id)
) STRICT;

CREATE TABLE team_members (${synced},
  name TEXT NOT NULL,
  email TEXT,
  phone TEXT,
  sales_force TEXT NOT NULL ${salesForce},
  function TEXT NOT NULL,
  app_role TEXT NOT NULL DEFAULT 'rep' CHECK (app_role IN ('rep', 'lead', 'admin')),
  team_id TEXT REFERENCES teams(id),
  territory_id TEXT REFERENCES territories(id)
) STRICT;
CREATE INDEX team_members_team ON team_members(team_id);

CREATE TABLE accounts (${synced},
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  kind TEXT NOT NULL CHECK (kind IN ('customer', 'prospect', 'distributor', 'supplier', 'partner')),
  parent_id TEXT REFERENCES accounts(id),
  industry TEXT,
  country TEXT,
  region TEXT,
  city TEXT,
  postcode TEXT,
  address TEXT,
  website TEXT,
  phone TEXT,
  lifecycle TEXT NOT NULL CHECK (lifecycle IN ('prospect', 'active', 'at_risk', 'dormant', 'ended')),
  relationship_style TEXT NOT NULL,
  tier TEXT NOT NULL CHECK (tier IN ('A', 'B', 'C')),
  sales_force TEXT NOT NULL ${salesForce},
  territory_id TEXT REFERENCES territories(id),
  owner_id TEXT REFERENCES team_members(id),
  cost_to_serve REAL,
  profit_potential REAL,
  currency TEXT NOT NULL DEFAULT 'EUR',
  needs TEXT,
  capabilities TEXT,
  notes TEXT,
  -- normalize(name): the list sorts by it so that "Ærø" and "aero" sit together
  sort_name TEXT NOT NULL
) STRICT;
-- The list shows live accounts: these indexes hold only those, in list order.
CREATE INDEX accounts_sort_name ON accounts(sort_name, id) WHERE deleted = 0 AND archived = 0;
CREATE INDEX accounts_owner ON accounts(owner_id, sort_name) WHERE deleted = 0 AND archived = 0;
CREATE INDEX accounts_force ON accounts(sales_force, sort_name) WHERE deleted = 0 AND archived = 0;
CREATE INDEX accounts_lifecycle ON accounts(lifecycle, sort_name) WHERE deleted = 0 AND archived = 0;
CREATE INDEX accounts_kind ON accounts(kind, sort_name) WHERE deleted = 0 AND archived = 0;
-- Counting a filtered list reads this small covering index, not the rows.
CREATE INDEX accounts_facets ON accounts(sales_force, lifecycle, kind, owner_id)
  WHERE deleted = 0 AND archived = 0;
CREATE INDEX accounts_parent ON accounts(parent_id);
CREATE INDEX accounts_territory ON accounts(territory_id);

CREATE TABLE contacts (${synced},
  account_id TEXT NOT NULL REFERENCES accounts(id),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  title TEXT,
  email TEXT,
  phone TEXT,
  mobile TEXT,
  buying_role TEXT CHECK (buying_role IN
    ('decision_maker', 'influencer', 'champion', 'gatekeeper', 'user', 'economic_buyer')),
  influence INTEGER CHECK (influence BETWEEN 1 AND 5),
  relationship_strength INTEGER CHECK (relationship_strength BETWEEN 1 AND 5),
  reports_to_id TEXT REFERENCES contacts(id) CHECK (reports_to_id IS NULL OR reports_to_id <> id),
  preferred_channel TEXT,
  birthday TEXT,
  work_anniversary TEXT,
  do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1)),
  notes TEXT
) STRICT;
CREATE INDEX contacts_account ON contacts(account_id, name);
CREATE INDEX contacts_reports_to ON contacts(reports_to_id);

CREATE TABLE assignments (${synced},
  account_id TEXT NOT NULL REFERENCES accounts(id),
  member_id TEXT NOT NULL REFERENCES team_members(id),
  role TEXT NOT NULL,
  credit_share REAL NOT NULL DEFAULT 0 CHECK (credit_share BETWEEN 0 AND 100),
  valid_from TEXT NOT NULL,
  valid_to TEXT CHECK (valid_to IS NULL OR valid_to >= valid_from),
  assigned_by_id TEXT REFERENCES team_members(id),
  reason TEXT
) STRICT;
CREATE INDEX assignments_account ON assignments(account_id, valid_to);
CREATE INDEX assignments_member ON assignments(member_id, valid_to);

CREATE TABLE interactions (${synced},
  account_id TEXT NOT NULL REFERENCES accounts(id),
  member_id TEXT REFERENCES team_members(id),
  kind TEXT NOT NULL CHECK (kind IN ('call', 'visit', 'email', 'letter', 'meeting', 'greeting', 'fax')),
  occurred_at TEXT NOT NULL,
  subject TEXT NOT NULL,
  notes TEXT,
  outcome TEXT,
  next_step TEXT,
  next_step_due TEXT
) STRICT;
CREATE INDEX interactions_account ON interactions(account_id, occurred_at);
CREATE INDEX interactions_due ON interactions(next_step_due) WHERE next_step_due IS NOT NULL;

CREATE TABLE interaction_contacts (${synced},
  interaction_id TEXT NOT NULL REFERENCES interactions(id),
  contact_id TEXT NOT NULL REFERENCES contacts(id),
  UNIQUE (interaction_id, contact_id)
) STRICT;
CREATE INDEX interaction_contacts_contact ON interaction_contacts(contact_id);

CREATE TABLE purchases (${synced},
  account_id TEXT NOT NULL REFERENCES accounts(id),
  product_line TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL CHECK (period_end >= period_start),
  quantity REAL,
  amount REAL NOT NULL,
  currency TEXT NOT NULL
) STRICT;
CREATE INDEX purchases_account ON purchases(account_id, period_start);

CREATE TABLE offerings (${synced},
  name TEXT NOT NULL,
  core_product TEXT NOT NULL,
  segment TEXT,
  -- a customer-specific bundle names its account; a segment bundle does not
  account_id TEXT REFERENCES accounts(id),
  description TEXT
) STRICT;

CREATE TABLE offering_services (${synced},
  offering_id TEXT NOT NULL REFERENCES offerings(id),
  service TEXT NOT NULL CHECK (service IN
    ('technical_help', 'delivery_guarantee', 'cost_reduction', 'joint_promotion', 'training', 'other')),
  description TEXT
) STRICT;
CREATE INDEX offering_services_offering ON offering_services(offering_id);

CREATE TABLE opportunities (${synced},
  account_id TEXT NOT NULL REFERENCES accounts(id),
  name TEXT NOT NULL,
  step TEXT NOT NULL CHECK (step IN ('prospecting', 'pre_approach', 'approach', 'presentation',
    'objections', 'closing', 'follow_up')),
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'won', 'lost')),
  value REAL,
  currency TEXT NOT NULL,
  expected_close TEXT,
  offering_id TEXT REFERENCES offerings(id),
  owner_id TEXT REFERENCES team_members(id),
  notes TEXT
) STRICT;
CREATE INDEX opportunities_account ON opportunities(account_id);
CREATE INDEX opportunities_owner ON opportunities(owner_id, status);

CREATE TABLE assessments (${synced},
  account_id TEXT NOT NULL REFERENCES accounts(id),
  assessed_on TEXT NOT NULL,
  assessed_by_id TEXT REFERENCES team_members(id),
  -- warning signs on the customer's side
  needs_changing INTEGER NOT NULL DEFAULT 0,
  new_competitors INTEGER NOT NULL DEFAULT 0,
  new_technology INTEGER NOT NULL DEFAULT 0,
  cost_pressure INTEGER NOT NULL DEFAULT 0,
  -- signs of weak commitment on ours
  quality_problems INTEGER NOT NULL DEFAULT 0,
  late_deliveries INTEGER NOT NULL DEFAULT 0,
  inadequate_support INTEGER NOT NULL DEFAULT 0,
  -- the four relationship-quality measures, 1..5
  long_term_commitment INTEGER CHECK (long_term_commitment BETWEEN 1 AND 5),
  response_speed INTEGER CHECK (response_speed BETWEEN 1 AND 5),
  trust INTEGER CHECK (trust BETWEEN 1 AND 5),
  mutual_interest INTEGER CHECK (mutual_interest BETWEEN 1 AND 5),
  notes TEXT
) STRICT;
CREATE INDEX assessments_account ON assessments(account_id, assessed_on);

CREATE TABLE partner_agreements (${synced},
  account_id TEXT NOT NULL REFERENCES accounts(id),
  kind TEXT NOT NULL CHECK (kind IN ('supply', 'distribution', 'contracting', 'service', 'other')),
  title TEXT NOT NULL,
  signed_on TEXT,
  starts_on TEXT,
  ends_on TEXT,
  terms TEXT,
  document_ref TEXT
) STRICT;
CREATE INDEX partner_agreements_account ON partner_agreements(account_id);

-- Every write through a service appends one row per changed field, in the same
-- transaction (DESIGN §3). pushed = 0 until a sync adapter has acknowledged it.
CREATE TABLE changes (
  id TEXT PRIMARY KEY NOT NULL,
  hlc TEXT NOT NULL,
  node_id TEXT NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value_json TEXT NOT NULL,
  pushed INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX changes_hlc ON changes(hlc);
CREATE INDEX changes_pending ON changes(tbl, row_id, field) WHERE pushed = 0;

CREATE TABLE conflicts (
  id TEXT PRIMARY KEY NOT NULL,
  tbl TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  local_value_json TEXT NOT NULL,
  local_hlc TEXT NOT NULL,
  remote_value_json TEXT NOT NULL,
  remote_hlc TEXT NOT NULL,
  detected_at TEXT NOT NULL,
  resolved_at TEXT
) STRICT;

-- Search (DESIGN §2): text is normalised in JS (rapport_normalize) before indexing.
CREATE VIRTUAL TABLE accounts_fts USING fts5(
  name, place, notes,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3'
);
CREATE VIRTUAL TABLE contacts_fts USING fts5(
  name, title, email, notes,
  content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0', prefix='2 3'
);
-- FTS rowids are integers; these map them to our UUIDs
CREATE TABLE accounts_fts_map (rowid INTEGER PRIMARY KEY, account_id TEXT NOT NULL UNIQUE) STRICT;
CREATE TABLE contacts_fts_map (rowid INTEGER PRIMARY KEY, contact_id TEXT NOT NULL UNIQUE) STRICT;
${ftsTriggers(
  'accounts',
  'account_id',
  {
    name: 'new.name',
    place: "concat_ws(' ', new.city, new.region, new.country, new.postcode, new.address)",
    notes: "concat_ws(' ', new.notes, new.industry, new.needs)",
  },
  ['name', 'city', 'region', 'country', 'postcode', 'address', 'notes', 'industry', 'needs'],
)}
${ftsTriggers(
  'contacts',
  'contact_id',
  {
    name: 'new.name',
    title: 'new.title',
    email: 'new.email',
    notes: 'new.notes',
  },
  ['name', 'title', 'email', 'notes'],
)}
`;

/**
 * Keeps a contentless FTS table in step with its source table, in the same
 * transaction as the write. Tombstoned rows leave the index; archived ones stay
 * (search can still find them when asked to).
 */
function ftsTriggers(
  table: string,
  key: string,
  columns: Record<string, string>,
  watched: string[],
): string {
  const map = `${table}_fts_map`;
  const fts = `${table}_fts`;
  const names = Object.keys(columns).join(', ');
  const values = Object.values(columns)
    .map((expr) => `rapport_normalize(coalesce(${expr}, ''))`)
    .join(', ');
  const rowid = `(SELECT rowid FROM ${map} WHERE ${key} = new.id)`;
  const insert = `INSERT INTO ${fts}(rowid, ${names}) SELECT ${rowid}, ${values} WHERE new.deleted = 0;`;
  return `
CREATE TRIGGER ${table}_fts_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${map}(${key}) VALUES (new.id);
  ${insert}
END;
CREATE TRIGGER ${table}_fts_update AFTER UPDATE OF ${watched.join(', ')}, deleted ON ${table} BEGIN
  DELETE FROM ${fts} WHERE rowid = ${rowid};
  ${insert}
END;`;
}
