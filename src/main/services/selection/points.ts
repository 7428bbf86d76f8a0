import type { ParsedInputOf } from '../../../shared/api';
import {
  LIFECYCLES,
  SCOPES_BY_ROLE,
  STYLES,
  TIERS,
  type SelectionPoints,
  type SelectionScope,
} from '../../../shared/domain/selection';
import { RapportError } from '../../../shared/errors';
import { currentActor, type Core } from '../../core/core';
import { CURRENT, LEAD_TEAMS, today } from '../../core/permissions';
import { idBytes } from '../../db/codec';

/** Which accounts each scope reads, as a condition over `:member` and `:day`. */
const SCOPED: Record<SelectionScope, string> = {
  mine: `AND a.id IN (SELECT s.account_id FROM assignments s
    WHERE s.member_id = :member AND ${CURRENT})`,
  team: `AND a.id IN (SELECT s.account_id FROM assignments s JOIN team_members m ON m.id = s.member_id
    WHERE m.team_id IN (${LEAD_TEAMS.replaceAll(':lead', ':member')}) AND ${CURRENT})`,
  all: '',
};

/** A one-digit code per value: its index in the vocabulary (each has fewer than ten). */
const code = (column: string, values: readonly string[]) =>
  `CASE ${column} ${values.map((v, i) => `WHEN '${v}' THEN '${i}'`).join(' ')} END`;

/**
 * One row for the whole scope, a column per aggregate. Reading 100k rows one by one
 * costs more in making JavaScript rows than SQLite spends finding them; joined in SQL,
 * the ids and codes arrive as a few long strings that split natively. Ids are spelled
 * as the API speaks them (lower-case UUID text) by SQLite, as are the codes; currency
 * codes are always three letters, so they need no separator.
 */
const sqlOf = (scope: SelectionScope) => `
  SELECT group_concat(
      substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-' || substr(h, 13, 4) || '-' ||
      substr(h, 17, 4) || '-' || substr(h, 21), ',') AS ids,
    json_group_array(name) AS names,
    group_concat(${code('relationship_style', STYLES)} || ${code('tier', TIERS)} ||
      ${code('lifecycle', LIFECYCLES)}, '') AS codes,
    json_group_array(profit_potential) AS profit,
    json_group_array(cost_to_serve) AS cost,
    group_concat(currency, '') AS currency
  FROM (SELECT lower(hex(a.id)) AS h, a.name, a.relationship_style, a.tier, a.lifecycle,
      a.profit_potential, a.cost_to_serve, a.currency
    FROM accounts a
    WHERE a.deleted = 0 AND a.archived = 0 AND a.lifecycle <> 'ended' ${SCOPED[scope]})`;

interface Joined {
  ids: string | null;
  names: string;
  codes: string | null;
  profit: string;
  cost: string;
  currency: string | null;
}

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
  if (scope !== 'mine' && !(actor && SCOPES_BY_ROLE[actor.appRole].includes(scope))) {
    throw new RapportError(
      'forbidden',
      scope === 'team'
        ? "Only a team lead or an admin can see the team's accounts"
        : 'Only an admin can see every account',
    );
  }
  if (!actor) return columnsOf(scope, null);
  const joined = core
    .statement(sqlOf(scope))
    .get({ member: idBytes(actor.id), day: today() }) as Joined;
  return columnsOf(scope, joined);
}

function columnsOf(scope: SelectionScope, joined: Joined | null): SelectionPoints {
  if (!joined?.ids) {
    const none: number[] = [];
    return {
      scope,
      ids: [],
      names: [],
      style: none,
      tier: none,
      lifecycle: none,
      profit: [],
      cost: [],
      currency: none,
      currencies: [],
    };
  }
  const codes = joined.codes!;
  const digit = (offset: number) =>
    Array.from({ length: codes.length / 3 }, (_, i) => codes.charCodeAt(i * 3 + offset) - 48);
  const { currency, currencies } = indexCurrencies(joined.currency!);
  return {
    scope,
    ids: joined.ids.split(','),
    names: JSON.parse(joined.names) as string[],
    style: digit(0),
    tier: digit(1),
    lifecycle: digit(2),
    profit: JSON.parse(joined.profit) as (number | null)[],
    cost: JSON.parse(joined.cost) as (number | null)[],
    currency,
    currencies,
  };
}

/** Three letters per account, in order: each as its index in the list of those seen. */
function indexCurrencies(joined: string): { currency: number[]; currencies: string[] } {
  const currencies: string[] = [];
  const seen = new Map<string, number>();
  const currency = Array.from({ length: joined.length / 3 }, (_, i) => {
    const c = joined.slice(i * 3, i * 3 + 3);
    let at = seen.get(c);
    if (at === undefined) {
      at = currencies.push(c) - 1;
      seen.set(c, at);
    }
    return at;
  });
  return { currency, currencies };
}
