import type { Contact } from '../../../shared/domain/contact';
import type { OverviewContact } from '../../../shared/domain/overview';
import type { Core } from '../../core/core';
import { idBytes, idText, instantText } from '../../db/codec';

/**
 * Each contact with the moment of the last live interaction they were at (null: never
 * met). One pass over the account's interactions and their contact links, on the
 * account index and the links' primary key, not one query per contact.
 */
export function withLastInteraction(
  core: Core,
  accountId: string,
  contacts: readonly Contact[],
): OverviewContact[] {
  const rows = core
    .statement(
      `SELECT ic.contact_id AS contact, max(i.occurred_at) AS at
       FROM interactions i JOIN interaction_contacts ic ON ic.interaction_id = i.id
       WHERE i.account_id = ? AND i.deleted = 0 AND i.archived = 0
       GROUP BY ic.contact_id`,
    )
    .all(idBytes(accountId)) as { contact: Buffer; at: number }[];
  const last = new Map(rows.map((r) => [idText(r.contact), instantText(r.at)]));
  return contacts.map((c) => ({ ...c, lastInteractionAt: last.get(c.id) ?? null }));
}
