import type { ParsedInputOf } from '../../../shared/api';
import type { AppRole } from '../../../shared/domain/enums';
import {
  LIFECYCLES,
  STYLES,
  TIERS,
  type SelectionPoints,
  type SelectionScope,
} from '../../../shared/domain/selection';
import { RapportError } from '../../../shared/errors';
import { currentActor, type Core } from '../../core/core';
import { CURRENT, LEAD_TEAMS, today } from '../../core/permissions';
import { idBytes, idText } from '../../db/codec';

/** Which accounts each scope reads, as a subquery over `:member` and `:day`. */
const SCOPED: Record<SelectionScope, string> = {
  mine: `SELECT s.account_id FROM assignments s WHERE s.member_id = :member AND ${CURRENT}`,
  team: `SELECT s.account_id FROM assignments s JOIN team_members m ON m.id = s.member_id
    WHERE m.team_id IN (${LEAD_TEAMS.replaceAll(':lead', ':member')}) AND ${CURRENT}`,
  all: '',
};

const COLUMNS = `a.id, a.name, a.relationship_style, a.tier, a.lifecycle,
  a.profit_potential, a.cost_to_serve, a.currency`;

const sqlOf = (scope: SelectionScope) =>
  `SELECT ${COLUMNS} FROM accounts a
   WHERE a.deleted = 0 AND a.archived = 0 AND a.lifecycle <> 'ended'
   ${scope === 'all' ? '' : `AND a.id IN (${SCOPED[scope]})`}`;

/** The scopes each role may read; nobody signed in has no accounts of their own. */
const ALLOWED: Record<AppRole, SelectionScope[]> = {
  rep: ['mine'],
  lead: ['mine', 'team'],
  admin: ['mine', 'team', 'all'],
};

type Row = [Buffer, string, string, string, string, number | null, number | null, string];

/**
 * The customer-selection chart's points (PRODUCT §2): each live account in the scope
 * with its relationship style, tier, lifecycle, profit potential and cost to serve, in
 * one statement, as columns.
 */
export function selectionPoints(
  core: Core,
  { scope }: ParsedInputOf<'selectionPoints'>,
): SelectionPoints {
  const actor = currentActor(core);
  if (scope !== 'mine' && !(actor && ALLOWED[actor.appRole].includes(scope))) {
    throw new RapportError(
      'forbidden',
      scope === 'team'
        ? "Only a team lead or an admin can see the team's accounts"
        : 'Only an admin can see every account',
    );
  }
  const points = emptyPoints(scope);
  if (!actor) return points;
  const rows = core
    .statement(sqlOf(scope))
    .raw(true)
    .all({ member: idBytes(actor.id), day: today() }) as Row[];
  const at = {
    style: indexOf(STYLES),
    tier: indexOf(TIERS),
    lifecycle: indexOf(LIFECYCLES),
    currency: new Map<string, number>(),
  };
  for (const [id, name, style, tier, lifecycle, profit, cost, currency] of rows) {
    points.ids.push(idText(id));
    points.names.push(name);
    points.style.push(at.style.get(style)!);
    points.tier.push(at.tier.get(tier)!);
    points.lifecycle.push(at.lifecycle.get(lifecycle)!);
    points.profit.push(profit);
    points.cost.push(cost);
    let c = at.currency.get(currency);
    if (c === undefined) {
      c = points.currencies.push(currency) - 1;
      at.currency.set(currency, c);
    }
    points.currency.push(c);
  }
  return points;
}

const indexOf = (values: readonly string[]) => new Map(values.map((v, i) => [v, i]));

const emptyPoints = (scope: SelectionScope): SelectionPoints => ({
  scope,
  ids: [],
  names: [],
  style: [],
  tier: [],
  lifecycle: [],
  profit: [],
  cost: [],
  currency: [],
  currencies: [],
});
