import { z } from 'zod';
import { AppRole, MemberFunction, SalesForce } from './enums';
import {
  id,
  optionalEmail,
  optionalId,
  optionalText,
  patchOf,
  requiredText,
  syncedRow,
} from './fields';

export const TeamMemberFields = z.object({
  name: requiredText('Name'),
  email: optionalEmail,
  phone: optionalText('Phone', 50),
  salesForce: SalesForce,
  function: MemberFunction.default('sales'),
  appRole: AppRole.default('rep'),
  teamId: optionalId,
  territoryId: optionalId,
});
export const TeamMember = TeamMemberFields.extend(syncedRow);
export type TeamMember = z.infer<typeof TeamMember>;
export const TeamMemberCreate = TeamMemberFields;
export const TeamMemberUpdate = z.object({
  id,
  patch: patchOf(TeamMemberFields),
});

export const TeamFields = z.object({
  name: requiredText('Name'),
  salesForce: SalesForce,
  leadId: optionalId,
  description: optionalText('Description'),
});
export const Team = TeamFields.extend(syncedRow);
export type Team = z.infer<typeof Team>;
export const TeamCreate = TeamFields;
export const TeamUpdate = z.object({ id, patch: patchOf(TeamFields) });

const ruleList = (label: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, { message: `${label} cannot contain empty entries` }),
    )
    .default([]);

/** Which accounts fall in a territory; an empty list places no limit on that dimension. */
export const TerritoryRules = z.object({
  countries: ruleList('Countries'),
  regions: ruleList('Regions'),
  postcodes: ruleList('Postcodes'),
  industries: ruleList('Industries'),
});
export type TerritoryRules = z.infer<typeof TerritoryRules>;

export const TerritoryFields = z.object({
  name: requiredText('Name'),
  rules: TerritoryRules.default({ countries: [], regions: [], postcodes: [], industries: [] }),
  teamId: optionalId,
});
export const Territory = TerritoryFields.extend(syncedRow);
export type Territory = z.infer<typeof Territory>;
export const TerritoryCreate = TerritoryFields;
export const TerritoryUpdate = z.object({
  id,
  patch: patchOf(TerritoryFields),
});

export const ListArchivedQuery = z.object({ includeArchived: z.boolean().default(false) }).default({
  includeArchived: false,
});
