import type { Table } from '../../../shared/schema/table';
import type { Core } from '../../core/core';
import {
  getRecord,
  insertRecord,
  inTransaction,
  listByAccount,
  requireReference,
  updateRecord,
} from '../../core/records';
import { tableNamed } from '../../../shared/schema/tables';
import { RapportError } from '../../../shared/errors';
import { idBytes } from '../../db/codec';
import { messages } from '../../../shared/domain/messages';

type Values = Record<string, unknown>;

/**
 * Rules of one table beyond its declaration, run inside the write's transaction with
 * the row as it will be (`after`) and as it was (`before`, on update).
 */
export type Rules = (core: Core, after: Values, before: Values | null) => void;

/**
 * Create, read, update, archive and list-by-account for a table that belongs to an
 * account, derived from its declaration: every reference it declares is checked,
 * then the table's own rules, then the one write path (roles, clock, log).
 */
export function accountRecords<T>(t: Table, order: string, rules: Rules = () => undefined) {
  return {
    create: (core: Core, input: Values): T =>
      inTransaction(core, () => {
        requireReferences(core, t, input);
        rules(core, input, null);
        return insertRecord<T>(core, t, input);
      }),
    update: (core: Core, { id, patch }: { id: string; patch: Values }): T =>
      inTransaction(core, () => {
        const before = getRecord<Values>(core, t, id);
        requireReferences(core, t, patch);
        rules(core, { ...before, ...patch }, before);
        return updateRecord<T>(core, t, id, patch);
      }),
    archive: (core: Core, { id, archived }: { id: string; archived: boolean }): T =>
      inTransaction(core, () => updateRecord<T>(core, t, id, { archived })),
    get: (core: Core, { id }: { id: string }): T => getRecord<T>(core, t, id),
    list: (core: Core, q: { accountId: string; includeArchived: boolean }): T[] =>
      listByAccount<T>(core, t, q.accountId, q.includeArchived, order),
  };
}

/** Every id a row names must be a live row of the table its declaration says. */
export function requireReferences(core: Core, t: Table, values: Values): void {
  for (const [field, column] of Object.entries(t.columns)) {
    const target = column.references ? tableNamed(column.references) : undefined;
    const value = values[field];
    if (!target || value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((v, i) => requireReference(core, target, `${field}.${i}`, v as string));
    } else {
      requireReference(core, target, field, value as string);
    }
  }
  for (const [field, link] of Object.entries(t.links ?? {})) {
    const target = tableNamed(link.references);
    const members = values[field] as string[] | undefined;
    if (target && members) {
      members.forEach((v, i) => requireReference(core, target, `${field}.${i}`, v));
    }
  }
}

/** Contacts named on a row must work at its account. */
export function requireContactsOf(
  core: Core,
  accountId: string,
  contactIds: readonly string[],
  field: string,
): void {
  const at = core.statement('SELECT account_id AS accountId FROM contacts WHERE id = ?');
  contactIds.forEach((contactId, i) => {
    const row = at.get(idBytes(contactId)) as { accountId: Buffer } | undefined;
    if (row && !row.accountId.equals(idBytes(accountId))) {
      throw RapportError.validation(`${field}.${i}`, messages.contactElsewhere({ id: contactId }));
    }
  });
}
