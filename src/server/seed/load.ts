import type { Table } from '../../shared/schema/table';
import type { WireChange } from '../../shared/sync/wire';
import { writeAll, WriteSet } from '../ingest/write';
import { accountAfter, mergeRow } from '../rows';
import type { Storage } from '../storage/storage';

/** Changes written per transaction. */
const PER_TRANSACTION = 20_000;

/**
 * Fills an empty server with a book's rows (see bookChanges), chunk by chunk,
 * each written set-wise, as an admin's pushes would store them but without
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
  const source = chunks[Symbol.iterator]();
  const nodes = new Set<string>();
  let stored = 0;
  let done = false;
  while (!done) {
    await storage.transaction(
      async (sql) => {
        // Each chunk is written as it comes (and is soon garbage), several to a transaction.
        for (let n = 0; n < PER_TRANSACTION;) {
          const next = source.next();
          if (next.done) {
            done = true;
            return;
          }
          const { t, changes } = next.value;
          const set = new WriteSet();
          for (const change of changes) {
            nodes.add(change.node);
            const account = accountAfter(t, change, undefined) ?? null;
            set.add(t, change, account, mergeRow(t, change, undefined));
          }
          await writeAll(sql, set, author, receivedAt);
          n += changes.length;
          stored += changes.length;
        }
      },
      { serialize: true },
    );
  }
  // The book's node is the server's own: no device can push under it later.
  for (const node of nodes) {
    await storage.run(
      'INSERT INTO device_nodes (node, device_id) VALUES (:node, :device) ON CONFLICT (node) DO NOTHING',
      { node, device: SEED_DEVICE },
    );
  }
  return stored;
}

/** The device id a loaded book's node is bound to: no device has it. */
export const SEED_DEVICE = 'the server (a loaded book)';
