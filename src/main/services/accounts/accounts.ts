import type { Account, AccountFields } from '../../../shared/domain/account';
import type { AccountDetail, ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import {
  findRecord,
  getRecord,
  insertRecord,
  inTransaction,
  reachesUp,
  requireReference,
  updateRecord,
} from '../../core/records';
import { membersTable, territoriesTable } from '../team/tables';
import { listContacts } from '../contacts/contacts';
import { listCoverage } from '../assignments/assignments';
import { accountsTable } from './table';

export function createAccount(core: Core, input: ParsedInputOf<'createAccount'>): Account {
  return inTransaction(core, () => {
    checkReferences(core, null, input);
    return insertRecord<Account>(core, accountsTable, input);
  });
}

export function updateAccount(core: Core, { id, patch }: ParsedInputOf<'updateAccount'>): Account {
  return inTransaction(core, () => {
    checkReferences(core, id, patch);
    return updateRecord<Account>(core, accountsTable, id, patch);
  });
}

export function archiveAccount(
  core: Core,
  { id, archived }: ParsedInputOf<'archiveAccount'>,
): Account {
  return inTransaction(core, () => updateRecord<Account>(core, accountsTable, id, { archived }));
}

export function getAccountDetail(core: Core, { id }: ParsedInputOf<'getAccount'>): AccountDetail {
  const account = getRecord<Account>(core, accountsTable, id);
  const parent = account.parentId
    ? findRecord<Account>(core, accountsTable, account.parentId)
    : null;
  const owner = account.ownerId
    ? findRecord<{ id: string; name: string }>(core, membersTable, account.ownerId)
    : null;
  const territory = account.territoryId
    ? findRecord<{ id: string; name: string }>(core, territoriesTable, account.territoryId)
    : null;
  const sites = core
    .statement(
      `SELECT id, name, city, country FROM accounts
       WHERE parent_id = ? AND deleted = 0 AND archived = 0 ORDER BY sort_name`,
    )
    .all(id) as AccountDetail['sites'];
  return {
    account,
    parent: parent && { id: parent.id, name: parent.name },
    sites,
    owner: owner && { id: owner.id, name: owner.name },
    territory: territory && { id: territory.id, name: territory.name },
    contacts: listContacts(core, { accountId: id, includeArchived: false }),
    coverage: listCoverage(core, { accountId: id, includeEnded: false }),
  };
}

function checkReferences(core: Core, id: string | null, fields: Partial<AccountFields>): void {
  requireReference(core, membersTable, 'ownerId', fields.ownerId);
  requireReference(core, territoriesTable, 'territoryId', fields.territoryId);
  if (!fields.parentId) return;
  requireReference(core, accountsTable, 'parentId', fields.parentId);
  if (id && reachesUp(core, { table: 'accounts', link: 'parent_id' }, fields.parentId, id)) {
    throw RapportError.validation(
      'parentId',
      'An account cannot be its own parent or a parent of its parent',
    );
  }
}
