import type { MethodName, ParsedInputOf, ResultOf } from '../../shared/api';
import type { Core } from '../core/core';
import {
  discardRejected,
  listConflicts,
  listRejected,
  resolveConflict,
  retryRejected,
} from '../sync/review';
import { clearTarget, syncStatus, writeTarget } from '../sync/target';
import { sealerOf } from '../sync/secrets';
import {
  archiveAccount,
  createAccount,
  getAccountDetail,
  updateAccount,
} from '../services/accounts/accounts';
import { listAccounts } from '../services/accounts/list';
import {
  archiveContact,
  createContact,
  getContact,
  listContacts,
  updateContact,
} from '../services/contacts/contacts';
import { members, teams, territories } from '../services/team/team';
import {
  assignAccount,
  endAssignment,
  listCoverage,
  setAccountOwner,
  updateAssignment,
} from '../services/assignments/assignments';
import { getStaffing, staffAccount } from '../services/assignments/staffing';
import { applyHandOver } from '../services/handover/apply';
import { previewHandOver } from '../services/handover/preview';
import { undoHandOver } from '../services/handover/undo';
import { applyOwnerSuggestions, suggestOwners } from '../services/territories/suggestions';
import { accountHistory } from '../services/history/accountHistory';
import { teamBoard } from '../services/board/board';
import { coverageGaps } from '../services/gaps/gaps';
import { search } from '../services/search/search';
import {
  archiveInteraction,
  createInteraction,
  getInteraction,
  listFollowUps,
  listInteractions,
  updateInteraction,
} from '../services/interactions/interactions';
import { myWeek } from '../services/week/agenda';
import { completeAgendaItem } from '../services/week/complete';
import {
  archivePurchase,
  createPurchase,
  getPurchase,
  listPurchases,
  updatePurchase,
} from '../services/purchases/purchases';
import {
  archiveOffering,
  createOffering,
  getOffering,
  listOfferings,
  updateOffering,
} from '../services/offerings/offerings';
import {
  archiveOpportunity,
  createOpportunity,
  getOpportunity,
  listOpportunities,
  updateOpportunity,
} from '../services/opportunities/opportunities';
import {
  archiveAgreement,
  archiveAssessment,
  createAgreement,
  createAssessment,
  getAgreement,
  getAssessment,
  listAgreements,
  listAssessments,
  updateAgreement,
  updateAssessment,
} from '../services/relationship/relationship';
import { endRelationship } from '../services/relationship/ending';
import {
  archiveHoliday,
  createHoliday,
  getHoliday,
  listHolidays,
  updateHoliday,
} from '../services/keyDates/holidays';
import { listKeyDates } from '../services/keyDates/keyDates';
import { accountOverview } from '../services/overview/overview';
import { listTimeline } from '../services/overview/timeline';
import { selectionLabels } from '../services/selection/labels';
import { selectionPoints } from '../services/selection/points';
import { abilities, accountAbilities } from '../services/profile/abilities';
import { chooseProfile, setupProfile, tableCounts } from '../services/profile/profile';
import { leaveDemo, profileOf, tryDemo } from '../core/books';
import { recentImports } from '../import/window/recent';
import { wordsOf } from '../../shared/words';

type Handler<M extends MethodName> = (core: Core, input: ParsedInputOf<M>) => ResultOf<M>;
export type Handlers = { [M in MethodName]: Handler<M> };

/** Every method of the contract, bound to the service that does it. */
export const handlers: Handlers = {
  profile: (core) => profileOf(core),
  setupProfile,
  chooseProfile,
  tryDemo: (core) => tryDemo(core),
  leaveDemo: (core) => leaveDemo(core),
  abilities,
  accountAbilities,
  listAccounts,
  getAccount: getAccountDetail,
  createAccount,
  updateAccount,
  archiveAccount,
  setAccountOwner,
  listContacts,
  getContact,
  createContact,
  updateContact,
  archiveContact,
  listTeamMembers: members.list,
  createTeamMember: members.create,
  updateTeamMember: members.update,
  archiveTeamMember: members.archive,
  listTeams: teams.list,
  createTeam: teams.create,
  updateTeam: teams.update,
  archiveTeam: teams.archive,
  listTerritories: territories.list,
  createTerritory: territories.create,
  updateTerritory: territories.update,
  archiveTerritory: territories.archive,
  listCoverage,
  assignAccount,
  updateAssignment,
  endAssignment,
  getStaffing,
  staffAccount,
  previewHandOver,
  handOver: (core, plan) => applyHandOver(core, plan),
  undoHandOver,
  suggestOwners: (core) => suggestOwners(core),
  applyOwnerSuggestions,
  accountHistory,
  teamBoard,
  coverageGaps,
  search,
  listInteractions,
  getInteraction,
  createInteraction,
  updateInteraction,
  archiveInteraction,
  listFollowUps,
  myWeek,
  completeAgendaItem,
  listPurchases,
  getPurchase,
  createPurchase,
  updatePurchase,
  archivePurchase,
  listOfferings,
  getOffering,
  createOffering,
  updateOffering,
  archiveOffering,
  listOpportunities,
  getOpportunity,
  createOpportunity,
  updateOpportunity,
  archiveOpportunity,
  listAssessments,
  getAssessment,
  createAssessment,
  updateAssessment,
  archiveAssessment,
  listAgreements,
  getAgreement,
  createAgreement,
  updateAgreement,
  archiveAgreement,
  endRelationship,
  listHolidays,
  getHoliday,
  createHoliday,
  updateHoliday,
  archiveHoliday,
  listKeyDates,
  accountOverview,
  listTimeline,
  selectionPoints,
  selectionLabels,
  stats: (core) => tableCounts(core),
  syncStatus: (core) => syncStatus(core),
  setSyncTarget: (core, input) => {
    writeTarget(core, input, sealerOf(core)?.seal);
    return syncStatus(core);
  },
  clearSyncTarget: (core) => {
    clearTarget(core);
    return syncStatus(core);
  },
  listConflicts: (core) => listConflicts(core),
  resolveConflict: (core, input) => resolveConflict(core, input),
  listRejected: (core) => listRejected(core),
  discardRejected: (core, { id }) => discardRejected(core, id),
  retryRejected: (core, { id }) => retryRejected(core, id),
  recentImports: (core, { language }) => recentImports(core, wordsOf(language)),
};
