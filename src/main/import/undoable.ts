import { accountsTable } from '../../shared/domain/account';
import { contactsTable } from '../../shared/domain/contact';
import { RapportError } from '../../shared/errors';
import { reasonText, type ImportKind } from '../../shared/imports';
import type { Words } from '../../shared/words';
import type { Core } from '../core/core';
import { authorizer, bookFacts } from '../core/permissions';
import { idBytes, idText } from '../db/codec';

export const IMPORT_TABLES = { accounts: accountsTable, contacts: contactsTable } as const;

/** An import the book keeps, as its undo reads it. */
export interface MadeImport {
  kind: ImportKind;
  touched: number;
  last_hlc: number;
}

/** What undo writes to a record: the values it had before, or archived when the import made it. */
export const undoPatch = (before: string | null): Record<string, unknown> =>
  before ? (JSON.parse(before) as Record<string, unknown>) : { archived: true };

/**
 * What the undo asks before it writes, throwing its refusal: the import exists, is not
 * undone yet, and no record it touched was changed since (here, or by sync): the change
 * after the import is not silently lost.
 */
export function requireUndoable(core: Core, id: string, w: Words): MadeImport {
  const key = idBytes(id);
  const made = core
    .statement(
      'SELECT kind, created + updated AS touched, last_hlc, undone_at FROM imports WHERE id = ?',
    )
    .get(key) as (MadeImport & { undone_at: number | null }) | undefined;
  if (!made) throw new RapportError('not_found', reasonText(w, 'notFound', { id }));
  if (made.undone_at !== null) throw new RapportError('conflict', reasonText(w, 'undone'));
  const t = IMPORT_TABLES[made.kind];
  const changed = core
    .statement(
      `SELECT t.name FROM import_rows r JOIN ${t.name} t ON t.id = r.row_id
       WHERE r.import_id = ? AND coalesce(t.updated_hlc, t.hlc) > ? LIMIT 1`,
    )
    .get(key, made.last_hlc) as { name: string } | undefined;
  if (changed)
    throw new RapportError('conflict', reasonText(w, 'changedSince', { name: changed.name }));
  return made;
}

/**
 * Why undoing the import would be refused now, or null: the undo's own checks, then the
 * role rule asked of every record it would write, with the values it would write (the
 * write path asks the same rule when the undo runs). For a screen that offers Undo.
 */
export function undoRefusal(core: Core, id: string, w: Words): string | null {
  try {
    const made = requireUndoable(core, id, w);
    const t = IMPORT_TABLES[made.kind];
    const accountOf = made.kind === 'accounts' ? 'r.row_id' : 't.account_id';
    const rows = core
      .statement(
        `SELECT ${accountOf} AS accountId, r.before FROM import_rows r
         JOIN ${t.name} t ON t.id = r.row_id WHERE r.import_id = ?`,
      )
      .all(idBytes(id)) as { accountId: Buffer; before: string | null }[];
    const accounts = rows.map((r) => idText(r.accountId));
    const authorize = authorizer(core, bookFacts(core, [...new Set(accounts)]));
    rows.forEach((row, i) =>
      authorize(t, {
        before: { [t.account as string]: accounts[i] },
        values: undoPatch(row.before),
      }),
    );
    return null;
  } catch (error) {
    if (error instanceof RapportError && error.code !== 'internal') return error.message;
    throw error;
  }
}
