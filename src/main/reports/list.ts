import { wordsOf } from '../../shared/words';
import type { ParsedJobInputOf } from '../../shared/jobs';
import type { Core } from '../core/core';
import { listOrder } from '../services/accounts/list';
import { OWNER_JOIN } from '../services/assignments/ownerSql';
import { cellsOf, columnsIn, type Column, type ReportTable } from './table';

/**
 * The account list as the person sees it: its filter, its sort, and its columns (name,
 * kind, city, country, lifecycle, tier, sales force, owner, and the parent), every row.
 */
export function listReport(core: Core, input: ParsedJobInputOf<'export'>): ReportTable {
  const w = wordsOf(input.language);
  const { fields: f, report: r } = w;
  const { text, id, label } = columnsIn(w);
  const columns: Column[] = [
    text(f.name, 'name'),
    label(f.kind, 'accountKind', 'kind'),
    text(f.city, 'city'),
    text(f.country, 'country'),
    label(f.lifecycle, 'lifecycle', 'lifecycle'),
    label(f.tier, 'tier', 'tier'),
    label(f.salesForce, 'salesForce', 'sales_force'),
    text(f.owner, 'owner'),
    text(f.parent, 'parent'),
    id(r.columns.id, 'id'),
  ];
  const { whereSql, params, order } = listOrder(input.list);
  return {
    title: r.titles.list,
    columns,
    count: core
      .statement(`SELECT count(*) FROM accounts a WHERE ${whereSql}`)
      .pluck()
      .get(params) as number,
    rows: () =>
      cellsOf(
        core.statement(
          `SELECT a.id, a.name, a.kind, a.city, a.country, a.lifecycle,
                  a.tier, a.sales_force, m.name AS owner, p.name AS parent
           FROM accounts a ${OWNER_JOIN}
           LEFT JOIN accounts p ON p.id = a.parent_id
           WHERE ${whereSql}
           ORDER BY ${order}`,
        ),
        params,
        columns,
      ),
  };
}
