import { z } from 'zod';
import { id, idSet } from './fields';

/** The accounts a screen shows (a page of the list, or one account's 360). */
export const AbilitiesQuery = z.object({
  accountIds: idSet('Accounts', 'account', 200, 'at a time').default([]),
});

/**
 * What the signed-in member may do, as the write rule answers it (src/shared/roles):
 * a screen shows a control only when the write behind it would pass.
 */
export const Abilities = z.object({
  /** Whether they ever set who covers an account (a rep never does). */
  staffs: z.boolean(),
  /** Of the accounts asked about, those whose cover they may set. */
  staffable: z.array(id),
  /** The teams whose settings, members and territories they may edit. */
  teams: z.array(id),
  /** Whether they make teams, and edit members and territories of no team (an admin). */
  allTeams: z.boolean(),
  /** Of the accounts asked about, those whose deals they may create and move. */
  opportunities: z.array(id),
  /** Of the accounts asked about, those whose partner agreements they may write. */
  agreements: z.array(id),
  /** Whether they keep the offerings catalogue (shared reference data: not a rep). */
  catalogue: z.boolean(),
});
export type Abilities = z.infer<typeof Abilities>;

/** The one account a screen shows (its 360, or its form). */
export const AccountAbilitiesQuery = z.object({ accountId: id });

/**
 * What the signed-in member may change on one account, as the write rule answers it:
 * for each kind of change, null when it would pass, else the rule's reason (the core's
 * own words, which the screen shows on hover beside the control it disables).
 */
export const AccountAbilities = z.object({
  /** The account's own fields, its archiving and ending. */
  account: z.string().nullable(),
  /** Fields the member may not set even where they may change the account (managers' fields). */
  fields: z.record(z.string(), z.string()),
  /** Its contacts, interactions, opportunities and assessments. */
  records: z.string().nullable(),
  /** Who covers it (staffing, its owner). */
  cover: z.string().nullable(),
});
export type AccountAbilities = z.infer<typeof AccountAbilities>;
