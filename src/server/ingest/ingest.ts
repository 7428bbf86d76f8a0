import type { Table } from '../../shared/schema/table';
import type { PushAck, PushRequest, Rejection, WireChange } from '../../shared/sync/wire';
import { accountAfter, mergeRow } from '../rows';
import type { Sql, Storage } from '../storage/storage';
import { checkChange } from '../validate';
import { authorize, DAY_MS, type Actor } from './authorize';
import { clockRefusal, lastPushed, type NodeMark } from './clock';
import { ruleRefusal } from './rules';
import { teamValues, type Refused } from './team';
import { BatchView, type Candidate } from './view';
import { writeAll, WriteSet } from './write';

/** Who sends a push: an actor, the device it comes from. */
export interface Sender extends Actor {
  readonly deviceId: string;
}

/**
 * Stores a pushed batch (DESIGN §3), in one transaction: each change is checked and
 * authorized on its own, against the server's state including the batch's earlier
 * changes, and stored or rejected with a reason and the team's value of what it set;
 * the rest of the batch goes on. A change already stored (same node and seq: a retry)
 * is counted as accepted again.
 *
 * What the server trusts is its own: the time is its clock (the change's clock only
 * orders values), the device and its member come from the token, and the facts are in
 * its storage. The batch is judged in memory: what it can need from storage is read
 * first, a few queries for the whole batch (see BatchView), then everything accepted
 * is written set-wise (see writeAll). Writers take turns (`serialize`), so nothing
 * changes the state read in between.
 */
export function ingest(
  storage: Storage,
  sender: Sender,
  request: PushRequest,
  now: number,
): Promise<PushAck> {
  return storage.transaction(
    async (sql) => {
      const foreign = await foreignNodes(sql, sender, request.changes);
      const known = await knownChanges(sql, request.changes);
      const marks = await lastPushed(sql, request.changes);
      const judged = request.changes.map((change) =>
        known.has(idOf(change)) || foreign.has(change.node) ? null : checkChange(change),
      );
      const candidates: Candidate[] = [];
      judged.forEach((j) => {
        if (j && 'table' in j) candidates.push({ t: j.table, change: j.change });
      });
      const view = await BatchView.load(sql, sender, candidates);
      const judge: Judge = {
        view,
        writes: new WriteSet(),
        sender,
        days: await judgingDays(sql, sender, now),
        today: new Date(now).toISOString().slice(0, 10),
      };
      let accepted = 0;
      const rejected: Rejection[] = [];
      const answered: { rejection: Rejection; refused: Refused }[] = [];
      request.changes.forEach((sent, i) => {
        const id = idOf(sent);
        if (known.has(id)) {
          accepted += 1;
          return;
        }
        const checked = judged[i];
        const change = checked && 'change' in checked ? checked.change : sent;
        const t = checked && 'table' in checked ? checked.table : null;
        const reason = foreign.has(change.node)
          ? 'This change was made on another device: a device sends only its own changes'
          : checked && 'reason' in checked
            ? checked.reason
            : (clockRefusal(change, marks.get(change.node), now) ??
              accept(judge, t as Table, change));
        if (reason !== null) {
          const rejection: Rejection = { seq: change.seq, reason };
          rejected.push(rejection);
          if (t) answered.push({ rejection, refused: { t, change } });
          return;
        }
        accepted += 1;
        known.add(id);
        marks.set(change.node, later(marks.get(change.node), change));
      });
      // The author is the member the server knows the device as, never the one a push names.
      await writeAll(sql, judge.writes, sender.memberId, new Date(now).toISOString());
      const team = await teamValues(
        sql,
        view,
        answered.map((a) => a.refused),
      );
      answered.forEach((a, i) => (a.rejection.team = team[i]));
      return { accepted, rejected };
    },
    { serialize: true },
  );
}

const idOf = (change: WireChange) => `${change.node}/${change.seq}`;

interface Judge {
  readonly view: BatchView;
  readonly writes: WriteSet;
  readonly sender: Sender;
  /** The days the role rule is asked on (see authorize). */
  readonly days: readonly number[];
  readonly today: string;
}

/** Judges one valid new change; when allowed, merges it into the view and the writes. */
function accept(judge: Judge, t: Table, change: WireChange): string | null {
  const { view, writes } = judge;
  const stored = view.row(t, change.row);
  const account = accountAfter(t, change, stored);
  if (account === undefined) {
    return `${t.label} ${change.row} is not known to the server and the change does not name its ${t.account}: send the change that created it first`;
  }
  const refused = authorize(view, judge.sender, t, change, stored, judge.days);
  if (refused) return refused;
  const merged = mergeRow(t, change, stored);
  const broken = ruleRefusal(view, t, change, stored && stored.accountId, merged, judge.today);
  if (broken) return broken;
  view.apply(t, change, merged);
  writes.add(t, change, account, merged);
  return null;
}

/**
 * How long after its last pull a device's offline edits are still judged as of that
 * pull: a rep works for days, even weeks, without a network, but a device that stops
 * pulling must not keep yesterday's rights for ever.
 */
export const OFFLINE_WINDOW_DAYS = 30;

/**
 * Today, and the day of the device's last pull when that was earlier (and within the
 * offline window): what it had seen when it made its offline edits. Both by the
 * server's clock.
 */
async function judgingDays(sql: Sql, sender: Sender, now: number): Promise<number[]> {
  const today = Math.floor(now / DAY_MS);
  const pulled = await sql.get<{ at: string }>(
    'SELECT pulled_at AS "at" FROM device_pulls WHERE device_id = :device',
    { device: sender.deviceId },
  );
  const then = pulled ? Math.floor(Date.parse(pulled.at) / DAY_MS) : today;
  return then < today && today - then <= OFFLINE_WINDOW_DAYS ? [today, then] : [today];
}

function later(mark: NodeMark | undefined, change: WireChange): NodeMark {
  if (mark && mark.seq >= change.seq) return mark;
  return { seq: change.seq, hlc: change.hlc };
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
