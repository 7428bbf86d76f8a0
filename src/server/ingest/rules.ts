import { messages } from '../../shared/domain/messages';
import { COVERAGE_FIELDS, coverageRefusal, leftRefusal } from '../../shared/rules/coverage';
import { accountMoveRefusal, rowRefusal } from '../../shared/rules/rowRules';
import { referencesOf } from '../../shared/schema/references';
import type { Table } from '../../shared/schema/table';
import { tableNamed } from '../../shared/schema/tables';
import type { WireChange } from '../../shared/sync/wire';
import { rowValues, type Merged } from '../rows';
import type { BatchView } from './view';

/**
 * What a write must keep beyond who may make it, asked of the row as it will stand once
 * the change is merged, so that nothing the server accepts can be refused (or held) by
 * a laptop that applies it: a row stays with its account; a new row has every required
 * field; every row it points to
 * is one the server has; the rules across its fields hold (src/shared/rules/rowRules);
 * a contact's manager and an interaction's contacts work at its account; and an
 * account's assignments share at most 100% with one owner (src/shared/rules/coverage).
 * Only the rules the change's fields can break are asked. `before` is the account the
 * row belongs to as stored (undefined for a new row). Null when kept, else why not.
 */
export function ruleRefusal(
  view: BatchView,
  t: Table,
  change: WireChange,
  before: string | null | undefined,
  merged: Merged,
  today: string,
): string | null {
  const isNew = before === undefined;
  const row = rowValues(t, change.row, merged.row);
  const where = (field: string) => `${t.label} ${change.row} (${t.name}.${field})`;
  if (isNew) {
    for (const [field, column] of Object.entries(t.columns)) {
      if (field in change.values) continue;
      const missing = column.zod.safeParse(undefined);
      if (!missing.success) return `${where(field)}: ${missing.error.issues[0]?.message}`;
    }
  }
  for (const { field, target, id } of referencesOf(t, change.values)) {
    if (!view.has(target, id)) {
      const label = tableNamed(target)?.label.toLowerCase() ?? target;
      return `${where(field)} points to ${label} ${id}, which the server does not have: send the change that made it first`;
    }
  }
  const changed = Object.keys(change.values);
  const moved = isNew
    ? null
    : accountMoveRefusal(t.account, { [t.account ?? '']: before }, change.values);
  if (moved) return `${where(moved.field)}: ${moved.message}`;
  const broken = rowRefusal(t.name, row, isNew ? undefined : changed);
  if (broken) return `${where(broken.field)}: ${broken.message}`;
  const account = merged.row.accountId;
  if (account === null) return null;
  const elsewhere = sameAccountRefusal(view, t, row, account, changed);
  if (elsewhere) return elsewhere;
  if (t.name === 'assignments' && isNew && typeof row.memberId === 'string') {
    const member = view.kept('team_members', row.memberId)?.state;
    const leftOn = member?.leftOn?.v;
    const gone = leftRefusal(
      {
        name: String(member?.name?.v ?? row.memberId),
        leftOn: typeof leftOn === 'string' ? leftOn : null,
      },
      { validTo: typeof row.validTo === 'string' ? row.validTo : null },
    );
    if (gone) return `${where(gone.field)}: ${gone.message}`;
  }
  if (t.name === 'assignments' && (isNew || changed.some((f) => COVERAGE_FIELDS.includes(f)))) {
    const refused = coverageRefusal(
      {
        id: change.row,
        memberName: '',
        isOwner: row.isOwner === true,
        overlay: row.overlay === true,
        creditShare: typeof row.creditShare === 'number' ? row.creditShare : 0,
        validFrom: String(row.validFrom),
        validTo: typeof row.validTo === 'string' ? row.validTo : null,
      },
      view.assignmentsOf(account),
      today,
      view.accountName(account),
    );
    if (refused) return `${where(refused.field)}: ${refused.message}`;
  }
  return null;
}

/** A contact's manager and an interaction's contacts must work at the row's own account. */
function sameAccountRefusal(
  view: BatchView,
  t: Table,
  row: Record<string, unknown>,
  account: string,
  changed: readonly string[],
): string | null {
  const moved = changed.includes('accountId');
  if (t.name === 'contacts' && typeof row.reportsToId === 'string') {
    if (!moved && !changed.includes('reportsToId')) return null;
    const boss = view.kept('contacts', row.reportsToId);
    if (boss && boss.accountId !== account) {
      return `Contact ${row.id} (contacts.reportsToId): ${messages.reportsElsewhere({
        name: String(boss.state.name?.v ?? row.reportsToId),
        account: view.accountName(boss.accountId ?? ''),
      })}`;
    }
  }
  if (t.name === 'interactions' && Array.isArray(row.contactIds)) {
    if (!moved && !changed.includes('contactIds')) return null;
    for (const id of row.contactIds as string[]) {
      const contact = view.kept('contacts', id);
      if (contact && contact.accountId !== account) {
        return `Interaction ${row.id} (interactions.contactIds): ${messages.contactElsewhere({ id })}`;
      }
    }
  }
  return null;
}
