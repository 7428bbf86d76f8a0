import { accountsTable } from '../domain/account';
import { assignmentsTable } from '../domain/assignment';
import {
  offeringsTable,
  opportunitiesTable,
  opportunityStepsTable,
  purchasesTable,
} from '../domain/commerce';
import { contactsTable } from '../domain/contact';
import { interactionsTable } from '../domain/interaction';
import { agreementsTable, assessmentsTable, holidaysTable } from '../domain/relationship';
import { membersTable, teamsTable, territoriesTable } from '../domain/team';
import type { Table } from './table';

/**
 * Every synced table, in an order where a row's references come before it: the
 * allow-list that writes and sync apply use (a table or field not here is refused).
 */
export const TABLES = [
  teamsTable,
  territoriesTable,
  membersTable,
  holidaysTable,
  offeringsTable,
  accountsTable,
  contactsTable,
  assignmentsTable,
  interactionsTable,
  purchasesTable,
  opportunitiesTable,
  opportunityStepsTable,
  assessmentsTable,
  agreementsTable,
] as const satisfies readonly Table[];

export type TableName = (typeof TABLES)[number]['name'];

const byName = new Map<string, Table>(TABLES.map((t) => [t.name, t as Table]));

/** The declaration of a synced table, or undefined for anything else. */
export function tableNamed(name: string): Table | undefined {
  return byName.get(name);
}
