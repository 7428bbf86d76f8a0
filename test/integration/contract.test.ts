import { seedSyncReview } from '../support/syncReview';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames, type InputOf, type MethodName } from '../../src/shared/api';
import { setProfile } from '../../src/main/core/core';
import { openTestCore, type TestCore } from '../support/tempDb';
import { teamBook, type TeamBook } from '../support/teamBook';

/**
 * Every method of the contract, called for real under every role: what each role may
 * do (one table, below), and every result checked against the method's declared
 * result schema — so a method that always fails, or returns the wrong shape, cannot
 * pass unnoticed. Each call runs in a transaction that is rolled back, so the calls
 * do not disturb each other.
 */
type Role = 'nobody' | 'rep' | 'lead' | 'admin';
const ROLES: Role[] = ['nobody', 'rep', 'lead', 'admin'];
type Outcome = 'ok' | 'forbidden';

const today = new Date().toISOString().slice(0, 10);

/** A valid call of each method, aimed at the rep's own account where it matters. */
const calls: { [M in MethodName]: (b: TeamBook) => InputOf<M> } = {
  profile: () => ({}),
  setupProfile: () => ({ name: 'New Admin' }),
  abilities: (b) => ({ accountIds: [b.acme.id, b.globex.id] }),
  accountAbilities: (b) => ({ accountId: b.acme.id }),
  listAccounts: () => ({}),
  getAccount: (b) => ({ id: b.acme.id }),
  createAccount: () => ({ name: 'Initech', country: 'NO' }),
  updateAccount: (b) => ({ id: b.acme.id, patch: { city: 'Bodø', tier: 'A' } }),
  archiveAccount: (b) => ({ id: b.acme.id }),
  setAccountOwner: (b) => ({ accountId: b.acme.id, memberId: b.lead.id, reason: 'Rep leaves' }),
  listContacts: (b) => ({ accountId: b.acme.id }),
  getContact: (b) => ({ id: b.acmeContact.id }),
  createContact: (b) => ({ accountId: b.acme.id, name: 'Ola Berg', influence: 4 }),
  updateContact: (b) => ({ id: b.acmeContact.id, patch: { title: 'CFO' } }),
  archiveContact: (b) => ({ id: b.acmeContact.id }),
  listTeamMembers: () => ({}),
  createTeamMember: (b) => ({ name: 'New Rep', salesForce: 'geographic', teamId: b.team.id }),
  updateTeamMember: (b) => ({ id: b.rep.id, patch: { phone: '+47 22 33 44 55' } }),
  archiveTeamMember: (b) => ({ id: b.rep.id }),
  listTeams: () => ({}),
  createTeam: () => ({ name: 'West', salesForce: 'distributor' }),
  updateTeam: (b) => ({ id: b.team.id, patch: { description: 'The north' } }),
  archiveTeam: (b) => ({ id: b.team.id }),
  listTerritories: () => ({}),
  createTerritory: (b) => ({ name: 'Troms', teamId: b.team.id, rules: { countries: ['NO'] } }),
  updateTerritory: (b) => ({
    id: b.territory.id,
    patch: { rules: { countries: ['NO'], regions: ['Nordland'] } },
  }),
  archiveTerritory: (b) => ({ id: b.territory.id }),
  listCoverage: (b) => ({ accountId: b.acme.id }),
  assignAccount: (b) => ({
    accountId: b.acme.id,
    memberId: b.lead.id,
    role: 'sales',
    overlay: true,
    creditShare: 20,
    validFrom: today,
  }),
  updateAssignment: (b) => ({ id: b.ownership.id, patch: { creditShare: 50 } }),
  endAssignment: (b) => ({ id: b.ownership.id, validTo: today }),
  getStaffing: (b) => ({ accountId: b.acme.id }),
  previewHandOver: (b) => ({
    plan: {
      fromMemberId: b.rep.id,
      receivers: { by: 'one', memberId: b.lead.id },
      reason: 'Ola moves to Bergen',
    },
  }),
  handOver: (b) => ({
    fromMemberId: b.rep.id,
    accounts: { pick: 'ids', ids: [b.acme.id] },
    receivers: { by: 'one', memberId: b.lead.id },
    reason: 'Ola moves to Bergen',
  }),
  undoHandOver: () => ({ id: handedOver }),
  staffAccount: (b) => ({
    accountId: b.acme.id,
    team: [
      { memberId: b.rep.id, role: 'account_manager', isOwner: true, creditShare: 70 },
      { memberId: b.lead.id, role: 'application_engineer', creditShare: 30 },
    ],
    reason: 'Needs an engineer on site',
  }),
  suggestOwners: () => ({}),
  applyOwnerSuggestions: () => ({ all: true }),
  accountHistory: (b) => ({ accountId: b.acme.id }),
  teamBoard: (b) => ({ teamId: b.team.id }),
  coverageGaps: (b) => ({ visitDays: 30, decisionMakerDays: 60, teamId: b.team.id }),
  search: () => ({ text: 'acm' }),
  stats: () => ({}),
  listInteractions: (b) => ({ accountId: b.acme.id }),
  getInteraction: (b) => ({ id: b.interaction.id }),
  createInteraction: (b) => ({
    accountId: b.acme.id,
    kind: 'call',
    occurredAt: `${today}T10:00:00Z`,
    subject: 'Follow-up call',
    contactIds: [b.acmeContact.id],
  }),
  updateInteraction: (b) => ({ id: b.interaction.id, patch: { nextStepDone: true } }),
  archiveInteraction: (b) => ({ id: b.interaction.id }),
  listFollowUps: () => ({ dueBefore: today }),
  myWeek: (b) => ({ memberId: b.rep.id, from: '2026-03-05' }),
  completeAgendaItem: (b) => ({ item: { kind: 'follow_up', interactionId: b.interaction.id } }),
  listPurchases: (b) => ({ accountId: b.acme.id }),
  getPurchase: (b) => ({ id: b.purchase.id }),
  createPurchase: (b) => ({
    accountId: b.acme.id,
    productLine: 'Valves',
    periodStart: '2026-01-01',
    periodEnd: '2026-03-31',
    amount: 5000,
    currency: 'EUR',
  }),
  updatePurchase: (b) => ({ id: b.purchase.id, patch: { amount: 130000 } }),
  archivePurchase: (b) => ({ id: b.purchase.id }),
  listOfferings: () => ({}),
  getOffering: (b) => ({ id: b.product.id }),
  createOffering: () => ({ kind: 'service', name: 'Training days', service: 'training' }),
  updateOffering: (b) => ({ id: b.product.id, patch: { segment: 'Offshore' } }),
  archiveOffering: (b) => ({ id: b.service.id }),
  listOpportunities: (b) => ({ accountId: b.acme.id }),
  getOpportunity: (b) => ({ id: b.opportunity.id }),
  createOpportunity: (b) => ({ accountId: b.acme.id, name: 'Spare parts deal', value: 9000 }),
  updateOpportunity: (b) => ({ id: b.opportunity.id, patch: { step: 'approach' } }),
  archiveOpportunity: (b) => ({ id: b.opportunity.id }),
  listAssessments: (b) => ({ accountId: b.acme.id }),
  getAssessment: (b) => ({ id: b.assessment.id }),
  createAssessment: (b) => ({ accountId: b.acme.id, assessedOn: today, mutualInterest: 5 }),
  updateAssessment: (b) => ({ id: b.assessment.id, patch: { costPressure: true } }),
  archiveAssessment: (b) => ({ id: b.assessment.id }),
  listAgreements: (b) => ({ accountId: b.acme.id }),
  getAgreement: (b) => ({ id: b.agreement.id }),
  createAgreement: (b) => ({ accountId: b.acme.id, kind: 'service', title: 'Service level' }),
  updateAgreement: (b) => ({ id: b.agreement.id, patch: { endsOn: '2027-12-31' } }),
  archiveAgreement: (b) => ({ id: b.agreement.id }),
  endRelationship: (b) => ({ accountId: b.acme.id, reason: 'They moved production abroad' }),
  listHolidays: () => ({}),
  getHoliday: (b) => ({ id: b.holiday.id }),
  createHoliday: () => ({ country: 'VN', name: 'Tết', calendar: 'lunar', month: 1, day: 1 }),
  updateHoliday: (b) => ({ id: b.holiday.id, patch: { name: 'Grunnlovsdagen' } }),
  archiveHoliday: (b) => ({ id: b.holiday.id }),
  listKeyDates: () => ({ from: '2026-01-01', to: '2026-12-31' }),
  accountOverview: (b) => ({ id: b.acme.id }),
  listTimeline: (b) => ({ accountId: b.acme.id, kind: 'call', contactId: b.acmeContact.id }),
  selectionPoints: () => ({ scope: 'mine' }),
  selectionLabels: (b) => ({ ids: [b.acme.id] }),
  chooseProfile: (b) => ({ memberId: b.rep.id }),
  tryDemo: () => ({}),
  leaveDemo: () => ({}),
  syncStatus: () => ({}),
  setSyncTarget: () => ({ spec: 'http://127.0.0.1:4100', token: 'device-token' }),
  clearSyncTarget: () => ({}),
  listConflicts: () => ({}),
  resolveConflict: () => ({ id: review.conflict, choice: 'mine' }),
  listRejected: () => ({}),
  discardRejected: () => ({ id: review.rejected }),
  retryRejected: () => ({ id: review.rejected }),
  recentImports: () => ({ language: 'nb' }),
};

/** Writes only leads and admins may make by the row rule; and what only an admin may do. */
const MANAGERS_ONLY: MethodName[] = [
  'createTeamMember',
  'updateTeamMember',
  'archiveTeamMember',
  'updateTeam',
  'archiveTeam',
  'createTerritory',
  'updateTerritory',
  'archiveTerritory',
  'assignAccount',
  'createOffering',
  'updateOffering',
  'archiveOffering',
  'createHoliday',
  'updateHoliday',
  'archiveHoliday',
];
const ADMIN_ONLY: MethodName[] = ['createTeam'];

function expected(method: MethodName, role: Role): Outcome {
  const { access } = contract[method];
  if (access === 'read' || access === 'device') return 'ok';
  if (access === 'setup') return role === 'nobody' ? 'ok' : 'forbidden';
  if (role === 'nobody') return 'forbidden';
  if (access === 'manage') return role === 'rep' ? 'forbidden' : 'ok';
  if (ADMIN_ONLY.includes(method)) return role === 'admin' ? 'ok' : 'forbidden';
  if (MANAGERS_ONLY.includes(method)) return role === 'rep' ? 'forbidden' : 'ok';
  return 'ok';
}

let t: TestCore;
let book: TeamBook;
let adminId: string;
let review: { conflict: number; rejected: number };
/** A hand-over made before the calls, for undoHandOver to undo. */
let handedOver: string;
beforeAll(async () => {
  t = openTestCore();
  adminId = (await t.api.profile({})).member!.id;
  book = await teamBook(t.api);
  review = seedSyncReview(t.core, book.acme.id);
  const initrode = await t.api.createAccount({ name: 'Initrode', ownerId: book.rep.id });
  handedOver = (
    await t.api.handOver({
      fromMemberId: book.rep.id,
      accounts: { pick: 'ids', ids: [initrode.id] },
      receivers: { by: 'one', memberId: book.lead.id },
      reason: 'Ola moves to Bergen',
    })
  ).id;
});
afterAll(() => t.close());

function signIn(role: Role): void {
  if (role === 'nobody')
    t.core.db.prepare("DELETE FROM meta WHERE key = 'profile_member_id'").run();
  else setProfile(t.core, { rep: book.rep.id, lead: book.lead.id, admin: adminId }[role]);
}

// Trying the demo needs a window's two books (test/integration/books.test.ts).
const ONE_BOOK_CANNOT: readonly MethodName[] = ['tryDemo'];

describe.each(methodNames.filter((m) => !ONE_BOOK_CANNOT.includes(m)))('%s', (method) => {
  it.each(ROLES)('as %s', async (role) => {
    signIn(role);
    t.core.db.exec('BEGIN');
    try {
      const call = t.api[method] as (input: unknown) => Promise<unknown>;
      const outcome = await call(calls[method](book)).then(
        (value) => ({ ok: true as const, value }),
        (error: { code: string; message: string }) => ({ ok: false as const, error }),
      );
      const want = expected(method, role);
      if (want === 'ok') {
        expect(outcome.ok ? 'ok' : outcome.error.message).toBe('ok');
        const checked = contract[method].result.safeParse(outcome.ok && outcome.value);
        expect(checked.success ? 'matches' : checked.error.message).toBe('matches');
      } else {
        expect(outcome.ok ? 'allowed' : outcome.error.code).toBe('forbidden');
      }
    } finally {
      t.core.db.exec('ROLLBACK');
    }
  });
});
