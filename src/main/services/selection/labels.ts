import type { ParsedInputOf } from '../../../shared/api';
import type { SelectionLabel } from '../../../shared/domain/selection';
import type { Core } from '../../core/core';
import { hexIdList, idText } from '../../db/codec';

/**
 * The names and exact amounts of a few of the chart's accounts (a table page, the point
 * under the pointer): the chart's own reply leaves them out, as 94k names would be most
 * of its bytes and none of its drawing. In the order asked; an id not found is left out.
 */
export function selectionLabels(
  core: Core,
  { ids }: ParsedInputOf<'selectionLabels'>,
): SelectionLabel[] {
  const rows = core
    .statement(
      `SELECT a.id, a.name, a.profit_potential AS profit, a.cost_to_serve AS cost
       FROM json_each(?) j CROSS JOIN accounts a ON a.id = unhex(j.value) WHERE a.deleted = 0`,
    )
    .all(hexIdList(ids)) as {
    id: Buffer;
    name: string;
    profit: number | null;
    cost: number | null;
  }[];
  const found = new Map(rows.map((r) => [idText(r.id), { ...r, id: idText(r.id) }]));
  return ids.flatMap((id) => found.get(id) ?? []);
}
