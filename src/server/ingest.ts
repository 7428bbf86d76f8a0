import type { PushAck, PushRequest, Rejection, WireChange } from '../shared/sync/wire';
import { authorize, type Actor } from './authority';
import { accountAfter, loadRow, mergeRow } from './rows';
import type { Sql, Storage } from './storage/storage';
import { checkChange } from './validate';

/** Who sends a push: an actor, the device it comes from (none for the demo's own load). */
export interface Sender extends Actor {
  readonly deviceId: string | null;
}

/**
 * Stores a pushed batch (DESIGN §3), in one transaction: each change is checked and
 * authorized on its own, against the server's state including the batch's earlier
 * changes, and stored or rejected with a reason; the rest of the batch goes on. A
 * change already stored (same node and seq: a retry) is counted as accepted again.
 */
export function ingest(storage: Storage, sender: Sender, request: PushRequest): Promise<PushAck> {
  return storage.transaction(
    async (sql) => {
      const foreign = await foreignNodes(sql, sender, request.changes);
      const known = await knownChanges(sql, request.changes);
      let accepted = 0;
      const rejected: Rejection[] = [];
      for (const change of request.changes) {
        const id = `${change.node}/${change.seq}`;
        const reason = known.has(id)
          ? null
          : foreign.has(change.node)
            ? 'This change was made on another device: a device sends only its own changes'
            : await store(sql, sender, change, sender.memberId ?? request.member);
        if (reason !== null) {
          rejected.push({ seq: change.seq, reason });
          continue;
        }
        accepted += 1;
        known.add(id);
      }
      return { accepted, rejected };
    },
    { serialize: true },
  );
}

/** Stores one new change; returns null when stored, else why not. */
async function store(
  sql: Sql,
  sender: Sender,
  change: WireChange,
  author: string | null,
): Promise<string | null> {
  const checked = checkChange(change);
  if ('reason' in checked) return checked.reason;
  const t = checked.table;
  const stored = await loadRow(sql, t, change.row);
  const account = accountAfter(t, change, stored);
  if (account === undefined) {
    return `${t.label} ${change.row} is not known to the server and the change does not name its ${t.account}: send the change that created it first`;
  }
  const refused = await authorize(sql, sender, t, change, stored);
  if (refused) return refused;
  await mergeRow(sql, t, change, stored);
  await sql.run(
    `INSERT INTO changes (node, node_seq, hlc, tbl, row_id, account_id, vals, bases, author, received_at)
     VALUES (:node, :seq, :hlc, :tbl, :row, :account, :vals, :bases, :author, :at)`,
    {
      node: change.node,
      seq: change.seq,
      hlc: change.hlc,
      tbl: t.name,
      row: change.row,
      account,
      vals: JSON.stringify(change.values),
      bases: change.bases === null ? null : JSON.stringify(change.bases),
      author,
      at: new Date().toISOString(),
    },
  );
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
  if (sender.deviceId === null) return foreign;
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
