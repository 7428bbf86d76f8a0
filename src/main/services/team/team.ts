import type { Team, TeamMember, Territory } from '../../../shared/domain/team';
import type { ParsedInputOf } from '../../../shared/api';
import type { Core } from '../../core/core';
import { MANAGERS, requireRole } from '../../core/permissions';
import {
  insertRecord,
  inTransaction,
  listRecords,
  requireReference,
  updateRecord,
} from '../../core/records';
import { membersTable, teamsTable, territoriesTable } from './tables';

/** The sales team: members, their teams and territories. Leads and admins shape it. */
export function listTeamMembers(
  core: Core,
  { includeArchived }: ParsedInputOf<'listTeamMembers'>,
): TeamMember[] {
  return listRecords<TeamMember>(core, membersTable, includeArchived);
}

export function createTeamMember(core: Core, input: ParsedInputOf<'createTeamMember'>): TeamMember {
  requireRole(core, MANAGERS, 'add people to the sales team');
  return inTransaction(core, () => {
    requireReference(core, teamsTable, 'teamId', input.teamId);
    requireReference(core, territoriesTable, 'territoryId', input.territoryId);
    return insertRecord<TeamMember>(core, membersTable, input);
  });
}

export function updateTeamMember(
  core: Core,
  { id, patch }: ParsedInputOf<'updateTeamMember'>,
): TeamMember {
  requireRole(core, MANAGERS, 'change sales team members');
  return inTransaction(core, () => {
    requireReference(core, teamsTable, 'teamId', patch.teamId);
    requireReference(core, territoriesTable, 'territoryId', patch.territoryId);
    return updateRecord<TeamMember>(core, membersTable, id, patch);
  });
}

export function archiveTeamMember(
  core: Core,
  { id, archived }: ParsedInputOf<'archiveTeamMember'>,
): TeamMember {
  requireRole(core, MANAGERS, 'archive sales team members');
  return inTransaction(core, () => updateRecord<TeamMember>(core, membersTable, id, { archived }));
}

export function listTeams(core: Core, { includeArchived }: ParsedInputOf<'listTeams'>): Team[] {
  return listRecords<Team>(core, teamsTable, includeArchived);
}

export function createTeam(core: Core, input: ParsedInputOf<'createTeam'>): Team {
  requireRole(core, MANAGERS, 'create teams');
  return inTransaction(core, () => {
    requireReference(core, membersTable, 'leadId', input.leadId);
    return insertRecord<Team>(core, teamsTable, input);
  });
}

export function updateTeam(core: Core, { id, patch }: ParsedInputOf<'updateTeam'>): Team {
  requireRole(core, MANAGERS, 'change teams');
  return inTransaction(core, () => {
    requireReference(core, membersTable, 'leadId', patch.leadId);
    return updateRecord<Team>(core, teamsTable, id, patch);
  });
}

export function archiveTeam(core: Core, { id, archived }: ParsedInputOf<'archiveTeam'>): Team {
  requireRole(core, MANAGERS, 'archive teams');
  return inTransaction(core, () => updateRecord<Team>(core, teamsTable, id, { archived }));
}

export function listTerritories(
  core: Core,
  { includeArchived }: ParsedInputOf<'listTerritories'>,
): Territory[] {
  return listRecords<Territory>(core, territoriesTable, includeArchived);
}

export function createTerritory(core: Core, input: ParsedInputOf<'createTerritory'>): Territory {
  requireRole(core, MANAGERS, 'create territories');
  return inTransaction(core, () => {
    requireReference(core, teamsTable, 'teamId', input.teamId);
    return insertRecord<Territory>(core, territoriesTable, input);
  });
}

export function updateTerritory(
  core: Core,
  { id, patch }: ParsedInputOf<'updateTerritory'>,
): Territory {
  requireRole(core, MANAGERS, 'change territories');
  return inTransaction(core, () => {
    requireReference(core, teamsTable, 'teamId', patch.teamId);
    return updateRecord<Territory>(core, territoriesTable, id, patch);
  });
}

export function archiveTerritory(
  core: Core,
  { id, archived }: ParsedInputOf<'archiveTerritory'>,
): Territory {
  requireRole(core, MANAGERS, 'archive territories');
  return inTransaction(core, () =>
    updateRecord<Territory>(core, territoriesTable, id, { archived }),
  );
}
