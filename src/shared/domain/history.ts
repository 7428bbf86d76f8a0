import { z } from 'zod';
import { CoverageRole } from './enums';
import { id } from './fields';

/**
 * An account's history (issue 20): who covered it when, and what changed on it, field
 * by field, from the change log. Nothing is overwritten: an ended assignment keeps its
 * end date and reason.
 */
export const HistoryQuery = z.object({ accountId: id });

/** One assignment of the account, ended or not, with who preceded an owner. */
export const CoverageSpell = z.object({
  id,
  memberId: id,
  memberName: z.string(),
  role: CoverageRole,
  isOwner: z.boolean(),
  overlay: z.boolean(),
  creditShare: z.number(),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  reason: z.string().nullable(),
  /** Who made the assignment, by name (null: not recorded). */
  assignedBy: z.string().nullable(),
  /** For an owner who took over from someone else: that owner's name. */
  previousOwner: z.string().nullable(),
});
export type CoverageSpell = z.infer<typeof CoverageSpell>;

/**
 * One field set by one change: its value before (the one logged before it for the row;
 * null for the first) and after, in API form; who made it (the member the device ran
 * as), when, and on which device.
 */
export const FieldChange = z.object({
  table: z.enum(['accounts', 'assignments']),
  rowId: id,
  /** For an assignment's change: whose assignment it is. */
  assignee: z.string().nullable(),
  field: z.string(),
  before: z.json(),
  after: z.json(),
  /** The change made the row: its first values, not a change of earlier ones. */
  created: z.boolean(),
  memberId: id.nullable(),
  memberName: z.string().nullable(),
  at: z.iso.datetime(),
  device: z.string(),
  /** Made on the device that is reading. */
  thisDevice: z.boolean(),
});
export type FieldChange = z.infer<typeof FieldChange>;

export const AccountHistory = z.object({
  /** By start date. */
  coverage: z.array(CoverageSpell),
  /** Newest first. */
  changes: z.array(FieldChange),
  /** The names of the rows the changed values name (a member, a territory, an account). */
  names: z.record(z.string(), z.string()),
});
export type AccountHistory = z.infer<typeof AccountHistory>;
