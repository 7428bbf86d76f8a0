import type { Profile, TableCounts } from '../../../shared/api';
import type { Team, TeamMember } from '../../../shared/domain/team';
import type { Core } from '../../core/core';
import { findRecord, listRecords } from '../../core/records';
import { membersTable, teamsTable } from '../team/tables';

/** Who the app runs as, and the teams they can see. */
export function getProfile(core: Core): Profile {
  const member = core.actor ? findRecord<TeamMember>(core, membersTable, core.actor.id) : null;
  return { member, teams: listRecords<Team>(core, teamsTable, false) };
}

/** The domain tables, as `rapport stats` reports them. */
export const DOMAIN_TABLES = [
  'accounts',
  'contacts',
  'team_members',
  'teams',
  'territories',
  'assignments',
  'interactions',
  'interaction_contacts',
  'purchases',
  'offerings',
  'offering_services',
  'opportunities',
  'assessments',
  'partner_agreements',
  'changes',
  'conflicts',
] as const;

export function tableCounts(core: Core): TableCounts {
  const counts: TableCounts = {};
  for (const table of DOMAIN_TABLES) {
    counts[table] = (core.statement(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  return counts;
}
