import type { ParsedInputOf } from '../../../shared/api';
import {
  SCOPES_BY_ROLE,
  type CurrencyPoints,
  type SelectionPoints,
  type SelectionScope,
} from '../../../shared/domain/selection';
import { RapportError } from '../../../shared/errors';
import { currentActor, type Core } from '../../core/core';
import { CURRENT, LEAD_TEAMS, today } from '../../core/permissions';
import { idBytes } from '../../db/codec';
import { SELECTION_CODES, SELECTION_LIVE } from '../../db/migrations/0009-selection-index';

/** Which accounts each scope reads, as a condition over `:member` and `:day`. */
const SCOPED: Record<SelectionScope, string> = {
  mine: `AND id IN (SELECT s.account_id FROM assignments s
    WHERE s.member_id = :member AND ${CURRENT})`,
  team: `AND id IN (SELECT s.account_id FROM assignments s JOIN team_members m ON m.id = s.member_id
    WHERE m.team_id IN (${LEAD_TEAMS.replaceAll(':lead', ':member')}) AND ${CURRENT})`,
  all: '',
};

/**
 * One row per currency, a column per aggregate. The inner query hands over the rows in
 * currency order, most profit potential first: for everyone's accounts straight from
 * the `accounts_selection` index (no sort), for a rep's or a team's few hundred through
 * the assignments' member index and a small sort. Grouping rows that arrive in order
 * keeps that order in each aggregate (test/integration/selection checks it). Reading
 * 100k rows one by one would cost more in making JavaScript rows than SQLite spends
 * finding them; joined in SQL, they arrive as a few long strings. The 16-byte ids are
 * joined as they are stored (SQLite appends a value's bytes, NULs included) and spelled
 * as hex by Node in one native call: hex() per row cost most of the statement.
 */
const sqlOf = (scope: SelectionScope) => `
  SELECT currency, CAST(group_concat(id, '') AS BLOB) AS ids, group_concat(code, '') AS codes,
    json_group_array(CAST(round(profit) AS INTEGER)) AS profit,
    json_group_array(CAST(round(cost) AS INTEGER)) AS cost
  FROM (SELECT currency, id, ${SELECTION_CODES} AS code, profit_potential AS profit,
      cost_to_serve AS cost
    FROM accounts WHERE ${SELECTION_LIVE} ${SCOPED[scope]}
    ORDER BY currency, profit_potential DESC)
  GROUP BY currency`;

interface Joined {
  currency: string;
  ids: Buffer;
  codes: string;
  profit: string;
  cost: string;
}

/**
 * The customer-selection chart's points (PRODUCT §2): each live account in the scope
 * with its relationship style, tier, lifecycle, profit potential and cost to serve, in
 * one statement, as columns per currency.
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
  if (!actor) return { scope, byCurrency: [] };
  const rows = core
    .statement(sqlOf(scope))
    .all({ member: idBytes(actor.id), day: today() }) as Joined[];
  const byCurrency = rows.map((row): CurrencyPoints => ({
    currency: row.currency,
    ids: row.ids.toString('hex'),
    codes: row.codes,
    profit: JSON.parse(row.profit) as (number | null)[],
    cost: JSON.parse(row.cost) as (number | null)[],
  }));
  // The currency with most points on the chart first: the page opens on it, and a
  // currency whose accounts have no profit potential yet would open on an empty chart.
  const plotted = new Map(byCurrency.map((c) => [c, c.profit.filter((v) => v !== null).length]));
  return {
    scope,
    byCurrency: byCurrency.sort(
      (a, b) => plotted.get(b)! - plotted.get(a)! || b.profit.length - a.profit.length,
    ),
  };
}
