import type { Table } from '../../shared/schema/table';
import type { PushAck, PushRequest, Rejection, WireChange } from '../../shared/sync/wire';
import { accountAfter, mergeRow } from '../rows';
import type { Sql, Storage } from '../storage/storage';
import { checkChange } from '../validate';
import { authorize, type Actor } from './authorize';
import { BatchView, type Candidate } from './view';
import { writeAll, WriteSet } from './write';

/** Who sends a push: an actor, the device it comes from. */
export interface Sender extends Actor {
  readonly deviceId: string;
}

/**
 * Stores a pushed batch (DESIGN §3), in one transaction: each change is checked and
 * authorized on its own, against the server's state including the batch's earlier
 * changes, and stored or rejected with a reason; the rest of the batch goes on. A
 * change already stored (same node and seq: a retry) is counted as accepted again.
 *
 * The batch is judged in memory: what it can need from storage is read first, a few
 * queries for the whole batch (see BatchView), then everything accepted is written
 * set-wise (see writeAll). Writers take turns (`serialize`), so nothing changes the
 * state read in between.
 */
export function ingest(storage: Storage, sender: Sender, request: PushRequest): Promise<PushAck> {
  return storage.transaction(
    async (sql) => {
      const foreign = await foreignNodes(sql, sender, request.changes);
      const known = await knownChanges(sql, request.changes);
      const judged = request.changes.map((change) =>
        known.has(idOf(change)) || foreign.has(change.node) ? null : checkChange(change),
      );
      const candidates: Candidate[] = [];
      judged.forEach((j, i) => {
        if (j && 'table' in j) candidates.push({ t: j.table, change: request.changes[i]! });
      });
      const view = await BatchView.load(sql, sender, candidates);
      const writes = new WriteSet();
      let accepted = 0;
      const rejected: Rejection[] = [];
      request.changes.forEach((change, i) => {
        const id = idOf(change);
        const checked = judged[i];
        const reason = known.has(id)
          ? null
          : foreign.has(change.node)
            ? 'This change was made on another device: a device sends only its own changes'
            : checked && 'reason' in checked
              ? checked.reason
              : accept(view, writes, sender, (checked as { table: Table }).table, change);
        if (reason !== null) {
          rejected.push({ seq: change.seq, reason });
          return;
        }
        accepted += 1;
        known.add(id);
      });
      await writeAll(sql, writes, sender.memberId ?? request.member, new Date().toISOString());
      return { accepted, rejected };
    },
    { serialize: true },
  );
}

const idOf = (change: WireChange) => `${change.node}/${change.seq}`;

/** Judges one valid new change; when allowed, merges it into the view and the writes. */
function accept(
  view: BatchView,
  writes: WriteSet,
  sender: Sender,
  t: Table,
  change: WireChange,
): string | null {
  const stored = view.row(t, change.row);
  const account = accountAfter(t, change, stored);
  if (account === undefined) {
    return `${t.label} ${change.row} is not known to the server and the change does not name its ${t.account}: send the change that created it first`;
  }
  const refused = authorize(view, sender, t, change, stored);
  if (refused) return refused;
  const merged = mergeRow(t, change, stored);
  view.apply(t, change, merged);
  writes.add(t, change, account, merged);
  return null;
}

/**
 * Binds each node to the first device that sends its changes, and returns the nodes
 * of this batch that belong to another device: their (node, seq) ids are not this
 * device's to take (a real change would later look like a retry and be dropped).
 */
async function foreignNodes(
  sql: Sql,
  sender: Sender,
  changes: readonly WireChange[],
): Promise<Set<string>> {
  const foreign = new Set<string>();
  for (const node of new Set(changes.map((c) => c.node))) {
    await sql.run(
      'INSERT INTO device_nodes (node, device_id) VALUES (:node, :device) ON CONFLICT (node) DO NOTHING',
      { node, device: sender.deviceId },
    );
    const owner = await sql.get<{ device: string }>(
      'SELECT device_id AS device FROM device_nodes WHERE node = :node',
      { node },
    );
    if (owner?.device !== sender.deviceId) foreign.add(node);
  }
  return foreign;
}

/** The changes of the batch already stored (a retry), as `node/seq`: one query per node. */
async function knownChanges(sql: Sql, changes: readonly WireChange[]): Promise<Set<string>> {
  const known = new Set<string>();
  const byNode = new Map<string, number[]>();
  for (const c of changes) {
    const seqs = byNode.get(c.node);
    if (seqs) seqs.push(c.seq);
    else byNode.set(c.node, [c.seq]);
  }
  for (const [node, seqs] of byNode) {
    const rows = await sql.all<{ seq: number }>(
      `SELECT node_seq AS seq FROM changes
       WHERE node = :node AND node_seq >= :low AND node_seq <= :high`,
      { node, low: Math.min(...seqs), high: Math.max(...seqs) },
    );
    for (const row of rows) known.add(`${node}/${Number(row.seq)}`);
  }
  return known;
}
