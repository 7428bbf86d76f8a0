import { z } from 'zod';
import { MemberFunction, SalesForce, SellingStep } from './enums';
import { id, isoDate } from './fields';

/**
 * The board (issue 20): one row per rep of the teams a lead looks after, with their
 * book, pipeline, revenue, visits and overdue follow-ups. Figures are as of the
 * device's today; what the actor may see is decided by the core from their role.
 */
export const BoardQuery = z.object({ teamId: id.optional() }).default({});
export type BoardQuery = z.input<typeof BoardQuery>;

/** An account counts as visited when someone visited it within this many days. */
export const BOARD_VISIT_DAYS = 90;
/** Revenue is that of the purchases of this many days, today included. */
export const REVENUE_DAYS = 365;

export const TeamName = z.object({ id, name: z.string() });
export type TeamName = z.infer<typeof TeamName>;

/** A sum in one currency: amounts in different currencies are never added up. */
export const Money = z.object({ currency: z.string(), amount: z.number().min(0) });
export type Money = z.infer<typeof Money>;

/** The open deals at one selling step in one currency. */
export const PipelineStep = z.object({
  step: SellingStep,
  currency: z.string(),
  value: z.number().min(0),
  /**
   * The value times the member's revenue credit share of each deal's account (overlays
   * left out): summed over the reps of a team, each deal counts once.
   */
  weighted: z.number().min(0),
  deals: z.number().int().min(1),
});
export type PipelineStep = z.infer<typeof PipelineStep>;

const count = z.number().int().min(0);

export const BoardRow = z.object({
  memberId: id,
  name: z.string(),
  teamId: id.nullable(),
  teamName: z.string().nullable(),
  salesForce: SalesForce,
  function: MemberFunction,
  /** The live accounts they cover today, in any role. */
  bookSize: count,
  /** Of those, the key accounts: tier A, or served by the strategic force. */
  keyAccounts: count,
  /** Open opportunities at the accounts of their book, by step and currency. */
  pipeline: z.array(PipelineStep),
  /**
   * Purchases of the last 12 months at their accounts (a purchase's period counted for the
   * days of it inside them), times their revenue credit share today; overlays left out.
   */
  revenue: z.array(Money),
  /** Accounts of their book somebody visited in the last 90 days, and their share of it. */
  visited: count,
  visitedShare: z.number().min(0).max(1).nullable(),
  /** Open follow-ups due before today, at their accounts or theirs to do. */
  overdueFollowUps: count,
});
export type BoardRow = z.infer<typeof BoardRow>;

export const TeamBoard = z.object({
  day: isoDate('Day'),
  /** The teams the actor may look at (a rep: their own). */
  teams: z.array(TeamName),
  /** The team shown, or null for all of them. */
  teamId: id.nullable(),
  rows: z.array(BoardRow),
});
export type TeamBoard = z.infer<typeof TeamBoard>;
