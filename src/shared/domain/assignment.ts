import { z } from 'zod';
import { messages } from './messages';
import { CoverageRole, MemberFunction, SalesForce } from './enums';
import { id, isoDate, optionalDate, optionalId, optionalText, patchOf } from './fields';
import { byCore, choice, person } from '../schema/column';
import { fieldsOf, rowOf, table } from '../schema/table';

export const creditShare = z
  .number({ message: messages.creditShareNumber({}) })
  .min(0, { message: messages.creditShareBelow({}) })
  .max(100, { message: messages.creditShareAbove({}) });

/**
 * Who covers an account, in which role, for what share of the credit, from when to
 * when. History is kept: an ended assignment stays. The current assignment marked
 * `isOwner` is the account's owner — its one source of truth.
 */
export const assignmentsTable = table({
  name: 'assignments',
  label: 'Assignment',
  account: 'accountId',
  columns: {
    accountId: person(id, 'uuid', { references: 'accounts' }),
    memberId: person(id, 'uuid', { references: 'team_members' }),
    role: choice(CoverageRole, CoverageRole),
    isOwner: person(z.boolean().default(false), 'boolean'),
    /** Credited on top of the account's 100% (Salesforce's overlay split). */
    overlay: person(z.boolean().default(false), 'boolean'),
    creditShare: person(creditShare.default(0), 'real', { range: [0, 100] }),
    validFrom: person(isoDate('Start date'), 'day'),
    validTo: person(optionalDate('End date'), 'day'),
    reason: person(optionalText('Reason', 500), 'text'),
    assignedById: byCore(optionalId, 'uuid', { references: 'team_members' }),
  },
});

const endsAfterStart = (a: { validFrom?: string; validTo?: string | null }) =>
  !a.validFrom || !a.validTo || a.validTo >= a.validFrom;
const endMessage = { message: messages.endBeforeStart({}), path: ['validTo'] };

const AssignmentShape = fieldsOf(assignmentsTable);
export const AssignmentFields = AssignmentShape.refine(endsAfterStart, endMessage);
export const Assignment = rowOf(assignmentsTable);
export type Assignment = z.infer<typeof Assignment>;

export const AssignmentCreate = AssignmentFields;
export type AssignmentCreateInput = z.input<typeof AssignmentCreate>;

export const AssignmentUpdate = z.object({
  id,
  patch: patchOf(
    AssignmentShape.pick({
      role: true,
      isOwner: true,
      overlay: true,
      creditShare: true,
      validFrom: true,
      validTo: true,
      reason: true,
    }),
  ).refine(endsAfterStart, endMessage),
});

export const AssignmentEnd = z.object({
  id,
  validTo: isoDate('End date'),
  reason: optionalText('Reason', 500),
});

export const AssignmentListQuery = z.object({
  accountId: id,
  includeEnded: z.boolean().default(false),
});

/** An assignment as the account page shows it. */
export const CoverageRow = Assignment.extend({
  memberName: z.string(),
  memberSalesForce: SalesForce,
  memberFunction: MemberFunction,
});
export type CoverageRow = z.infer<typeof CoverageRow>;

/**
 * One member of an account's staffing: an assignment kept as it is (`id`), or made anew.
 * An overlay may end on a planned day (a specialist for a project); a revenue share runs
 * until the account is staffed again, so its shares always add up to 100%.
 */
export const StaffingEntry = z
  .object({
    id: optionalId,
    memberId: id,
    role: CoverageRole,
    isOwner: z.boolean().default(false),
    overlay: z.boolean().default(false),
    creditShare,
    validTo: optionalDate('End date'),
  })
  .refine((entry) => entry.overlay || entry.validTo === null, {
    message: messages.revenueEndDate({}),
    path: ['validTo'],
  });
export type StaffingEntry = z.infer<typeof StaffingEntry>;

/**
 * An account's whole staffing from today, as one write: who covers it, in which role,
 * for what share. Its revenue shares add up to exactly 100% (checked with the account's
 * name by the core); it has one owner; a member is listed once.
 */
export const AccountStaffing = z.object({
  accountId: id,
  team: z
    .array(StaffingEntry)
    .max(100)
    .superRefine((team, ctx) => {
      const owners = team.filter((e) => e.isOwner).length;
      if (team.length > 0 && owners !== 1) {
        ctx.addIssue({ code: 'custom', message: messages.oneOwner({}), path: [] });
      }
      if (new Set(team.map((e) => e.memberId)).size !== team.length) {
        ctx.addIssue({
          code: 'custom',
          message: messages.listedTwice({ item: 'team member' }),
          path: [],
        });
      }
    }),
  reason: optionalText('Reason', 500),
});

export const StaffingQuery = z.object({ accountId: id });

/** An account's staffing today, and the functions its team's template asks for that nobody fills. */
export const Staffing = z.object({
  coverage: z.array(CoverageRow),
  /** For a strategic account: the roles of its owner's team's template nobody in force has. */
  missing: z.array(CoverageRole),
});
export type Staffing = z.infer<typeof Staffing>;
