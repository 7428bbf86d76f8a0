import { TeamFields, TeamMemberFields, TerritoryFields } from '../../../shared/domain/team';
import type { TableSpec } from '../../db/tables';

export const membersTable: TableSpec = {
  name: 'team_members',
  fields: Object.keys(TeamMemberFields.shape),
};
export const teamsTable: TableSpec = { name: 'teams', fields: Object.keys(TeamFields.shape) };
export const territoriesTable: TableSpec = {
  name: 'territories',
  fields: Object.keys(TerritoryFields.shape),
  json: ['rules'],
};
