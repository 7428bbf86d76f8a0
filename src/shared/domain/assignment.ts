import { z } from 'zod';
import { CoverageRole } from './enums';
import { id, isoDate, optionalDate, optionalText, patchOf, syncedRow } from './fields';

export const creditShare = z
  .number({ message: 'Credit share must be a number from 0 to 100' })
  .min(0, { message: 'Credit share cannot be below 0%' })
  .max(100, { message: 'Credit share cannot be above 100%' });

const AssignmentShape = z.object({
  accountId: id,
  memberId: id,
  role: CoverageRole,
  creditShare: creditShare.default(0),
  validFrom: isoDate('Start date'),
  validTo: optionalDate('End date'),
  reason: optionalText('Reason', 500),
});

const endsAfterStart = (a: { validFrom?: string; validTo?: string | null }) =>
  !a.validFrom || !a.validTo || a.validTo >= a.validFrom;
const endMessage = { message: 'End date cannot be before the start date', path: ['validTo'] };

/** Who covers an account, in which role, for what share of the credit. */
export const AssignmentFields = AssignmentShape.refine(endsAfterStart, endMessage);
export const Assignment = AssignmentShape.extend({
  ...syncedRow,
  assignedById: id.nullable(),
});
export type Assignment = z.infer<typeof Assignment>;

export const AssignmentCreate = AssignmentFields;
export type AssignmentCreateInput = z.input<typeof AssignmentCreate>;

export const AssignmentUpdate = z.object({
  id,
  patch: patchOf(
    AssignmentShape.pick({
      role: true,
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
export interface CoverageRow extends Assignment {
  memberName: string;
  memberSalesForce: string;
  memberFunction: string;
}
