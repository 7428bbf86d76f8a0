import { hlcMillis } from '../shared/hlc';
import { refusalOf, type WriteFacts, type WriteIntent } from '../shared/roles/writeRule';
import type { Table } from '../shared/schema/table';
import type { WireChange } from '../shared/sync/wire';
import type { DeviceRole } from './devices';
import type { StoredRow } from './rows';
import { CURRENT, LEAD_TEAMS } from './scope';
import type { Sql } from './storage/storage';

/** Who pushes: a device's role and the team member it syncs as. */
export interface Actor {
  readonly role: DeviceRole;
  readonly memberId: string | null;
}

const DAY_MS = 86_400_000;

/**
 * The roles of DESIGN §9, checked again by the server on every pushed change with the
 * same rule the app's core applies before every write (src/shared/roles), dated the
 * day of the change's clock: a rep's edits made offline before a reassignment still go
 * up. The rule asks its facts synchronously; the storage answers asynchronously, so
 * the facts this change can need are read first. Returns null when allowed, else the
 * reason in the user's words.
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
  const dayNumber = Math.floor(hlcMillis(change.hlc) / DAY_MS);
  const day = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
  const intent = intentOf(t, change, stored);
  const facts = await readFacts(sql, actor.role, member, day, t, intent);
  return refusalOf({ id: member, appRole: actor.role }, t, intent, facts, dayNumber);
}

/** The write as the rule sees it: the row as the server keeps it, and the values set. */
function intentOf(t: Table, change: WireChange, stored: StoredRow | undefined): WriteIntent {
  if (!stored) return { values: change.values };
  const before: Record<string, unknown> = { id: change.row };
  // A managers-only field never set on the row has its default, as it has on a laptop.
  for (const [field, column] of Object.entries(t.columns)) {
    if (column.managersOnly) before[field] = column.zod.safeParse(undefined).data ?? null;
  }
  for (const [field, kept] of Object.entries(stored.state)) before[field] = kept.v;
  if (t.account && t.account !== 'id') before[t.account] = stored.accountId;
  return { before, values: change.values };
}

/** The facts the rule may ask about this change, read from the server's storage. */
async function readFacts(
  sql: Sql,
  role: 'rep' | 'lead',
  member: string,
  day: string,
  t: Table,
  intent: WriteIntent,
): Promise<WriteFacts> {
  const accounts = new Set<string>();
  for (const v of [intent.before?.[t.account ?? ''], intent.values[t.account ?? '']]) {
    if (typeof v === 'string') accounts.add(v);
  }
  const claimed = intent.values.accountId;
  const covered = new Map<string, boolean>();
  const book = new Map<string, boolean>();
  const uncovered = new Map<string, boolean>();
  const names = new Map<string, string>();
  for (const account of accounts) {
    names.set(account, await accountName(sql, account));
    if (role === 'rep') covered.set(account, await covers(sql, member, account, day));
    else book.set(account, await inTeamBook(sql, member, account, day));
  }
  if (role === 'rep' && t.name === 'assignments' && typeof claimed === 'string') {
    uncovered.set(claimed, !(await isCovered(sql, claimed, day)));
  }
  const teams =
    role === 'lead' && t.account === null
      ? (await sql.all<{ id: string }>(LEAD_TEAMS, { member })).map((r) => r.id)
      : [];
  const known = <T>(map: Map<string, T>, key: string): T => {
    if (!map.has(key)) throw new Error(`The server did not read this fact for ${key}`);
    return map.get(key) as T;
  };
  return {
    covers: (_member, account) => known(covered, account),
    inTeamBook: (_lead, account) => known(book, account),
    isCovered: (account) => !known(uncovered, account),
    teamsLedBy: () => teams,
    accountName: (account) => names.get(account) ?? `Account ${account}`,
  };
}

async function covers(sql: Sql, member: string, account: string, day: string): Promise<boolean> {
  const hit = await sql.get(
    `SELECT 1 AS hit FROM scope_assignments
     WHERE account_id = :account AND member_id = :member AND ${CURRENT}`,
    { account, member, day },
  );
  return hit !== undefined;
}

async function isCovered(sql: Sql, account: string, day: string): Promise<boolean> {
  const hit = await sql.get(
    `SELECT 1 AS hit FROM scope_assignments WHERE account_id = :account AND ${CURRENT}`,
    { account, day },
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
