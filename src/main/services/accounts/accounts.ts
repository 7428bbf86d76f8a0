import { accountsTable, type Account, type AccountFields } from '../../../shared/domain/account';
import type { AccountDetail, ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import { currentActor, type Core } from '../../core/core';
import {
  getRecord,
  insertRecord,
  inTransaction,
  reachesUp,
  updateRecord,
} from '../../core/records';
import { idBytes, idText } from '../../db/codec';
import { requireReferences } from '../records/crud';
import { listContacts } from '../contacts/contacts';
import { listCoverage, ownerOf, startOwnership } from '../assignments/assignments';
import { messages } from '../../../shared/domain/messages';

/**
 * A new account. Its owner, if named, becomes its owner assignment; a rep who creates
 * an account owns it (so that they can go on working on it).
 */
export function createAccount(core: Core, input: ParsedInputOf<'createAccount'>): Account {
  return inTransaction(core, () => {
    const { ownerId, ...fields } = input;
    if (fields.lifecycle === 'ended') refuseEndWithoutReason('lifecycle');
    checkReferences(core, null, fields);
    const account = insertRecord<Account>(core, accountsTable, fields);
    const actor = currentActor(core);
    const owner = ownerId ?? (actor?.appRole === 'rep' ? actor.id : null);
    if (owner) startOwnership(core, account.id, owner, 'New account');
    return account;
  });
}

export function updateAccount(core: Core, { id, patch }: ParsedInputOf<'updateAccount'>): Account {
  return inTransaction(core, () => {
    if (
      patch.lifecycle === 'ended' &&
      getRecord<Account>(core, accountsTable, id).lifecycle !== 'ended'
    ) {
      refuseEndWithoutReason('patch.lifecycle');
    }
    checkReferences(core, id, patch);
    return updateRecord<Account>(core, accountsTable, id, patch);
  });
}

/** A relationship is ended on purpose, with its reason kept (endRelationship), never in passing. */
function refuseEndWithoutReason(field: string): never {
  throw RapportError.validation(field, messages.endWithoutReason({}));
}

export function archiveAccount(
  core: Core,
  { id, archived }: ParsedInputOf<'archiveAccount'>,
): Account {
  return inTransaction(core, () => updateRecord<Account>(core, accountsTable, id, { archived }));
}

export function getAccountDetail(core: Core, { id }: ParsedInputOf<'getAccount'>): AccountDetail {
  const account = getRecord<Account>(core, accountsTable, id);
  const named = (sql: string, key: string | null) => {
    if (!key) return null;
    const row = core.statement(sql).get(idBytes(key)) as { id: Buffer; name: string } | undefined;
    return row ? { id: idText(row.id), name: row.name } : null;
  };
  const sites = core
    .statement(
      `SELECT id, name, city, country FROM accounts
       WHERE parent_id = ? AND deleted = 0 AND archived = 0 ORDER BY sort_name`,
    )
    .all(idBytes(id)) as {
    id: Buffer;
    name: string;
    city: string | null;
    country: string | null;
  }[];
  return {
    account,
    parent: named('SELECT id, name FROM accounts WHERE id = ?', account.parentId),
    servedVia: named('SELECT id, name FROM accounts WHERE id = ?', account.servedViaId),
    sites: sites.map((s) => ({ ...s, id: idText(s.id) })),
    owner: ownerOf(core, id),
    territory: named('SELECT id, name FROM territories WHERE id = ?', account.territoryId),
    contacts: listContacts(core, { accountId: id, includeArchived: false }),
    coverage: listCoverage(core, { accountId: id, includeEnded: false }),
  };
}

function checkReferences(core: Core, id: string | null, fields: Partial<AccountFields>): void {
  requireReferences(core, accountsTable, fields);
  if (
    id &&
    fields.parentId &&
    reachesUp(core, { table: 'accounts', link: 'parent_id' }, fields.parentId, id)
  ) {
    throw RapportError.validation('parentId', messages.parentLoop({}));
  }
}
