import { hlcMillis } from '../shared/hlc';
import type { Column } from '../shared/schema/column';
import type { Table } from '../shared/schema/table';
import type { WireChange } from '../shared/sync/wire';
import type { DeviceRole } from './devices';
import type { StoredRow } from './rows';
import { CURRENT, LEAD_TEAMS } from './scope';
import type { Sql } from './storage/storage';
import { words } from './validate';

/** Who pushes: a device's role and the team member it syncs as. */
export interface Actor {
  readonly role: DeviceRole;
  readonly memberId: string | null;
}

/**
 * The roles of DESIGN §9, checked again by the server on every pushed change, as the
 * core checks them on every write (src/main/core/permissions.ts):
 * - admin: everything;
 * - lead: the team's book (accounts covered by a member of their teams, or by nobody)
 *   and what belongs to it, assignments included; shared reference data; their own
 *   team's members and territories, and their team itself;
 * - rep: the accounts they covered on the day of the change (so edits made offline
 *   before a reassignment still go up) and what belongs to them; never assignments
 *   (but one: owning an account nobody covers), reference data, or a field for managers.
 * Returns null when allowed, else the reason in the user's words.
 */
export async function authorize(
  sql: Sql,
  actor: Actor,
  t: Table,
  change: WireChange,
  stored: StoredRow | undefined,
): Promise<string | null> {
  if (actor.role === 'admin') return null;
  const member = actor.memberId ?? '';
  const day = dayOf(change);
  if (t.account === null) return authorizeReference(sql, actor.role, member, t, change, stored);
  if (actor.role === 'rep') {
    if (t.name === 'assignments') {
      if (await claimsUncovered(sql, member, day, change, stored)) return null;
      return 'Only a lead or an admin may assign or reassign accounts';
    }
    for (const [field, value] of Object.entries(change.values)) {
      const column = t.columns[field];
      if (column?.managersOnly && !same(value, baseline(column, field, stored))) {
        return `Only a lead or an admin may change the ${words(field)} of an account`;
      }
    }
  }
  for (const account of accountsOf(t, change, stored)) {
    const allowed =
      actor.role === 'rep'
        ? await covers(sql, member, account, day)
        : await inTeamBook(sql, member, account, day);
    if (!allowed) {
      const name = await accountName(sql, account);
      return actor.role === 'rep'
        ? `You can only change accounts you cover, and ${name} was not one of them on ${day}`
        : `${name} is not in your team's book`;
    }
  }
  return null;
}

/** The UTC day of the change's clock: coverage is judged on the day the edit was made. */
const dayOf = (change: WireChange): string =>
  new Date(hlcMillis(change.hlc)).toISOString().slice(0, 10);

/** A field's value before the change: the kept one, or on a new row its default. */
function baseline(column: Column, field: string, stored: StoredRow | undefined): unknown {
  const kept = stored?.state[field];
  if (kept) return kept.v;
  return column.zod.safeParse(undefined).data ?? null;
}

const plural = (label: string) => (label.endsWith('y') ? `${label.slice(0, -1)}ies` : `${label}s`);

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The accounts a change touches: the row's, and the one it moves the row to. */
function accountsOf(t: Table, change: WireChange, stored: StoredRow | undefined): string[] {
  const ids = new Set<string>();
  if (stored?.accountId) ids.add(stored.accountId);
  const named = t.account === 'id' ? undefined : change.values[t.account as string];
  if (typeof named === 'string') ids.add(named);
  return [...ids];
}

async function claimsUncovered(
  sql: Sql,
  member: string,
  day: string,
  change: WireChange,
  stored: StoredRow | undefined,
): Promise<boolean> {
  const { accountId, memberId, isOwner } = change.values;
  if (stored || memberId !== member || isOwner !== true || typeof accountId !== 'string') {
    return false;
  }
  const anyone = await sql.get(
    `SELECT 1 AS hit FROM scope_assignments WHERE account_id = :account AND ${CURRENT}`,
    { account: accountId, day },
  );
  return anyone === undefined;
}

async function authorizeReference(
  sql: Sql,
  role: DeviceRole,
  member: string,
  t: Table,
  change: WireChange,
  stored: StoredRow | undefined,
): Promise<string | null> {
  const label = plural(t.label.toLowerCase());
  if (role === 'rep') return `Only a lead or an admin may change ${label}`;
  const teams = new Set((await sql.all<{ id: string }>(LEAD_TEAMS, { member })).map((r) => r.id));
  if (t.name === 'teams' && !(stored && teams.has(change.row))) {
    return 'A lead may change their own team only; an admin creates teams';
  }
  if (t.name === 'team_members' || t.name === 'territories') {
    const touched = [stored?.state.teamId?.v, change.values.teamId].filter((v) => v !== undefined);
    if (touched.length === 0 || !touched.every((v) => typeof v === 'string' && teams.has(v))) {
      return `A lead may change ${label} of their own team only`;
    }
  }
  return null;
}

async function covers(sql: Sql, member: string, account: string, day: string): Promise<boolean> {
  const hit = await sql.get(
    `SELECT 1 AS hit FROM scope_assignments
     WHERE account_id = :account AND member_id = :member AND ${CURRENT}`,
    { account, member, day },
  );
  return hit !== undefined;
}

/** Covered by a member of the lead's teams, or by nobody at all (so it can be staffed). */
async function inTeamBook(
  sql: Sql,
  member: string,
  account: string,
  day: string,
): Promise<boolean> {
  const row = await sql.get<{ anyone: number; ours: number }>(
    `SELECT count(*) AS anyone,
       coalesce(sum(CASE WHEN m.team_id IN (${LEAD_TEAMS}) THEN 1 ELSE 0 END), 0) AS ours
     FROM scope_assignments s JOIN scope_members m ON m.row_id = s.member_id
     WHERE s.account_id = :account AND ${CURRENT.replace(/valid_/g, 's.valid_')}`,
    { account, member, day },
  );
  return !row || Number(row.anyone) === 0 || Number(row.ours) > 0;
}

async function accountName(sql: Sql, account: string): Promise<string> {
  const row = await sql.get<{ state: string }>(
    "SELECT state FROM rows WHERE tbl = 'accounts' AND row_id = :account",
    { account },
  );
  const name = row ? (JSON.parse(row.state) as StoredRow['state']).name?.v : undefined;
  return typeof name === 'string' ? name : `Account ${account}`;
}
