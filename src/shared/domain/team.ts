import { z } from 'zod';
import { messages } from './messages';
import { AccountKind, AppRole, CoverageRole, MemberFunction, SalesForce } from './enums';
import { postcodeRange, rangesOverlap } from '../rules/territory';
import {
  id,
  optionalDate,
  optionalEmail,
  optionalId,
  optionalText,
  patchOf,
  requiredText,
} from './fields';
import { choice, person } from '../schema/column';
import { fieldsOf, rowOf, table } from '../schema/table';

/** A person on the sales team, in one of the three sales forces. */
export const membersTable = table({
  name: 'team_members',
  label: 'Team member',
  account: null,
  columns: {
    name: person(requiredText('Name'), 'text'),
    email: person(optionalEmail, 'text'),
    phone: person(optionalText('Phone', 50), 'text'),
    salesForce: choice(SalesForce, SalesForce),
    function: choice(MemberFunction, MemberFunction.default('sales')),
    appRole: choice(AppRole, AppRole.default('rep')),
    teamId: person(optionalId, 'uuid', { references: 'teams' }),
    territoryId: person(optionalId, 'uuid', { references: 'territories' }),
    startedOn: person(optionalDate('Started on'), 'day'),
    /** A member who has left keeps their history and is given no new accounts. */
    leftOn: person(optionalDate('Left on'), 'day'),
  },
});
export const TeamMemberFields = fieldsOf(membersTable);
export const TeamMember = rowOf(membersTable);
export type TeamMember = z.infer<typeof TeamMember>;
export const TeamMemberCreate = TeamMemberFields;
export const TeamMemberUpdate = z.object({
  id,
  patch: patchOf(TeamMemberFields),
});

/** A team has a lead; a strategic team partners with its key customers. */
export const teamsTable = table({
  name: 'teams',
  label: 'Team',
  account: null,
  columns: {
    name: person(requiredText('Name'), 'text'),
    salesForce: choice(SalesForce, SalesForce),
    leadId: person(optionalId, 'uuid', { references: 'team_members' }),
    description: person(optionalText('Description'), 'text'),
    /** The functions a strategic account of this team needs (an application engineer, …). */
    template: person(
      z
        .array(CoverageRole)
        .max(CoverageRole.options.length)
        .refine((list) => new Set(list).size === list.length, {
          message: messages.listedTwice({ item: 'function' }),
        })
        .default([]),
      'json',
    ),
  },
});
export const TeamFields = fieldsOf(teamsTable);
export const Team = rowOf(teamsTable);
export type Team = z.infer<typeof Team>;
export const TeamCreate = TeamFields;
export const TeamUpdate = z.object({ id, patch: patchOf(TeamFields) });

const ruleList = (label: string) =>
  z
    .array(
      z
        .string()
        .trim()
        .min(1, { message: messages.emptyEntries({ label }) }),
    )
    .default([]);

/** Postcode prefixes and ranges, each valid and none sharing a postcode with another. */
const postcodeList = ruleList('Postcodes').superRefine((entries, ctx) => {
  const ranges = entries.map(postcodeRange);
  ranges.forEach((range, i) => {
    if (!range) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: messages.postcodeInvalid({ entry: entries[i]! }),
      });
      return;
    }
    const j = ranges.findIndex((other, k) => k < i && other && rangesOverlap(other, range));
    if (j >= 0) {
      ctx.addIssue({
        code: 'custom',
        path: [i],
        message: messages.postcodeOverlap({ first: entries[j]!, second: entries[i]! }),
      });
    }
  });
});

/**
 * Which accounts fall in a territory (src/shared/rules/territory.ts); an empty list
 * places no limit on that dimension.
 */
export const TerritoryRules = z.object({
  countries: ruleList('Countries'),
  regions: ruleList('Regions'),
  postcodes: postcodeList,
  industries: ruleList('Industries'),
  accountKinds: z.array(AccountKind).default([]),
});
export type TerritoryRules = z.infer<typeof TerritoryRules>;

/** A territory of the geographic sales force. */
export const territoriesTable = table({
  name: 'territories',
  label: 'Territory',
  account: null,
  columns: {
    name: person(requiredText('Name'), 'text'),
    rules: person(
      TerritoryRules.default({
        countries: [],
        regions: [],
        postcodes: [],
        industries: [],
        accountKinds: [],
      }),
      'json',
    ),
    teamId: person(optionalId, 'uuid', { references: 'teams' }),
  },
});
export const TerritoryFields = fieldsOf(territoriesTable);
export const Territory = rowOf(territoriesTable);
export type Territory = z.infer<typeof Territory>;
export const TerritoryCreate = TerritoryFields;
export const TerritoryUpdate = z.object({
  id,
  patch: patchOf(TerritoryFields),
});

export const ListArchivedQuery = z.object({ includeArchived: z.boolean().default(false) }).default({
  includeArchived: false,
});
