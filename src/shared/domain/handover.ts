import { z } from 'zod';
import { messages } from './messages';
import { AccountKind, CoverageRole, Lifecycle, SalesForce } from './enums';
import { id, idSet, requiredText } from './fields';

/** Up to a whole 100k book, picked in the list by filter or by "select all". */
export const MAX_HAND_OVER_ACCOUNTS = 100_000;

/**
 * Which of the leaving rep's accounts go: all they cover today, those the list's filter
 * keeps, or those picked by id (a selection in the account list).
 */
export const HandOverAccounts = z.discriminatedUnion(
  'pick',
  [
    z.object({ pick: z.literal('all') }),
    z.object({
      pick: z.literal('filter'),
      kind: z.array(AccountKind).optional(),
      salesForce: z.array(SalesForce).optional(),
      lifecycle: z.array(Lifecycle).optional(),
      country: z.array(z.string().length(2)).max(300).optional(),
      ownerId: z.array(id).max(1000).optional(),
    }),
    z.object({
      pick: z.literal('ids'),
      ids: idSet('accounts', 'account', MAX_HAND_OVER_ACCOUNTS, 'in one hand-over').refine(
        (ids) => ids.length > 0,
        { message: messages.required({ label: 'Accounts' }) },
      ),
    }),
  ],
  { message: messages.handOverPick({}) },
);

/**
 * Who receives: one person; the geographic rep whose territory rule matches each
 * account best (a tie or no match leaves the account where it is, said in the
 * preview); or spread evenly over a list by count of accounts or by revenue.
 */
export const HandOverReceivers = z.discriminatedUnion(
  'by',
  [
    z.object({ by: z.literal('one'), memberId: id }),
    z.object({ by: z.literal('rule') }),
    z.object({
      by: z.literal('even'),
      weigh: z.enum(['count', 'revenue']).default('count'),
      memberIds: idSet('receivers', 'receiver', 200, 'in one hand-over').refine(
        (ids) => ids.length > 0,
        { message: messages.required({ label: 'Receivers' }) },
      ),
    }),
  ],
  { message: messages.handOverReceivers({}) },
);

/**
 * A hand-over: a leaving rep's accounts (`fromMemberId`), or accounts picked in the
 * list or dropped on a rep in the board whoever owns them (no `fromMemberId`: each
 * account's owner hands it over; an account nobody owns is simply given).
 */
export const HandOverPlan = z
  .object({
    fromMemberId: id.nullable().default(null),
    accounts: HandOverAccounts.default({ pick: 'all' }),
    receivers: HandOverReceivers,
    reason: requiredText('Reason', 500),
  })
  .refine((plan) => plan.fromMemberId !== null || plan.accounts.pick !== 'all', {
    message: messages.handOverWhose({}),
    path: ['fromMemberId'],
  });
export type HandOverPlan = z.input<typeof HandOverPlan>;

/** One cover of an account, before or after the hand-over. */
export const HandOverCover = z.object({
  memberId: id,
  memberName: z.string(),
  role: CoverageRole,
  isOwner: z.boolean(),
  overlay: z.boolean(),
  creditShare: z.number(),
});
export type HandOverCover = z.infer<typeof HandOverCover>;

export const HandOverMove = z.object({
  accountId: id,
  accountName: z.string(),
  /** Null: no receiver (no territory matches, or a tie to choose): the account stays. */
  receiverId: id.nullable(),
  receiverName: z.string().nullable(),
  /** Why it stays, when it does (no rule matches, a tie between named reps). */
  stays: z.string().nullable(),
  /** Credit-weighted revenue of the last 12 months that moves with it. */
  revenue: z.number(),
  before: z.array(HandOverCover),
  after: z.array(HandOverCover),
  /** Open opportunities and open follow-ups of the leaver's that go along. */
  opportunities: z.number().int(),
  followUps: z.number().int(),
});
export type HandOverMove = z.infer<typeof HandOverMove>;

export const HandOverPreview = z.object({
  /** Null when each account's owner hands it over (a move from the list or the board). */
  fromMemberId: id.nullable(),
  fromName: z.string().nullable(),
  reason: z.string(),
  /** Per receiver: what they gain. */
  receivers: z.array(
    z.object({
      memberId: id,
      name: z.string(),
      accounts: z.number().int(),
      revenue: z.number(),
    }),
  ),
  /** The first accounts in name order (the preview shows a page; counts are whole). */
  moves: z.array(HandOverMove),
  accounts: z.number().int(),
  staying: z.number().int(),
  opportunities: z.number().int(),
  followUps: z.number().int(),
});
export type HandOverPreview = z.infer<typeof HandOverPreview>;

export const HandOverPreviewQuery = z.object({
  plan: HandOverPlan,
  /** How many moves the preview lists (counts are always of the whole hand-over). */
  limit: z.number().int().min(0).max(1000).default(200),
});

/** What a hand-over did, with the id that undoes it. */
export const HandOverResult = z.object({
  id,
  accounts: z.number().int(),
  opportunities: z.number().int(),
  followUps: z.number().int(),
});
export type HandOverResult = z.infer<typeof HandOverResult>;

export const HandOverUndo = z.object({ id });
