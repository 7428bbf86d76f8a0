import { RECENT_IMPORTS, type RecentImport } from '../../../shared/imports';
import type { ImportKind } from '../../../shared/imports';
import type { Words } from '../../../shared/words';
import type { Core } from '../../core/core';
import { idText } from '../../db/codec';
import { undoRefusal } from '../undoable';

/** The book's latest imports, newest first, each with why its undo would be refused now (or null). */
export function recentImports(core: Core, w: Words): RecentImport[] {
  const rows = core
    .statement(
      `SELECT id, kind, file_name AS fileName, made_at AS madeAt, created, updated,
              undone_at AS undoneAt
       FROM imports ORDER BY made_at DESC, id DESC LIMIT ${RECENT_IMPORTS}`,
    )
    .all() as (Omit<RecentImport, 'id' | 'undoRefusal'> & { id: Buffer; kind: ImportKind })[];
  return rows.map((row) => {
    const id = idText(row.id);
    return { ...row, id, undoRefusal: undoRefusal(core, id, w) };
  });
}
