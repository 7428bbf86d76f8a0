import type { Table } from '../../shared/schema/table';
import type { WireChange } from '../../shared/sync/wire';
import { writeAll, WriteSet } from '../ingest/write';
import { accountAfter, mergeRow } from '../rows';
import type { Storage } from '../storage/storage';

/**
 * Fills an empty server with a book's rows (see bookChanges), each chunk in one
 * transaction written set-wise, as an admin's pushes would store them but without
 * judging each change: the rows come from the app's own book, already checked by its
 * core, each one row's only change. Returns how many changes were stored.
 * Refuses a server that holds changes: merging into what is there is ingest's work.
 */
export async function loadBook(
  storage: Storage,
  chunks: Iterable<{ t: Table; changes: WireChange[] }>,
  author: string | null,
): Promise<number> {
  const held = await storage.get<{ n: number }>('SELECT count(*) AS n FROM changes');
  if (Number(held?.n ?? 0) > 0) throw new Error('A book is loaded into an empty server only');
  const receivedAt = new Date().toISOString();
  let stored = 0;
  for (const { t, changes } of chunks) {
    const set = new WriteSet();
    for (const change of changes) {
      set.add(
        t,
        change,
        accountAfter(t, change, undefined) ?? null,
        mergeRow(t, change, undefined),
      );
    }
    await storage.transaction((sql) => writeAll(sql, set, author, receivedAt), { serialize: true });
    stored += changes.length;
  }
  return stored;
}
