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
