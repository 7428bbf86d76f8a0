import type { ParsedJobInputOf } from '../../shared/jobs';
import { enumLabel, type Words } from '../../shared/words';
import type { Core } from '../core/core';
import { idBytes } from '../db/codec';
import { filled } from './pdf/cells';

/**
 * What an export was asked for, as a PDF's pages say it under the title: the list's
 * filters, the team, the account, the period. A report of the whole book says so.
 */
export function filtersOf(core: Core, input: ParsedJobInputOf<'export'>, w: Words): string[] {
  const pdf = w.report.pdf;
  // (Rows read whole: a cached statement is shared, and others read this one's rows so.)
  const nameIn = (table: 'accounts' | 'team_members' | 'teams', id: string) =>
    (
      core.statement(`SELECT name FROM ${table} WHERE id = ?`).get(idBytes(id)) as
        { name: string } | undefined
    )?.name ?? id;
  const said: string[] = [];
  if (input.report === 'list') {
    const f = input.list.filter;
    const labels = <E extends 'accountKind' | 'salesForce' | 'lifecycle'>(
      label: string,
      name: E,
      values: readonly string[] | undefined,
    ) => {
      if (values?.length)
        said.push(`${label}: ${values.map((v) => enumLabel(w, name, v)).join(', ')}`);
    };
    labels(w.fields.kind, 'accountKind', f.kind);
    labels(w.fields.salesForce, 'salesForce', f.salesForce);
    labels(w.fields.lifecycle, 'lifecycle', f.lifecycle);
    if (f.ownerId?.length) {
      said.push(
        `${w.fields.owner}: ${f.ownerId.map((id) => nameIn('team_members', id)).join(', ')}`,
      );
    }
    if (f.parentId) said.push(`${w.fields.parent}: ${nameIn('accounts', f.parentId)}`);
    if (f.servedViaId) said.push(`${w.fields.servedViaId}: ${nameIn('accounts', f.servedViaId)}`);
    if (f.includeArchived) said.push(pdf.archived);
  }
  if (input.report === 'week' && input.week.memberId) {
    said.push(nameIn('team_members', input.week.memberId));
  }
  if (input.report === 'week' && input.week.from) said.push(`${pdf.week} ${input.week.from}`);
  if (input.teamId) said.push(`${pdf.team}: ${nameIn('teams', input.teamId)}`);
  if (input.accountId) said.push(`${pdf.account}: ${nameIn('accounts', input.accountId)}`);
  if (input.from || input.to) {
    said.push(filled(pdf.period, { from: input.from ?? '…', to: input.to ?? '…' }));
  }
  return said.length > 0 ? said : [pdf.all];
}
