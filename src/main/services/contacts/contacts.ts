import type { Contact } from '../../../shared/domain/contact';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import type { TableSpec } from '../../db/tables';
import { fromRow } from '../../db/tables';
import {
  getRecord,
  insertRecord,
  inTransaction,
  reachesUp,
  requireReference,
  updateRecord,
} from '../../core/records';
import { ContactFields } from '../../../shared/domain/contact';
import { accountsTable } from '../accounts/table';

export const contactsTable: TableSpec = {
  name: 'contacts',
  fields: Object.keys(ContactFields.shape),
  booleans: ['doNotContact'],
};

export function listContacts(
  core: Core,
  { accountId, includeArchived }: ParsedInputOf<'listContacts'>,
): Contact[] {
  const archived = includeArchived ? '' : 'AND archived = 0';
  return core
    .statement(
      `SELECT * FROM contacts WHERE account_id = ? AND deleted = 0 ${archived} ORDER BY name`,
    )
    .all(accountId)
    .map((row) => fromRow<Contact>(contactsTable, row as Record<string, unknown>));
}

export function createContact(core: Core, input: ParsedInputOf<'createContact'>): Contact {
  return inTransaction(core, () => {
    requireReference(core, accountsTable, 'accountId', input.accountId);
    checkReportsTo(core, null, input.accountId, input.reportsToId);
    return insertRecord<Contact>(core, contactsTable, input);
  });
}

export function updateContact(core: Core, { id, patch }: ParsedInputOf<'updateContact'>): Contact {
  return inTransaction(core, () => {
    const current = getRecord<Contact>(core, contactsTable, id);
    const accountId = patch.accountId ?? current.accountId;
    requireReference(core, accountsTable, 'accountId', patch.accountId);
    const reportsTo = patch.reportsToId !== undefined ? patch.reportsToId : current.reportsToId;
    checkReportsTo(core, id, accountId, reportsTo);
    return updateRecord<Contact>(core, contactsTable, id, patch);
  });
}

export function archiveContact(
  core: Core,
  { id, archived }: ParsedInputOf<'archiveContact'>,
): Contact {
  return inTransaction(core, () => updateRecord<Contact>(core, contactsTable, id, { archived }));
}

/** The org chart stays a tree inside one account: no self, no loops, no other company. */
function checkReportsTo(
  core: Core,
  id: string | null,
  accountId: string,
  reportsToId: string | null,
): void {
  if (!reportsToId) return;
  if (reportsToId === id)
    throw RapportError.validation('reportsToId', 'A contact cannot report to themselves');
  const boss = core
    .statement('SELECT account_id AS accountId FROM contacts WHERE id = ? AND deleted = 0')
    .get(reportsToId) as { accountId: string } | undefined;
  if (!boss) throw RapportError.validation('reportsToId', `Contact ${reportsToId} does not exist`);
  if (boss.accountId !== accountId) {
    throw RapportError.validation(
      'reportsToId',
      'A contact can only report to someone at the same account',
    );
  }
  if (id && reachesUp(core, { table: 'contacts', link: 'reports_to_id' }, reportsToId, id)) {
    throw RapportError.validation('reportsToId', 'This would make the org chart a loop');
  }
}
