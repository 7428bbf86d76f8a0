import { contactsTable, type Contact } from '../../../shared/domain/contact';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import {
  getRecord,
  insertRecord,
  inTransaction,
  listByAccount,
  reachesUp,
  updateRecord,
} from '../../core/records';
import { idBytes, idText } from '../../db/codec';
import { requireReferences } from '../records/crud';
import { messages } from '../../../shared/domain/messages';

export function listContacts(
  core: Core,
  { accountId, includeArchived }: ParsedInputOf<'listContacts'>,
): Contact[] {
  return listByAccount<Contact>(core, contactsTable, accountId, includeArchived, 'name');
}

export function getContact(core: Core, { id }: ParsedInputOf<'getContact'>): Contact {
  return getRecord<Contact>(core, contactsTable, id);
}

export function createContact(core: Core, input: ParsedInputOf<'createContact'>): Contact {
  return inTransaction(core, () => {
    requireReferences(core, contactsTable, input);
    checkReportsTo(core, null, input.accountId, input.reportsToId);
    return insertRecord<Contact>(core, contactsTable, input);
  });
}

export function updateContact(core: Core, { id, patch }: ParsedInputOf<'updateContact'>): Contact {
  return inTransaction(core, () => {
    const current = getRecord<Contact>(core, contactsTable, id);
    requireReferences(core, contactsTable, patch);
    const accountId = patch.accountId ?? current.accountId;
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
  if (reportsToId === id) throw RapportError.validation('reportsToId', messages.reportsToSelf({}));
  const boss = core
    .statement(
      `SELECT c.name, c.account_id AS accountId, a.name AS accountName
       FROM contacts c JOIN accounts a ON a.id = c.account_id WHERE c.id = ? AND c.deleted = 0`,
    )
    .get(idBytes(reportsToId)) as
    { name: string; accountId: Buffer; accountName: string } | undefined;
  if (!boss) throw RapportError.validation('reportsToId', `Contact ${reportsToId} does not exist`);
  if (idText(boss.accountId) !== accountId) {
    throw RapportError.validation(
      'reportsToId',
      messages.reportsElsewhere({ name: boss.name, account: boss.accountName }),
    );
  }
  if (id && reachesUp(core, { table: 'contacts', link: 'reports_to_id' }, reportsToId, id)) {
    throw RapportError.validation('reportsToId', messages.orgChartLoop({}));
  }
}
