import type { Device } from './devices';
import type { Sql } from './storage/storage';

/**
 * An assignment (alias `a` of scope_assignments) in force on `:day`, as the shared rule
 * has it (src/shared/rules/coverage.ts inForce): one that ends that day gives way to
 * another of the account's starting that day, so a hand-over moves the account to the
 * receiver's laptop the same day. ISO dates compare as text.
 */
const IN_FORCE = `a.valid_from <= :day AND (a.valid_to IS NULL OR a.valid_to > :day
  OR (a.valid_to = :day AND NOT EXISTS (SELECT 1 FROM scope_assignments n
    WHERE n.account_id = a.account_id AND n.valid_from = :day AND n.row_id <> a.row_id)))`;

/** A lead's teams: those they lead, and their own. `:member` is the lead. */
export const LEAD_TEAMS = `SELECT row_id AS id FROM scope_teams WHERE lead_id = :member
  UNION SELECT team_id FROM scope_members WHERE row_id = :member AND team_id IS NOT NULL`;

/**
 * The accounts that come with the accounts a device covers (`base`): the end customers
 * served via a covered distributor (its rep sees the channel partner and its customers
 * together, issue 20), then, up the chain from everything in scope, each account's
 * parent and the distributor it is served via (a laptop holds every account a row
 * points to). Only a covered distributor brings its customers: a rep of one end
 * customer gets the distributor, not its other customers.
 */
const WITH_LINKED = `scope(id) AS (
    SELECT id FROM base
    UNION SELECT v.row_id FROM scope_served v JOIN base b ON v.via_id = b.id
    UNION SELECT u.up FROM (
        SELECT row_id, parent_id AS up FROM scope_parents
        UNION ALL SELECT row_id, via_id FROM scope_served) u
      JOIN scope s ON u.row_id = s.id WHERE u.up IS NOT NULL)`;

/**
 * The accounts a device may hold today (DESIGN §3), as a subquery of `id`s bound to
 * `:member` and `:day`: a rep's are the accounts they cover; a lead's are those a
 * member of their teams covers or nobody covers; both with the accounts linked to
 * them (WITH_LINKED). An admin's scope is everything and is never listed.
 */
export function scopeQuery(role: 'rep' | 'lead'): string {
  if (role === 'rep') {
    return `(WITH RECURSIVE base(id) AS (
        SELECT a.account_id FROM scope_assignments a WHERE a.member_id = :member AND ${IN_FORCE}),
      ${WITH_LINKED}
      SELECT id FROM scope)`;
  }
  return `(WITH RECURSIVE lead_teams(id) AS (${LEAD_TEAMS}),
      covering(account_id, member_id) AS (
        SELECT a.account_id, a.member_id FROM scope_assignments a WHERE ${IN_FORCE}),
      base(id) AS (
        SELECT c.account_id FROM covering c JOIN scope_members m ON m.row_id = c.member_id
          WHERE m.team_id IN (SELECT id FROM lead_teams)
        UNION SELECT r.row_id FROM rows r WHERE r.tbl = 'accounts'
          AND NOT EXISTS (SELECT 1 FROM covering c WHERE c.account_id = r.row_id)),
      ${WITH_LINKED}
      SELECT id FROM scope)`;
}

/** Today by this process's clock (the demo's seed and the bench pick members by it). */
export const today = (): string => new Date().toISOString().slice(0, 10);

type Scoped = Device & { role: 'rep' | 'lead' };

/** A first pull: the device holds exactly its scope, all of it sent from the start. */
export async function resetScope(sql: Sql, device: Scoped, day: string): Promise<void> {
  await sql.run('DELETE FROM device_accounts WHERE device_id = :device', { device: device.id });
  await sql.run(
    `INSERT INTO device_accounts (device_id, account_id, gen, from_seq)
     SELECT CAST(:device AS TEXT), s.id, 0, 0 FROM ${scopeQuery(device.role)} s`,
    { device: device.id, member: device.memberId, day },
  );
}

/**
 * Brings the device's accounts in line with its scope today, as generation `gen`:
 * accounts that left are marked gone (to be purged), accounts that came in are added
 * with `from_seq`, the cursor's position (their history before it is sent apart).
 */
export async function refreshScope(
  sql: Sql,
  device: Scoped,
  gen: number,
  fromSeq: number,
  day: string,
): Promise<void> {
  const scope = scopeQuery(device.role);
  const params = { device: device.id, member: device.memberId, day, gen, from: fromSeq };
  await sql.run(
    `UPDATE device_accounts SET gone_gen = :gen
     WHERE device_id = :device AND gone_gen IS NULL AND account_id NOT IN ${scope}`,
    params,
  );
  // Back in scope before the device confirmed the purge: it comes in again, with its history.
  await sql.run(
    `DELETE FROM device_accounts
     WHERE device_id = :device AND gone_gen IS NOT NULL AND account_id IN ${scope}`,
    params,
  );
  await sql.run(
    `INSERT INTO device_accounts (device_id, account_id, gen, from_seq)
     SELECT CAST(:device AS TEXT), s.id, CAST(:gen AS BIGINT), CAST(:from AS BIGINT)
     FROM ${scope} s
     WHERE NOT EXISTS (SELECT 1 FROM device_accounts d
       WHERE d.device_id = :device AND d.account_id = s.id)`,
    params,
  );
}

/** The tables whose changes can move a scope: coverage, teams, and accounts (new ones, parents). */
const SCOPE_TABLES = ['assignments', 'team_members', 'teams', 'accounts'];

/**
 * Where what scope depends on stands: the newest change to those tables, and the day
 * (the server's).
 * Read before a refresh: a change that commits later has a higher sequence number
 * (writers take turns), so the next pull sees the mark move and refreshes again.
 */
export async function scopeMark(sql: Sql, day: string): Promise<{ k: number; d: string }> {
  const newest = SCOPE_TABLES.map((t) => `SELECT max(seq) AS k FROM changes WHERE tbl = '${t}'`);
  const row = await sql.get<{ k: number | null }>(
    `SELECT max(k) AS k FROM (${newest.join(' UNION ALL ')}) m`,
  );
  return { k: Number(row?.k ?? 0), d: day };
}
