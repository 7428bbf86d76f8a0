import { z } from 'zod';
import { messages } from './messages';
import { id, idSet } from './fields';

/**
 * Owner suggestions from the territory rules (issue 20): for an account of the
 * geographic force without an owner, or whose owner's territory is no longer the one
 * its rules place it in, the rep of the territory that places it most specifically.
 */
export const SuggestionReason = z.enum(['noOwner', 'territoryMismatch']);
export type SuggestionReason = z.infer<typeof SuggestionReason>;

/** A rep a suggestion names, with the territory whose rule placed the account. */
export const Candidate = z.object({
  memberId: id,
  name: z.string(),
  territoryId: id,
  territoryName: z.string(),
});
export type Candidate = z.infer<typeof Candidate>;

export const OwnerSuggestion = z.object({
  accountId: id,
  name: z.string(),
  /** The owner today, with their territory: null for an account nobody owns. */
  owner: z.object({ id, name: z.string(), territoryName: z.string().nullable() }).nullable(),
  /** One rep, or several equally placed (a tie): then the lead chooses, nothing is guessed. */
  candidates: z.array(Candidate).min(1),
  reason: SuggestionReason,
});
export type OwnerSuggestion = z.infer<typeof OwnerSuggestion>;

/**
 * What a run would do to one rep's book: accounts gained (suggestions naming them
 * alone), lost (their accounts suggested to others, ties included), and ties in
 * which they are one of the reps to choose from.
 */
export const RepMoves = z.object({
  memberId: id,
  name: z.string(),
  gains: z.number().int().min(0),
  losses: z.number().int().min(0),
  ties: z.number().int().min(0),
});
export type RepMoves = z.infer<typeof RepMoves>;

/** The preview of a whole run, before anything moves. */
export const OwnerSuggestions = z.object({
  suggestions: z.array(OwnerSuggestion),
  /** By name. */
  reps: z.array(RepMoves),
  /** Accounts that would need an owner by the rules but that no rule with a rep places. */
  unplaced: z.number().int().min(0),
});
export type OwnerSuggestions = z.infer<typeof OwnerSuggestions>;

/** A rep chosen for a tie: one of the suggestion's candidates. */
export const TieChoice = z.object({ accountId: id, memberId: id });

const MAX_ACCOUNTS = 100_000;

/**
 * Which suggestions to apply: all of them (ties without a choice are left for later),
 * or those of some accounts (a tie among them needs its choice). The suggestions are
 * worked out again from the book, never taken from the caller.
 */
export const SuggestionApply = z
  .object({
    all: z.boolean().default(false),
    accountIds: idSet('Accounts', 'account', MAX_ACCOUNTS, 'in one run').default([]),
    choices: z
      .array(TieChoice)
      .max(MAX_ACCOUNTS, {
        message: messages.listTooLong({ max: MAX_ACCOUNTS, label: 'Choices', where: 'in one run' }),
      })
      .refine((list) => new Set(list.map((c) => c.accountId)).size === list.length, {
        message: messages.listedTwice({ item: 'account' }),
      })
      .default([]),
  })
  .refine((input) => input.all || input.accountIds.length > 0, {
    message: messages.applyWhich({}),
    path: ['accountIds'],
  });
export type SuggestionApplyInput = z.input<typeof SuggestionApply>;

export const SuggestionsApplied = z.object({
  /** Accounts given their new owner. */
  applied: z.number().int().min(0),
  /** Ties left as they were, for want of a choice (applying all). */
  tiesLeft: z.number().int().min(0),
  /** Accounts asked for that no longer have a suggestion (the book changed since). */
  unchanged: z.number().int().min(0),
});
export type SuggestionsApplied = z.infer<typeof SuggestionsApplied>;
