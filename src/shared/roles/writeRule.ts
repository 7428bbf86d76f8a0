import type { AppRole } from '../domain/enums';
import { messages } from '../domain/messages';
import type { Table } from '../schema/table';

/**
 * Who may write what (DESIGN §9), as one pure decision applied twice: the app's core
 * asks it before every local write (src/main/core/permissions.ts, with facts read from
 * the local book, dated today), and the sync server asks it again for every pushed
 * change (with facts read from the server's own storage, dated the change's day), so a
 * client that skips its own check still cannot write what its member may not.
 * - admin: everything;
 * - lead: the team's book (accounts covered by someone in their team, or by nobody)
 *   and what belongs to it, assignments included; shared reference data; their own
 *   team's members, territories and the team itself;
 * - rep: the accounts they cover on that day and what belongs to them, never
 *   assignments, reference data, or a field marked for managers (an account's
 *   territory, force); the one assignment a rep makes is to own an account nobody
 *   covers (a prospect they just created), so that they can go on working on it.
 */

/** The member making the write, with their role as it is now (never cached). */
export interface WriteActor {
  readonly id: string;
  readonly appRole: AppRole;
}

export interface WriteIntent {
  /** The row as it is (API form), for an update; absent for a new row. */
  readonly before?: Record<string, unknown>;
  /** The fields being set (API form). */
  readonly values: Record<string, unknown>;
}

/**
 * What the rule needs to know about the book, answered by the local store or by the
 * server's. `day` is days since the epoch (UTC); an assignment counts on a day when it
 * is not deleted and its validity includes that day.
 */
export interface WriteFacts {
  /** The member has an assignment to the account on that day. */
  covers(memberId: string, accountId: string, day: number): boolean;
  /** Covered on that day by someone in the lead's teams, or by nobody (so it can be staffed). */
  inTeamBook(leadId: string, accountId: string, day: number): boolean;
  /** Anyone has an assignment to the account on that day. */
  isCovered(accountId: string, day: number): boolean;
  /** The teams the lead leads, and their own team. */
  teamsLedBy(leadId: string): string[];
  /** The account's name for a message, or a stand-in naming its id. */
  accountName(accountId: string): string;
}

/** Null when the write is allowed, else why not, in the user's words. */
export function refusalOf(
  actor: WriteActor,
  t: Table,
  intent: WriteIntent,
  facts: WriteFacts,
  day: number,
): string | null {
  if (actor.appRole === 'admin') return null;
  if (t.account === null) return referenceRefusal(actor, t, intent, facts);
  if (actor.appRole === 'rep') {
    if (t.name === 'assignments') {
      return claimsUncovered(actor, intent, facts, day) ? null : messages.repAssigns({});
    }
    const field = managersOnlyChange(t, intent);
    if (field) return messages.managersField({ label: labelOf(field) });
  }
  for (const accountId of accountsOf(t, intent)) {
    if (actor.appRole === 'rep' && !facts.covers(actor.id, accountId, day)) {
      return messages.notCovered({ account: facts.accountName(accountId) });
    }
    if (actor.appRole === 'lead' && !facts.inTeamBook(actor.id, accountId, day)) {
      return messages.notInTeamBook({ account: facts.accountName(accountId) });
    }
  }
  return null;
}

/** A new owner assignment of the rep themself to an account nobody covers that day. */
function claimsUncovered(
  actor: WriteActor,
  intent: WriteIntent,
  facts: WriteFacts,
  day: number,
): boolean {
  const { accountId, memberId, isOwner } = intent.values;
  if (intent.before || memberId !== actor.id || isOwner !== true) return false;
  return typeof accountId === 'string' && !facts.isCovered(accountId, day);
}

/** The first managers-only field the write changes, if any. */
function managersOnlyChange(t: Table, intent: WriteIntent): string | undefined {
  return Object.keys(intent.values).find((field) => {
    const column = t.columns[field];
    if (!column?.managersOnly) return false;
    // on a new row, a rep may leave such a field as it comes by default
    const baseline = intent.before ? intent.before[field] : column.zod.safeParse(undefined).data;
    return intent.values[field] !== baseline;
  });
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

function referenceRefusal(
  actor: WriteActor,
  t: Table,
  intent: WriteIntent,
  facts: WriteFacts,
): string | null {
  if (actor.appRole === 'rep') return messages.managersTable({ label: t.label });
  const teams = facts.teamsLedBy(actor.id);
  const inTeam = (teamId: unknown) => typeof teamId === 'string' && teams.includes(teamId);
  if (t.name === 'teams' && !(intent.before && inTeam(intent.before.id))) {
    return messages.ownTeam({});
  }
  if (t.name === 'team_members' || t.name === 'territories') {
    const teamIds = [intent.before?.teamId, intent.values.teamId].filter((v) => v !== undefined);
    if (teamIds.length === 0 || !teamIds.every(inTeam)) {
      return messages.ownTeamOnly({ label: t.label });
    }
  }
  return null;
}

/** `territoryId` → "Territory", `salesForce` → "Sales force": the field's label. */
const labelOf = (field: string) => {
  const words = field.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`).replace(/ id$/, '');
  return words.charAt(0).toUpperCase() + words.slice(1);
};
