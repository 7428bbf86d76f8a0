import {
  membersTable,
  teamsTable,
  territoriesTable,
  type Team,
  type TeamMember,
  type Territory,
} from '../../../shared/domain/team';
import type { Table } from '../../../shared/schema/table';
import type { Core } from '../../core/core';
import { insertRecord, inTransaction, listRecords, updateRecord } from '../../core/records';
import { requireReferences } from '../records/crud';

/**
 * The sales team: members, their teams and territories. Who may change them (leads
 * within their team, admins) is the write path's rule, as for every table.
 */
function referenceRecords<T>(t: Table) {
  return {
    list: (core: Core, { includeArchived }: { includeArchived: boolean }): T[] =>
      listRecords<T>(core, t, includeArchived),
    create: (core: Core, input: Record<string, unknown>): T =>
      inTransaction(core, () => {
        requireReferences(core, t, input);
        return insertRecord<T>(core, t, input);
      }),
    update: (core: Core, { id, patch }: { id: string; patch: Record<string, unknown> }): T =>
      inTransaction(core, () => {
        requireReferences(core, t, patch);
        return updateRecord<T>(core, t, id, patch);
      }),
    archive: (core: Core, { id, archived }: { id: string; archived: boolean }): T =>
      inTransaction(core, () => updateRecord<T>(core, t, id, { archived })),
  };
}

export const members = referenceRecords<TeamMember>(membersTable);
export const teams = referenceRecords<Team>(teamsTable);
export const territories = referenceRecords<Territory>(territoriesTable);
export { referenceRecords };
