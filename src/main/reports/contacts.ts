import { wordsOf } from '../../shared/words';
import type { ParsedJobInputOf } from '../../shared/jobs';
import type { Core } from '../core/core';
import { cellsOf, columnsIn, notPrinted, type Column, type ReportTable } from './table';

/**
 * Every live contact with their account, buying role, influence, the strength of the
 * relationship and whom they report to, account by account in the language's order.
 */
export function contactsReport(core: Core, input: ParsedJobInputOf<'export'>): ReportTable {
  const w = wordsOf(input.language);
  const { fields: f, report: r } = w;
  const c = r.columns;
  const { text, number, day, yesNo, id, label } = columnsIn(w);
  // A PDF page has room for the columns a reader scans; the spreadsheets get them all.
  const columns: Column[] = [
    text(c.account, 'account'),
    text(f.name, 'name'),
    text(c.title, 'title'),
    label(c.buyingRole, 'buyingRole', 'buying_role'),
    number(c.influence, 'influence'),
    notPrinted(number(c.relationshipStrength, 'relationship_strength')),
    notPrinted(text(c.reportsTo, 'reports_to')),
    text(c.email, 'email'),
    text(f.phone, 'phone'),
    notPrinted(text(c.mobile, 'mobile')),
    notPrinted(label(c.preferredChannel, 'channel', 'preferred_channel')),
    notPrinted(yesNo(c.doNotContact, 'do_not_contact')),
    notPrinted(day(c.birthday, 'birthday')),
    notPrinted(day(c.workAnniversary, 'work_anniversary')),
    notPrinted(text(f.notes, 'notes')),
    notPrinted(id(c.id, 'id')),
  ];
  const order = input.language === 'en' ? 'sort_name' : `sort_${input.language}`;
  return {
    title: r.titles.contacts,
    columns,
    count: core
      .statement('SELECT count(*) FROM contacts WHERE deleted = 0')
      .pluck()
      .get() as number,
    rows: () =>
      cellsOf(
        core.statement(
          `SELECT k.id, a.name AS account, k.name, k.title, k.buying_role, k.influence,
                  k.relationship_strength, b.name AS reports_to, k.email, k.phone, k.mobile,
                  k.preferred_channel, k.do_not_contact, k.birthday, k.work_anniversary, k.notes
           FROM contacts k JOIN accounts a ON a.id = k.account_id
           LEFT JOIN contacts b ON b.id = k.reports_to_id
           WHERE k.deleted = 0
           ORDER BY a.${order}, a.id, k.sort_name, k.id`,
        ),
        {},
        columns,
      ),
  };
}
