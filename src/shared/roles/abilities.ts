import type { AccountAbilities } from '../domain/abilities';
import { accountsTable } from '../domain/account';
import { assignmentsTable } from '../domain/assignment';
import { contactsTable } from '../domain/contact';
import { membersTable, teamsTable } from '../domain/team';
import type { Table } from '../schema/table';
import { refusalOf, type WriteActor, type WriteFacts, type WriteIntent } from './writeRule';

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

/**
 * What the actor may change on one account (`account`: the row as it is, API form):
 * each kind of change asked of the rule as the write behind its control makes it.
 */
export function accountRefusals(
  actor: WriteActor,
  account: Record<string, unknown> & { id: string },
  facts: WriteFacts,
  day: number,
): AccountAbilities {
  const ask = (t: Table, intent: WriteIntent) => refusalOf(actor, t, intent, facts, day);
  const refusal = ask(accountsTable, { before: account, values: {} });
  const fields: Record<string, string> = {};
  for (const field of Object.keys(accountsTable.columns)) {
    // a value unlike the one it has: the rule is asked about changing the field
    const reason = ask(accountsTable, { before: account, values: { [field]: Symbol(field) } });
    if (reason !== null && reason !== refusal) fields[field] = reason;
  }
  const cover = { values: { accountId: account.id, memberId: '' } };
  return {
    account: refusal,
    fields,
    records: ask(contactsTable, { values: { accountId: account.id } }),
    cover: ask(assignmentsTable, cover),
  };
}
