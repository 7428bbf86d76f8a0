import { accountsTable, type Account } from '../../../shared/domain/account';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import { getRecord, inTransaction, updateRecord } from '../../core/records';
import { messages } from '../../../shared/domain/messages';

/**
 * Ends a relationship on purpose (PRODUCT §5): the account's lifecycle becomes 'ended'
 * and it keeps the day and the reason. It stays in the book, its history with it (it
 * is not archived); setting its lifecycle again re-opens it, and the last ending stays
 * on record. Roles are those of any change to the account (the one write path).
 */
export function endRelationship(
  core: Core,
  { accountId, reason }: ParsedInputOf<'endRelationship'>,
): Account {
  return inTransaction(core, () => {
    const account = getRecord<Account>(core, accountsTable, accountId);
    if (account.lifecycle === 'ended') {
      throw RapportError.validation(
        'accountId',
        account.endedOn
          ? messages.alreadyEndedOn({ account: account.name, day: account.endedOn })
          : messages.alreadyEnded({ account: account.name }),
      );
    }
    return updateRecord<Account>(core, accountsTable, accountId, {
      lifecycle: 'ended',
      endedOn: new Date().toISOString().slice(0, 10),
      endedReason: reason,
    });
  });
}
