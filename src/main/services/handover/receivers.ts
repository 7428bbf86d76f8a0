import { messages } from '../../../shared/domain/messages';
import { TerritoryRules } from '../../../shared/domain/team';
import { RapportError } from '../../../shared/errors';
import type { Placed } from '../../../shared/rules/territory';
import { territoryIndex } from '../../../shared/rules/territoryIndex';
import type { Core } from '../../core/core';
import { dayNumber, hexIdList, idBytes, idText } from '../../db/codec';
import { refuseLeaver, today } from '../assignments/assignments';
import type { PickedAccount } from './picked';
import { memberNamed, type ParsedPlan, type Receiver } from './people';

/** Each account's receiver, in the accounts' order, or why it stays. */
export type Pick = Receiver | { stays: string };

/**
 * Who receives each account: the one person named; each one's best territory rule's
 * geographic rep (a tie or no match stays, and says why); or spread evenly over the
 * list, the largest first to whoever has least so far (by count, or by the revenue
 * that moves).
 */
export function receiversFor(
  core: Core,
  plan: ParsedPlan,
  from: Receiver | null,
  accounts: readonly PickedAccount[],
  revenue: readonly number[],
): Pick[] {
  const { receivers } = plan;
  if (receivers.by === 'rule') return byRule(core, from, accounts);
  const named = (receivers.by === 'one' ? [receivers.memberId] : receivers.memberIds).map(
    (id, i) => {
      const field = receivers.by === 'one' ? 'receivers.memberId' : `receivers.memberIds.${i}`;
      if (from && id === from.memberId) {
        throw RapportError.validation(field, messages.handOverToSelf({ name: from.name }));
      }
      refuseLeaver(core, id, null);
      return memberNamed(core, id, field);
    },
  );
  if (named.length === 1) return accounts.map(() => named[0]!);
  const weight = (i: number) =>
    receivers.by === 'even' && receivers.weigh === 'revenue' ? revenue[i]! : 1;
  const order = accounts.map((_, i) => i).sort((a, b) => weight(b) - weight(a) || a - b);
  const load = named.map(() => 0);
  const picks: Pick[] = new Array<Pick>(accounts.length);
  for (const i of order) {
    let least = 0;
    for (let r = 1; r < load.length; r++) if (load[r]! < load[least]!) least = r;
    load[least]! += weight(i);
    picks[i] = named[least]!;
  }
  return picks;
}

interface RuleTerritory {
  rules: TerritoryRules;
  reps: Receiver[];
}

/** The geographic reps of each account's most specific matching territory. */
function byRule(core: Core, from: Receiver | null, accounts: readonly PickedAccount[]): Pick[] {
  const index = territoryIndex(ruleTerritories(core, from?.memberId ?? null));
  const places = placesOf(core, accounts);
  return accounts.map((account) => {
    const place = places.get(account.id);
    const best = place ? index.best(place) : [];
    const reps = best.flatMap((t) => t.reps);
    if (reps.length === 1) return reps[0]!;
    if (reps.length === 0) return { stays: messages.handOverNoRule({}) };
    return { stays: messages.handOverTie({ names: reps.map((r) => r.name).join(', ') }) };
  });
}

/** Territories with their geographic reps still with the team (the leaver aside). */
function ruleTerritories(core: Core, fromId: string | null): RuleTerritory[] {
  const rows = core
    .statement(
      `SELECT t.id, t.rules, m.id AS member_id, m.name FROM territories t
       JOIN team_members m ON m.territory_id = t.id
       WHERE t.deleted = 0 AND t.archived = 0 AND m.deleted = 0 AND m.archived = 0
         AND m.sales_force = 'geographic' AND m.id IS NOT :from
         AND (m.left_on IS NULL OR m.left_on > :day)
       ORDER BY t.id, m.name`,
    )
    .all({ from: fromId ? idBytes(fromId) : null, day: dayNumber(today()) }) as {
    id: Buffer;
    rules: string;
    member_id: Buffer;
    name: string;
  }[];
  const byId = new Map<string, RuleTerritory>();
  for (const r of rows) {
    const key = idText(r.id);
    let territory = byId.get(key);
    if (!territory) {
      territory = { rules: TerritoryRules.parse(JSON.parse(r.rules)), reps: [] };
      byId.set(key, territory);
    }
    territory.reps.push({ memberId: idText(r.member_id), name: r.name });
  }
  return [...byId.values()];
}

function placesOf(core: Core, accounts: readonly PickedAccount[]): Map<string, Placed> {
  const rows = core
    .statement(
      `SELECT a.id, a.country, a.region, a.postcode, a.industry, a.kind
       FROM json_each(?) j CROSS JOIN accounts a ON a.id = unhex(j.value)`,
    )
    .all(hexIdList(accounts.map((a) => a.id))) as (Placed & { id: Buffer })[];
  return new Map(rows.map(({ id, ...place }) => [idText(id), place]));
}
