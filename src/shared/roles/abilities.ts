import { assignmentsTable } from '../domain/assignment';
import { membersTable, teamsTable } from '../domain/team';
import type { Table } from '../schema/table';
import { refusalOf, type WriteActor, type WriteFacts } from './writeRule';

/**
 * What a screen offers, asked of the write rule itself (./writeRule.ts) with the same
 * facts the core asks it with: a control is shown when the write it makes would pass.
 */

/**
 * Whether the actor may set who covers the account (staff it, change its owner, end a
 * cover): the rule asked of an assignment of someone else to it. Without an account,
 * whether the actor ever may (a rep never does).
 */
export function mayStaff(
  actor: WriteActor,
  accountId: string | null,
  facts: WriteFacts,
  day: number,
): boolean {
  const values = accountId === null ? { memberId: '' } : { accountId, memberId: '' };
  return refusalOf(actor, assignmentsTable, { values }, facts, day) === null;
}

/**
 * Whether the actor may edit a team, its members and its territories; with `null`,
 * whether they may make teams and edit members and territories of no team (an admin).
 */
export function mayEditTeam(
  actor: WriteActor,
  teamId: string | null,
  facts: WriteFacts,
  day: number,
): boolean {
  if (teamId === null) return refusalOf(actor, teamsTable, { values: {} }, facts, day) === null;
  const team = refusalOf(actor, teamsTable, { before: { id: teamId }, values: {} }, facts, day);
  const members = refusalOf(actor, membersTable, { values: { teamId } }, facts, day);
  return team === null && members === null;
}

/**
 * Whether the actor may add a record of this table: to the account when the table
 * belongs to accounts (a deal, an agreement), else to the shared reference data.
 */
export function mayAdd(
  actor: WriteActor,
  table: Table,
  accountId: string | null,
  facts: WriteFacts,
  day: number,
): boolean {
  const values = accountId === null ? {} : { [table.account as string]: accountId };
  return refusalOf(actor, table, { values }, facts, day) === null;
}
