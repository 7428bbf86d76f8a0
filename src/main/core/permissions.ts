import { RapportError } from '../../shared/errors';
import type { Table } from '../../shared/schema/table';
import { idBytes, idText } from '../db/codec';
import { currentActor, type Actor, type Core } from './core';

/**
 * Who may write what (DESIGN §9), applied by the one write path to every row of every
 * table, so no method can forget it:
 * - a database without a profile refuses every write;
 * - admin: everything;
 * - lead: the team's book (accounts covered by someone in their team, or by nobody)
 *   and what belongs to it, assignments included; shared reference data; their own
 *   team's members, territories and the team itself;
 * - rep: the accounts they cover now and what belongs to them, never assignments,
 *   reference data, or a field marked for managers (an account's territory, force);
 *   the one assignment a rep makes is to own an account nobody covers (a prospect
 *   they just created), so that they can go on working on it.
 * The role is read fresh on every write, never cached.
 */
export interface WriteIntent {
  /** The row as it is (API form), for an update. */
  readonly before?: Record<string, unknown>;
  /** The fields being set (API form). */
  readonly values: Record<string, unknown>;
}

export function requireActor(core: Core): Actor {
  const actor = currentActor(core);
  if (!actor) {
    throw new RapportError(
      'forbidden',
      'Nobody is signed in to this database yet: choose who you are (set up the profile) before making changes',
    );
  }
  return actor;
}

export function authorizeWrite(core: Core, t: Table, intent: WriteIntent): void {
  const actor = requireActor(core);
  if (actor.appRole === 'admin') return;
  if (t.account === null) return authorizeReference(core, actor, t, intent);
  if (actor.appRole === 'rep') {
    if (t.name === 'assignments') {
      if (claimsUncovered(core, actor, intent)) return;
      throw forbidden('Only a lead or an admin may assign or reassign accounts');
    }
    for (const field of Object.keys(intent.values)) {
      const column = t.columns[field];
      // on a new row, a rep may leave such a field as it comes by default
      const baseline = intent.before ? intent.before[field] : column?.zod.safeParse(undefined).data;
      if (column?.managersOnly && intent.values[field] !== baseline) {
        throw forbidden(`Only a lead or an admin may change the ${words(field)} of an account`);
      }
    }
  }
  for (const accountId of accountsOf(t, intent)) {
    const allowed =
      actor.appRole === 'rep'
        ? covers(core, actor.id, accountId)
        : inTeamBook(core, actor.id, accountId);
    if (!allowed) {
      throw forbidden(
        actor.appRole === 'rep'
          ? `You can only change accounts you cover, and ${accountName(core, accountId)} is not one of them`
          : `${accountName(core, accountId)} is not in your team's book`,
      );
    }
  }
}

function claimsUncovered(core: Core, actor: Actor, intent: WriteIntent): boolean {
  const { accountId, memberId, isOwner } = intent.values;
  if (intent.before || memberId !== actor.id || isOwner !== true) return false;
  const t = today();
  return (
    core
      .statement(`SELECT 1 FROM assignments WHERE account_id = ? AND ${CURRENT} LIMIT 1`)
      .get(idBytes(accountId as string), t, t) === undefined
  );
}

/** The accounts a write touches: the row's, and the one it moves to. */
function accountsOf(t: Table, intent: WriteIntent): string[] {
  const field = t.account as string;
  const ids = new Set<string>();
  const before = intent.before?.[field];
  const after = field === 'id' ? undefined : intent.values[field];
  if (typeof before === 'string') ids.add(before);
  if (typeof after === 'string') ids.add(after);
  return [...ids];
}

function authorizeReference(core: Core, actor: Actor, t: Table, intent: WriteIntent): void {
  if (actor.appRole === 'rep') {
    throw forbidden(`Only a lead or an admin may change ${t.label.toLowerCase()}s`);
  }
  const teams = teamsLedBy(core, actor.id);
  const inTeam = (teamId: unknown) => typeof teamId === 'string' && teams.includes(teamId);
  const touched = (field: string) =>
    [intent.before?.[field], intent.values[field]].filter((v) => v !== undefined);
  if (t.name === 'teams' && !(intent.before && inTeam(intent.before.id))) {
    throw forbidden('A lead may change their own team only; an admin creates teams');
  }
  if (t.name === 'team_members' || t.name === 'territories') {
    const teamIds = touched('teamId');
    if (teamIds.length === 0 || !teamIds.every(inTeam)) {
      throw forbidden(`A lead may change ${t.label.toLowerCase()}s of their own team only`);
    }
  }
}

const CURRENT = `deleted = 0 AND valid_from <= ? AND (valid_to IS NULL OR valid_to >= ?)`;
const today = (): number => Math.floor(Date.now() / 86_400_000);

function covers(core: Core, memberId: string, accountId: string): boolean {
  const t = today();
  return (
    core
      .statement(
        `SELECT 1 FROM assignments WHERE account_id = ? AND member_id = ? AND ${CURRENT} LIMIT 1`,
      )
      .get(idBytes(accountId), idBytes(memberId), t, t) !== undefined
  );
}

/** A lead's teams: those they lead, and their own. `:lead` is the lead's id. */
const LEAD_TEAMS = `SELECT id FROM teams WHERE lead_id = :lead AND deleted = 0
  UNION SELECT team_id FROM team_members WHERE id = :lead AND team_id IS NOT NULL`;

/** Covered by someone in the lead's teams, or by nobody at all (so it can be staffed). */
function inTeamBook(core: Core, leadId: string, accountId: string): boolean {
  const t = today();
  const row = core
    .statement(
      `SELECT count(*) AS anyone, sum(m.team_id IN (${LEAD_TEAMS})) AS ours
       FROM assignments s JOIN team_members m ON m.id = s.member_id
       WHERE s.account_id = :account AND s.deleted = 0 AND s.valid_from <= :day
         AND (s.valid_to IS NULL OR s.valid_to >= :day)`,
    )
    .get({ lead: idBytes(leadId), account: idBytes(accountId), day: t }) as {
    anyone: number;
    ours: number | null;
  };
  return row.anyone === 0 || (row.ours ?? 0) > 0;
}

function teamsLedBy(core: Core, leadId: string): string[] {
  const rows = core.statement(LEAD_TEAMS).all({ lead: idBytes(leadId) }) as { id: Buffer }[];
  return rows.map((r) => idText(r.id));
}

function accountName(core: Core, accountId: string): string {
  const row = core.statement('SELECT name FROM accounts WHERE id = ?').get(idBytes(accountId)) as
    { name: string } | undefined;
  return row?.name ?? `Account ${accountId}`;
}

const words = (field: string) =>
  field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/ id$/, '');
const forbidden = (message: string) => new RapportError('forbidden', message);
