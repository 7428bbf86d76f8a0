import type { z } from 'zod';
import type { HandOverAccounts } from '../../../shared/domain/handover';
import type { Core } from '../../core/core';
import { dayNumber, hexIdList, idBytes, idText } from '../../db/codec';

export interface PickedAccount {
  id: string;
  name: string;
  /** Purchases of the last 12 months (before anyone's credit share). */
  revenue: number;
}

/**
 * The accounts the hand-over takes: of those the leaver covers today (or, with no
 * leaver, of the whole book), all of them, those a filter keeps, or those picked by id
 * (one picked that the leaver does not cover is not theirs to hand over, and is left
 * out). In name order; with their revenue when asked (else 0).
 */
export function pickedAccounts(
  core: Core,
  fromId: string | null,
  pick: z.output<typeof HandOverAccounts>,
  day: string,
  withRevenue: boolean,
): PickedAccount[] {
  const where: string[] = [];
  const params: Record<string, unknown> = { day: dayNumber(day) };
  if (fromId) {
    where.push(`a.id IN (
      SELECT s.account_id FROM assignments s
      WHERE s.member_id = :from AND s.deleted = 0 AND s.valid_from <= :day
        AND (s.valid_to IS NULL OR s.valid_to > :day))`);
    params.from = idBytes(fromId);
  }
  const within = (column: string, name: string, values: readonly string[] | undefined) => {
    if (!values || values.length === 0) return;
    where.push(`a.${column} IN (SELECT value FROM json_each(:${name}))`);
    params[name] = JSON.stringify(values);
  };
  if (pick.pick === 'filter') {
    where.push('a.archived = 0'); // as the list it was picked in
    within('kind', 'kind', pick.kind);
    within('sales_force', 'salesForce', pick.salesForce);
    within('lifecycle', 'lifecycle', pick.lifecycle);
    within('country', 'country', pick.country);
    if (pick.ownerId?.length) {
      where.push(`a.id IN (SELECT s.account_id FROM assignments s
        WHERE s.is_owner = 1 AND s.deleted = 0 AND s.valid_from <= :day
          AND (s.valid_to IS NULL OR s.valid_to > :day)
          AND s.member_id IN (SELECT unhex(value) FROM json_each(:owners)))`);
      params.owners = hexIdList(pick.ownerId);
    }
  }
  if (pick.pick === 'ids') {
    where.push('a.id IN (SELECT unhex(value) FROM json_each(:ids))');
    params.ids = hexIdList(pick.ids);
  }
  const rows = core
    .statement(
      `SELECT a.id, a.name, ${withRevenue ? REVENUE : '0'} AS revenue
       FROM accounts a
       WHERE a.deleted = 0 ${where.map((w) => `AND ${w}`).join(' ')}
       ORDER BY a.sort_name, a.id`,
    )
    .all(params) as { id: Buffer; name: string; revenue: number }[];
  return rows.map((r) => ({ id: idText(r.id), name: r.name, revenue: r.revenue }));
}

/** An account's purchases of the last 12 months. */
const REVENUE = `(SELECT coalesce(sum(p.amount), 0) FROM purchases p
  WHERE p.account_id = a.id AND p.deleted = 0 AND p.period_end > :day - 365)`;
