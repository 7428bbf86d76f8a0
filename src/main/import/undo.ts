import { RapportError } from '../../shared/errors';
import type { UndoImportResult } from '../../shared/imports';
import type { ParsedJobInputOf } from '../../shared/jobs';
import { wordsOf } from '../../shared/words';
import type { Core } from '../core/core';
import { authorizer } from '../core/permissions';
import { updateRows } from '../core/records';
import { idBytes, idText } from '../db/codec';
import { deferSearchIndex } from '../db/searchIndex';
import type { JobContext } from '../jobs/work';
import { IMPORT_TABLES, requireUndoable, undoPatch } from './undoable';

/** Records undone per call of the write path, and between looks at Cancel. */
const PAGE = 1000;

/**
 * Undoes an import as one, through the one write path so that the undo syncs as any
 * change does: the records it made are archived (the app's delete: an archived record
 * keeps its history), the ones it changed get back the values they had. A record
 * changed since the import (here, or by sync) refuses the whole undo, naming it: the
 * change after the import is not silently lost.
 */
export function undoImport(
  core: Core,
  input: ParsedJobInputOf<'undoImport'>,
  context: JobContext,
): UndoImportResult {
  const w = wordsOf(input.language);
  const key = idBytes(input.id);
  return core.transaction(() => {
    const made = requireUndoable(core, input.id, w);
    const t = IMPORT_TABLES[made.kind];
    const authorize = authorizer(core);
    const page = core.statement(
      `SELECT seq, row_id AS rowId, before FROM import_rows WHERE import_id = ? AND seq > ? ORDER BY seq LIMIT ${PAGE}`,
    );
    const result = { id: input.id, archived: 0, restored: 0 };
    deferSearchIndex(core.db, () => {
      let rows = page.all(key, 0) as { seq: number; rowId: Buffer; before: string | null }[];
      while (rows.length > 0) {
        context.progress(result.archived + result.restored, made.touched, 'undoing');
        if (context.signal.aborted) throw new RapportError('conflict', 'The undo was cancelled');
        const patches = rows.map((r) => ({
          id: idText(r.rowId),
          patch: undoPatch(r.before),
        }));
        updateRows(core, t, patches, authorize);
        result.restored += rows.filter((r) => r.before).length;
        result.archived += rows.filter((r) => !r.before).length;
        rows = page.all(key, rows.at(-1)!.seq) as typeof rows;
      }
    });
    core.statement('UPDATE imports SET undone_at = ? WHERE id = ?').run(Date.now(), key);
    return result;
  });
}
