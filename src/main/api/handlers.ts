import type { MethodName, ParsedInputOf, ResultOf } from '../../shared/api';
import type { Core } from '../core/core';
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
  listContacts,
  updateContact,
} from '../services/contacts/contacts';
import * as team from '../services/team/team';
import {
  assignAccount,
  endAssignment,
  listCoverage,
  updateAssignment,
} from '../services/assignments/assignments';
import { search } from '../services/search/search';
import { getProfile, tableCounts } from '../services/profile/profile';

type Handler<M extends MethodName> = (core: Core, input: ParsedInputOf<M>) => ResultOf<M>;
export type Handlers = { [M in MethodName]: Handler<M> };

/** Every method of the contract, bound to the service that does it. */
export const handlers: Handlers = {
  profile: (core) => getProfile(core),
  listAccounts,
  getAccount: getAccountDetail,
  createAccount,
  updateAccount,
  archiveAccount,
  listContacts,
  createContact,
  updateContact,
  archiveContact,
  listTeamMembers: team.listTeamMembers,
  createTeamMember: team.createTeamMember,
  updateTeamMember: team.updateTeamMember,
  archiveTeamMember: team.archiveTeamMember,
  listTeams: team.listTeams,
  createTeam: team.createTeam,
  updateTeam: team.updateTeam,
  archiveTeam: team.archiveTeam,
  listTerritories: team.listTerritories,
  createTerritory: team.createTerritory,
  updateTerritory: team.updateTerritory,
  archiveTerritory: team.archiveTerritory,
  listCoverage,
  assignAccount,
  updateAssignment,
  endAssignment,
  search,
  stats: (core) => tableCounts(core),
};
