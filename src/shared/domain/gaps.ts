import { z } from 'zod';
import { messages } from './messages';
import { CoverageRole } from './enums';
import { id, isoDate } from './fields';
import { TeamName } from './board';

const wholeFrom = (label: string, min: number, max: number) =>
  z
    .number({ message: messages.notWhole({ label, min, max }) })
    .int({ message: messages.notWhole({ label, min, max }) })
    .min(min, { message: messages.outOfRange({ label, min, max }) })
    .max(max, { message: messages.outOfRange({ label, min, max }) });

/** The coverage-gaps report a lead opens every Monday (issue 20). */
export const GapQuery = z
  .object({
    /** A key account nobody visited within this many days is a gap. */
    visitDays: wholeFrom('Days without a visit', 1, 730).default(90),
    /** A decision maker nobody had an interaction with within this many days is a gap. */
    decisionMakerDays: wholeFrom('Days without a decision maker', 1, 730).default(90),
    teamId: id.optional(),
    /** At most this many rows of each kind; `counts` has them all. */
    limit: wholeFrom('Rows of each kind', 1, 5000).default(500),
  })
  .default({ visitDays: 90, decisionMakerDays: 90, limit: 500 });
export type GapQuery = z.input<typeof GapQuery>;

export const GapKind = z.enum([
  'key_account_not_visited',
  'no_owner',
  'territory_mismatch',
  'missing_function',
  'decision_maker_silent',
  'owner_left',
]);
export type GapKind = z.infer<typeof GapKind>;

/** What closes a gap: give the account an owner, staff its team, or plan a visit. */
export const GapFix = z.enum(['assign', 'staff', 'planVisit']);
export type GapFix = z.infer<typeof GapFix>;

export const GAP_FIX = {
  key_account_not_visited: 'planVisit',
  no_owner: 'assign',
  territory_mismatch: 'assign',
  missing_function: 'staff',
  decision_maker_silent: 'planVisit',
  owner_left: 'assign',
} as const satisfies Record<GapKind, GapFix>;

const gap = <K extends GapKind, D extends z.ZodRawShape>(kind: K, detail: D) =>
  z.object({
    kind: z.literal(kind),
    accountId: id,
    accountName: z.string(),
    detail: z.object(detail),
    fix: z.literal(GAP_FIX[kind]),
  });

const member = { ownerId: id, ownerName: z.string() };

export const GapRow = z.discriminatedUnion('kind', [
  gap('key_account_not_visited', { lastVisit: isoDate('Last visit').nullable() }),
  gap('no_owner', {}),
  gap('territory_mismatch', { ...member, territoryId: id, territoryName: z.string() }),
  gap('missing_function', { ...member, missing: z.array(CoverageRole).min(1) }),
  gap('decision_maker_silent', {
    contactId: id,
    contactName: z.string(),
    lastInteraction: isoDate('Last interaction').nullable(),
  }),
  gap('owner_left', { ...member, leftOn: isoDate('Left on') }),
]);
export type GapRow = z.infer<typeof GapRow>;

export const CoverageGaps = z.object({
  day: isoDate('Day'),
  visitDays: z.number().int(),
  decisionMakerDays: z.number().int(),
  /** The teams the actor may look at (a rep: their own). */
  teams: z.array(TeamName),
  /** The team whose book is shown, or null for all the actor may see. */
  teamId: id.nullable(),
  /** How many gaps of each kind there are; `rows` holds at most `limit` of each. */
  counts: z.record(GapKind, z.number().int().min(0)),
  rows: z.array(GapRow),
});
export type CoverageGaps = z.infer<typeof CoverageGaps>;
