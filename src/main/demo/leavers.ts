import type { Db } from '../db/open';
import { dayNumber, idBytes } from '../db/codec';
import type { Context } from './context';
import type { Org } from './org';
import { deriveSeed, Rng } from './random';

/**
 * A few territory and channel reps have left in the last weeks, their books not yet handed over:
 * what a lead's coverage gaps show on a Monday (issue 20). One in a hundred, never of
 * the demo profile's own team (whose book the lead works on). Drawn from a generator of
 * its own, so that the rest of the book stays as the seed made it before.
 */
export function markLeavers(db: Db, ctx: Context, org: Org, seed: number): number {
  const rng = new Rng(deriveSeed(seed, 0x1eaf));
  // The profile leads a geographic team: its reps name it as their lead.
  const others = [...org.territoryReps, ...org.distributorReps].filter(
    (r) => r.leadId !== org.profileId,
  );
  const count = Math.min(others.length, Math.max(1, Math.round(org.members / 100)));
  const left = db.prepare('UPDATE team_members SET left_on = ? WHERE id = ?');
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(rng.pick(others).id);
  for (const id of chosen) left.run(dayNumber(ctx.cal.day(rng.int(1, 45))), idBytes(id));
  return chosen.size;
}
