import { z } from 'zod';
import { AccountCreate, AccountListQuery, AccountUpdate } from './domain/account';
import type { Account, AccountPage } from './domain/account';
import { ContactCreate, ContactListQuery, ContactUpdate } from './domain/contact';
import type { Contact } from './domain/contact';
import {
  ListArchivedQuery,
  TeamCreate,
  TeamMemberCreate,
  TeamMemberUpdate,
  TeamUpdate,
  TerritoryCreate,
  TerritoryUpdate,
} from './domain/team';
import type { Team, TeamMember, Territory } from './domain/team';
import {
  AssignmentCreate,
  AssignmentEnd,
  AssignmentListQuery,
  AssignmentUpdate,
} from './domain/assignment';
import type { Assignment, CoverageRow } from './domain/assignment';
import { SearchQuery } from './domain/search';
import type { SearchHit } from './domain/search';
import { ArchiveInput, IdInput } from './domain/fields';
import type { ApiErrorBody, Envelope } from './errors';
import { RapportError } from './errors';

/**
 * The one API contract (DESIGN §1): each method has a zod input schema and a result
 * type. Electron IPC, the web host and tests all carry exactly this table.
 */
export interface Method<I extends z.ZodType, O> {
  readonly input: I;
  /** Phantom: carries the result type; never set at run time. */
  readonly result?: O;
}

const method =
  <O>() =>
  <I extends z.ZodType>(input: I): Method<I, O> => ({ input });

const Empty = z.object({}).default({});

export interface Profile {
  /** Null until a profile is chosen (a new, empty database). */
  member: TeamMember | null;
  teams: Team[];
}
export interface AccountDetail {
  account: Account;
  parent: Pick<Account, 'id' | 'name'> | null;
  sites: Pick<Account, 'id' | 'name' | 'city' | 'country'>[];
  owner: Pick<TeamMember, 'id' | 'name'> | null;
  territory: Pick<Territory, 'id' | 'name'> | null;
  contacts: Contact[];
  coverage: CoverageRow[];
}
export type TableCounts = Record<string, number>;

export const contract = {
  profile: method<Profile>()(Empty),
  listAccounts: method<AccountPage>()(AccountListQuery),
  getAccount: method<AccountDetail>()(IdInput),
  createAccount: method<Account>()(AccountCreate),
  updateAccount: method<Account>()(AccountUpdate),
  archiveAccount: method<Account>()(ArchiveInput),
  listContacts: method<Contact[]>()(ContactListQuery),
  createContact: method<Contact>()(ContactCreate),
  updateContact: method<Contact>()(ContactUpdate),
  archiveContact: method<Contact>()(ArchiveInput),
  listTeamMembers: method<TeamMember[]>()(ListArchivedQuery),
  createTeamMember: method<TeamMember>()(TeamMemberCreate),
  updateTeamMember: method<TeamMember>()(TeamMemberUpdate),
  archiveTeamMember: method<TeamMember>()(ArchiveInput),
  listTeams: method<Team[]>()(ListArchivedQuery),
  createTeam: method<Team>()(TeamCreate),
  updateTeam: method<Team>()(TeamUpdate),
  archiveTeam: method<Team>()(ArchiveInput),
  listTerritories: method<Territory[]>()(ListArchivedQuery),
  createTerritory: method<Territory>()(TerritoryCreate),
  updateTerritory: method<Territory>()(TerritoryUpdate),
  archiveTerritory: method<Territory>()(ArchiveInput),
  listCoverage: method<CoverageRow[]>()(AssignmentListQuery),
  assignAccount: method<Assignment>()(AssignmentCreate),
  updateAssignment: method<Assignment>()(AssignmentUpdate),
  endAssignment: method<Assignment>()(AssignmentEnd),
  search: method<SearchHit[]>()(SearchQuery),
  stats: method<TableCounts>()(Empty),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = NonNullable<Contract[M]['result']>;

/** What the renderer holds: one async function per method, whatever the transport. */
export type ApiClient = { [M in MethodName]: (input: InputOf<M>) => Promise<ResultOf<M>> };

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

/** Builds a typed client on any transport that moves (method, input) to an envelope. */
export function createClient(
  send: (method: MethodName, input: unknown) => Promise<Envelope<unknown>>,
): ApiClient {
  const client = {} as Record<MethodName, (input: unknown) => Promise<unknown>>;
  for (const name of methodNames) {
    client[name] = async (input) => {
      const reply = await send(name, input);
      if (reply.ok) return reply.value;
      throw errorFromBody(reply.error);
    };
  }
  return client as unknown as ApiClient;
}

export function errorFromBody(body: ApiErrorBody): RapportError {
  return new RapportError(body.code, body.message, body.issues);
}

export function issuesFromZod(error: z.ZodError): RapportError {
  const issues = error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  const first = issues[0];
  const message = first
    ? first.field
      ? `${first.field}: ${first.message}`
      : first.message
    : 'Invalid input';
  return new RapportError('validation', message, issues);
}
