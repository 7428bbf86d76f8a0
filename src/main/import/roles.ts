import { accountsTable } from '../../shared/domain/account';
import { contactsTable } from '../../shared/domain/contact';
import { RapportError } from '../../shared/errors';
import { reasonText, type ImportKind } from '../../shared/imports';
import type { Words } from '../../shared/words';
import type { Actor, Core } from '../core/core';
import type { Authorize } from '../core/permissions';
import { idText } from '../db/codec';
import { STAGE } from './stage';

/**
 * The role rule asked of every good row before anything is written, so that a row the
 * member may not write is refused on its own, with the rule's reason, instead of
 * refusing the whole file at commit (where the write path asks it again): a rep may
 * update only the accounts they cover and add contacts only to them; a lead, their
 * team's book. An admin may write everything.
 */
export function refuseForbiddenRows(
  core: Core,
  kind: ImportKind,
  actor: Actor,
  authorize: Authorize,
  w: Words,
): void {
  if (actor.appRole === 'admin') return;
  const rows = core
    .statement(
      `SELECT line, target, parent FROM ${STAGE} WHERE error IS NULL AND (target IS NOT NULL OR :contacts)`,
    )
    .all({ contacts: kind === 'contacts' ? 1 : 0 }) as {
    line: number;
    target: Buffer | null;
    parent: Buffer | null;
  }[];
  const refuse = core.statement(`UPDATE ${STAGE} SET error = ? WHERE line = ?`);
  for (const row of rows) {
    try {
      if (kind === 'accounts') {
        authorize(accountsTable, { before: { id: idText(row.target!) }, values: {} });
      } else {
        const accountId = idText(row.parent!);
        authorize(
          contactsTable,
          row.target ? { before: { accountId }, values: {} } : { values: { accountId } },
        );
      }
    } catch (error) {
      if (!(error instanceof RapportError) || error.code !== 'forbidden') throw error;
      refuse.run(reasonText(w, 'refused', { message: error.message }), row.line);
    }
  }
}
