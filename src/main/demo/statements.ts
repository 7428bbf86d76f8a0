/**
 * The demo's prepared INSERTs, one per table, with positional parameters in the order
 * listed here. Every synced row starts with (id, created_at, updated_hlc).
 */
import type Database from 'better-sqlite3';

const COLUMNS = {
  teams: ['name', 'sales_force', 'lead_id', 'description'],
  territories: ['name', 'rules_json', 'team_id'],
  team_members: [
    'name',
    'email',
    'phone',
    'sales_force',
    'function',
    'app_role',
    'team_id',
    'territory_id',
  ],
  accounts: [
    'archived',
    'name',
    'kind',
    'parent_id',
    'industry',
    'country',
    'region',
    'city',
    'postcode',
    'address',
    'website',
    'phone',
    'lifecycle',
    'relationship_style',
    'tier',
    'sales_force',
    'territory_id',
    'owner_id',
    'cost_to_serve',
    'profit_potential',
    'currency',
    'needs',
    'capabilities',
    'notes',
    'sort_name',
  ],
  contacts: [
    'archived',
    'account_id',
    'name',
    'title',
    'email',
    'phone',
    'mobile',
    'buying_role',
    'influence',
    'relationship_strength',
    'reports_to_id',
    'preferred_channel',
    'birthday',
    'work_anniversary',
    'do_not_contact',
    'notes',
  ],
  assignments: [
    'account_id',
    'member_id',
    'role',
    'credit_share',
    'valid_from',
    'valid_to',
    'assigned_by_id',
    'reason',
  ],
  interactions: [
    'account_id',
    'member_id',
    'kind',
    'occurred_at',
    'subject',
    'notes',
    'outcome',
    'next_step',
    'next_step_due',
  ],
  interaction_contacts: ['interaction_id', 'contact_id'],
  purchases: [
    'account_id',
    'product_line',
    'period_start',
    'period_end',
    'quantity',
    'amount',
    'currency',
  ],
  offerings: ['name', 'core_product', 'segment', 'account_id', 'description'],
  offering_services: ['offering_id', 'service', 'description'],
  opportunities: [
    'account_id',
    'name',
    'step',
    'status',
    'value',
    'currency',
    'expected_close',
    'offering_id',
    'owner_id',
    'notes',
  ],
  assessments: [
    'account_id',
    'assessed_on',
    'assessed_by_id',
    'needs_changing',
    'new_competitors',
    'new_technology',
    'cost_pressure',
    'quality_problems',
    'late_deliveries',
    'inadequate_support',
    'long_term_commitment',
    'response_speed',
    'trust',
    'mutual_interest',
    'notes',
  ],
  partner_agreements: [
    'account_id',
    'kind',
    'title',
    'signed_on',
    'starts_on',
    'ends_on',
    'terms',
    'document_ref',
  ],
} as const;

export type DemoTable = keyof typeof COLUMNS;
export const DEMO_TABLES = Object.keys(COLUMNS) as DemoTable[];

export type Statements = Record<DemoTable, Database.Statement>;

export function prepareInserts(db: Database.Database): Statements {
  const out = {} as Statements;
  for (const table of DEMO_TABLES) {
    const columns = ['id', 'created_at', 'updated_hlc', ...COLUMNS[table]];
    out[table] = db.prepare(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
  }
  return out;
}
