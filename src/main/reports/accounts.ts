import { wordsOf } from '../../shared/words';
import type { ParsedJobInputOf } from '../../shared/jobs';
import type { Core } from '../core/core';
import { OWNER_JOIN } from '../services/assignments/ownerSql';
import { today } from '../core/permissions';
import { cellsOf, columnsIn, notPrinted, type Column, type ReportTable } from './table';

/**
 * Every account in use (not archived) with all its fields, its owner today, its parent, the distributor
 * it is served via and its territory, in the alphabetical order of the report's language.
 */
export function accountsReport(core: Core, input: ParsedJobInputOf<'export'>): ReportTable {
  const w = wordsOf(input.language);
  const { fields: f, report: r } = w;
  const { text, number, day, id, label } = columnsIn(w);
  // A PDF page has room for the columns a reader scans; the spreadsheets get them all.
  const columns: Column[] = [
    text(f.name, 'name'),
    label(f.kind, 'accountKind', 'kind'),
    label(f.lifecycle, 'lifecycle', 'lifecycle'),
    label(f.tier, 'tier', 'tier'),
    notPrinted(label(f.relationshipStyle, 'relationshipStyle', 'relationship_style')),
    notPrinted(label(f.salesForce, 'salesForce', 'sales_force')),
    text(f.owner, 'owner'),
    text(f.industry, 'industry'),
    text(f.country, 'country'),
    notPrinted(text(f.region, 'region')),
    text(f.city, 'city'),
    notPrinted(text(f.postcode, 'postcode')),
    notPrinted(text(f.address, 'address')),
    notPrinted(text(f.website, 'website')),
    notPrinted(text(f.phone, 'phone')),
    text(f.parent, 'parent'),
    notPrinted(text(f.servedViaId, 'served_via')),
    text(f.territory, 'territory'),
    notPrinted(number(f.costToServe, 'cost_to_serve')),
    notPrinted(number(f.profitPotential, 'profit_potential')),
    notPrinted(text(f.currency, 'currency')),
    notPrinted(day(r.columns.customerSince, 'customer_since')),
    notPrinted(text(f.needs, 'needs')),
    notPrinted(text(f.capabilities, 'capabilities')),
    notPrinted(text(f.notes, 'notes')),
    notPrinted(id(r.columns.id, 'id')),
  ];
  const order = input.language === 'en' ? 'a.sort_name' : `a.sort_${input.language}`;
  return {
    title: r.titles.accounts,
    columns,
    count: core
      .statement('SELECT count(*) FROM accounts WHERE deleted = 0')
      .pluck()
      .get() as number,
    rows: () =>
      cellsOf(
        core.statement(
          `SELECT a.id, a.name, a.kind, a.lifecycle, a.tier,
                  a.relationship_style, a.sales_force, m.name AS owner, a.industry, a.country, a.region, a.city,
                  a.postcode, a.address, a.website, a.phone, p.name AS parent,
                  v.name AS served_via, t.name AS territory, a.cost_to_serve,
                  a.profit_potential, a.currency, a.customer_since, a.needs, a.capabilities,
                  a.notes
           FROM accounts a ${OWNER_JOIN}
           LEFT JOIN accounts p ON p.id = a.parent_id
           LEFT JOIN accounts v ON v.id = a.served_via_id
           LEFT JOIN territories t ON t.id = a.territory_id
           WHERE a.deleted = 0 AND a.archived = 0
           ORDER BY ${order}, a.id`,
        ),
        { day: today() },
        columns,
      ),
  };
}
