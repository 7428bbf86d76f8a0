import { z } from 'zod';
import {
  Account,
  AccountCreate,
  AccountListQuery,
  AccountPage,
  AccountUpdate,
} from './domain/account';
import { Contact, ContactCreate, ContactListQuery, ContactUpdate } from './domain/contact';
import {
  ListArchivedQuery,
  Team,
  TeamCreate,
  TeamMember,
  TeamMemberCreate,
  TeamMemberUpdate,
  TeamUpdate,
  Territory,
  TerritoryCreate,
  TerritoryUpdate,
} from './domain/team';
import {
  Assignment,
  AssignmentCreate,
  AssignmentEnd,
  AssignmentListQuery,
  AssignmentUpdate,
  AccountStaffing,
  CoverageRow,
  Staffing,
  StaffingQuery,
} from './domain/assignment';
import { SearchHit, SearchQuery } from './domain/search';
import { Interaction, InteractionCreate, InteractionUpdate } from './domain/interaction';
import {
  Offering,
  OfferingCreate,
  OfferingListQuery,
  OfferingUpdate,
  Opportunity,
  OpportunityCreate,
  OpportunityDetail,
  OpportunityUpdate,
  Purchase,
  PurchaseCreate,
  PurchaseUpdate,
} from './domain/commerce';
import {
  Agreement,
  AgreementCreate,
  AgreementUpdate,
  Assessment,
  AssessmentCreate,
  AssessmentUpdate,
  ByAccountQuery,
  Holiday,
  HolidayCreate,
  HolidayUpdate,
  KeyDate,
  KeyDateQuery,
} from './domain/relationship';
import {
  ArchiveInput,
  id,
  IdInput,
  isoDate,
  optionalEmail,
  optionalText,
  requiredText,
} from './domain/fields';
import { MemberFunction, SalesForce } from './domain/enums';
import { Agenda, AgendaCompletion, AgendaDone, WeekQuery } from './domain/week';
import {
  ConflictChoice,
  RejectedChange,
  RejectedInput,
  SyncConflict,
  SyncStatus,
  SyncTargetInput,
} from './domain/sync';
import { AccountOverview, TimelinePage, TimelineQuery } from './domain/overview';
import {
  SelectionLabel,
  SelectionLabelQuery,
  SelectionPoints,
  SelectionQuery,
} from './domain/selection';
import {
  HandOverPlan,
  HandOverPreview,
  HandOverPreviewQuery,
  HandOverResult,
  HandOverUndo,
} from './domain/handover';
import {
  Abilities,
  AbilitiesQuery,
  AccountAbilities,
  AccountAbilitiesQuery,
} from './domain/abilities';
import { OwnerSuggestions, SuggestionApply, SuggestionsApplied } from './domain/suggestions';
import { AccountHistory, HistoryQuery } from './domain/history';
import { BoardQuery, TeamBoard } from './domain/board';
import { CoverageGaps, GapQuery } from './domain/gaps';
import { messages } from './domain/messages';
import { RecentImport, RecentImportsQuery } from './imports';
import type { ApiErrorBody, Envelope } from './errors';
import { RapportError } from './errors';

/**
 * Who may call a method (DESIGN §9). `read`: anyone, even before a profile is chosen.
 * `write`: someone must be signed in; what each role may then change is checked row by
 * row by the core's one write path. `setup`: only while the database has no profile.
 * `manage`: a write only a lead or an admin may make (it assigns or reassigns accounts),
 * refused to a rep before any row is read; its rows then pass the same row rule.
 * `device`: anyone; it sets up this device (where it syncs), not the team's book, so a
 * new laptop can reach its team before it knows who it is. `assign`: a write that
 * reassigns accounts, so a lead or an admin must be signed in (a rep is refused the
 * call, not only each row).
 */
export type Access = 'read' | 'write' | 'manage' | 'setup' | 'device';

/**
 * The one API contract (DESIGN §1): each method has its access, a zod input schema
 * and a zod result schema. Electron IPC, the web host and tests all carry exactly
 * this table; a test checks every method's real result against its schema.
 */
export interface Method<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly access: Access;
  readonly input: I;
  readonly result: O;
}

const method = <I extends z.ZodType, O extends z.ZodType>(
  access: Access,
  input: I,
  result: O,
): Method<I, O> => ({ access, input, result });

const Empty = z.object({}).default({});

export const Profile = z.object({
  /** Null until a profile is chosen (a new, empty database). */
  member: TeamMember.nullable(),
  teams: z.array(Team),
  /** Whether this book is demo data (never pushed to a team's server). */
  demo: z.boolean(),
  /** Whether this is the demo book tried beside the user's own, which they can go back to. */
  ownBookBeside: z.boolean().default(false),
});
export type Profile = z.infer<typeof Profile>;

/** The first person on a new database: an admin, who then builds the team. */
export const ProfileSetup = z.object({
  name: requiredText('Name'),
  salesForce: SalesForce.default('geographic'),
  function: MemberFunction.default('sales_manager'),
  email: optionalEmail,
});

const Named = z.object({ id, name: z.string() });
export const AccountDetail = z.object({
  account: Account,
  parent: Named.nullable(),
  /** The distributor this end customer is served via. */
  servedVia: Named.nullable(),
  sites: z.array(
    z.object({ id, name: z.string(), city: z.string().nullable(), country: z.string().nullable() }),
  ),
  owner: Named.nullable(),
  territory: Named.nullable(),
  contacts: z.array(Contact),
  coverage: z.array(CoverageRow),
});
export type AccountDetail = z.infer<typeof AccountDetail>;

/** A relationship is ended on purpose with its reason (PRODUCT §5), kept on the account. */
export const RelationshipEnd = z.object({
  accountId: id,
  reason: requiredText('Reason', 500).min(3, {
    message: messages.tooShort({ label: 'Reason', min: 3 }),
  }),
});

export const AccountOwnerChange = z.object({
  accountId: id,
  memberId: id,
  reason: optionalText('Reason', 500),
});

/** Open follow-ups due before a day (not on it), soonest first; one member's, or everyone's. */
export const FollowUpQuery = z.object({
  memberId: id.optional(),
  dueBefore: isoDate('Due before'),
  limit: z
    .number({ message: messages.notWhole({ label: 'Limit', min: 1, max: 1000 }) })
    .int({ message: messages.notWhole({ label: 'Limit', min: 1, max: 1000 }) })
    .min(1, { message: messages.outOfRange({ label: 'Limit', min: 1, max: 1000 }) })
    .max(1000, { message: messages.outOfRange({ label: 'Limit', min: 1, max: 1000 }) })
    .default(200),
});

export const TableCounts = z.record(z.string(), z.number().int().min(0));
export type TableCounts = z.infer<typeof TableCounts>;

export const contract = {
  profile: method('read', Empty, Profile),
  setupProfile: method('setup', ProfileSetup, Profile),
  chooseProfile: method('setup', z.object({ memberId: id }), Profile),
  /** Opens the demo book, a file of its own that never syncs; the user's book is left as it is. */
  tryDemo: method('device', Empty, Profile),
  /** Back from the demo book to the user's own. */
  leaveDemo: method('device', Empty, Profile),
  abilities: method('read', AbilitiesQuery, Abilities),
  accountAbilities: method('read', AccountAbilitiesQuery, AccountAbilities),
  listAccounts: method('read', AccountListQuery, AccountPage),
  getAccount: method('read', IdInput, AccountDetail),
  createAccount: method('write', AccountCreate, Account),
  updateAccount: method('write', AccountUpdate, Account),
  archiveAccount: method('write', ArchiveInput, Account),
  setAccountOwner: method('manage', AccountOwnerChange, Assignment),
  listContacts: method('read', ContactListQuery, z.array(Contact)),
  getContact: method('read', IdInput, Contact),
  createContact: method('write', ContactCreate, Contact),
  updateContact: method('write', ContactUpdate, Contact),
  archiveContact: method('write', ArchiveInput, Contact),
  listTeamMembers: method('read', ListArchivedQuery, z.array(TeamMember)),
  createTeamMember: method('write', TeamMemberCreate, TeamMember),
  updateTeamMember: method('write', TeamMemberUpdate, TeamMember),
  archiveTeamMember: method('write', ArchiveInput, TeamMember),
  listTeams: method('read', ListArchivedQuery, z.array(Team)),
  createTeam: method('write', TeamCreate, Team),
  updateTeam: method('write', TeamUpdate, Team),
  archiveTeam: method('write', ArchiveInput, Team),
  listTerritories: method('read', ListArchivedQuery, z.array(Territory)),
  createTerritory: method('write', TerritoryCreate, Territory),
  updateTerritory: method('write', TerritoryUpdate, Territory),
  archiveTerritory: method('write', ArchiveInput, Territory),
  listCoverage: method('read', AssignmentListQuery, z.array(CoverageRow)),
  assignAccount: method('write', AssignmentCreate, Assignment),
  updateAssignment: method('manage', AssignmentUpdate, Assignment),
  endAssignment: method('manage', AssignmentEnd, Assignment),
  getStaffing: method('read', StaffingQuery, Staffing),
  staffAccount: method('manage', AccountStaffing, Staffing),
  previewHandOver: method('manage', HandOverPreviewQuery, HandOverPreview),
  handOver: method('manage', HandOverPlan, HandOverResult),
  undoHandOver: method('manage', HandOverUndo, HandOverResult),
  suggestOwners: method('read', Empty, OwnerSuggestions),
  applyOwnerSuggestions: method('manage', SuggestionApply, SuggestionsApplied),
  accountHistory: method('read', HistoryQuery, AccountHistory),
  teamBoard: method('read', BoardQuery, TeamBoard),
  coverageGaps: method('read', GapQuery, CoverageGaps),
  search: method('read', SearchQuery, z.array(SearchHit)),
  listInteractions: method('read', ByAccountQuery, z.array(Interaction)),
  getInteraction: method('read', IdInput, Interaction),
  createInteraction: method('write', InteractionCreate, Interaction),
  updateInteraction: method('write', InteractionUpdate, Interaction),
  archiveInteraction: method('write', ArchiveInput, Interaction),
  listFollowUps: method('read', FollowUpQuery, z.array(Interaction)),
  myWeek: method('read', WeekQuery, Agenda),
  completeAgendaItem: method('write', AgendaCompletion, AgendaDone),
  listPurchases: method('read', ByAccountQuery, z.array(Purchase)),
  getPurchase: method('read', IdInput, Purchase),
  createPurchase: method('write', PurchaseCreate, Purchase),
  updatePurchase: method('write', PurchaseUpdate, Purchase),
  archivePurchase: method('write', ArchiveInput, Purchase),
  listOfferings: method('read', OfferingListQuery, z.array(Offering)),
  getOffering: method('read', IdInput, Offering),
  createOffering: method('write', OfferingCreate, Offering),
  updateOffering: method('write', OfferingUpdate, Offering),
  archiveOffering: method('write', ArchiveInput, Offering),
  listOpportunities: method('read', ByAccountQuery, z.array(Opportunity)),
  getOpportunity: method('read', IdInput, OpportunityDetail),
  createOpportunity: method('write', OpportunityCreate, Opportunity),
  updateOpportunity: method('write', OpportunityUpdate, Opportunity),
  archiveOpportunity: method('write', ArchiveInput, Opportunity),
  listAssessments: method('read', ByAccountQuery, z.array(Assessment)),
  getAssessment: method('read', IdInput, Assessment),
  createAssessment: method('write', AssessmentCreate, Assessment),
  updateAssessment: method('write', AssessmentUpdate, Assessment),
  archiveAssessment: method('write', ArchiveInput, Assessment),
  listAgreements: method('read', ByAccountQuery, z.array(Agreement)),
  getAgreement: method('read', IdInput, Agreement),
  createAgreement: method('write', AgreementCreate, Agreement),
  updateAgreement: method('write', AgreementUpdate, Agreement),
  archiveAgreement: method('write', ArchiveInput, Agreement),
  endRelationship: method('write', RelationshipEnd, Account),
  listHolidays: method('read', ListArchivedQuery, z.array(Holiday)),
  getHoliday: method('read', IdInput, Holiday),
  createHoliday: method('write', HolidayCreate, Holiday),
  updateHoliday: method('write', HolidayUpdate, Holiday),
  archiveHoliday: method('write', ArchiveInput, Holiday),
  listKeyDates: method('read', KeyDateQuery, z.array(KeyDate)),
  accountOverview: method('read', IdInput, AccountOverview),
  listTimeline: method('read', TimelineQuery, TimelinePage),
  selectionPoints: method('read', SelectionQuery, SelectionPoints),
  selectionLabels: method('read', SelectionLabelQuery, z.array(SelectionLabel)),
  stats: method('read', Empty, TableCounts),
  syncStatus: method('read', Empty, SyncStatus),
  setSyncTarget: method('device', SyncTargetInput, SyncStatus),
  clearSyncTarget: method('device', Empty, SyncStatus),
  listConflicts: method('read', Empty, z.array(SyncConflict)),
  resolveConflict: method('write', ConflictChoice, z.array(SyncConflict)),
  listRejected: method('read', Empty, z.array(RejectedChange)),
  discardRejected: method('write', RejectedInput, z.array(RejectedChange)),
  retryRejected: method('write', RejectedInput, z.array(RejectedChange)),
  /** The book's latest imports (issue 21), each with why its undo would be refused now. */
  recentImports: method('read', RecentImportsQuery, z.array(RecentImport)),
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export const methodNames = Object.keys(contract) as MethodName[];

export type InputOf<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends MethodName> = z.output<Contract[M]['input']>;
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>;

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
