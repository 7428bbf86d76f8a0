import { aheadOf, hlcMillis, SERVER_TOLERANCE_MS } from '../../shared/hlc';
import type { WireChange } from '../../shared/sync/wire';
import type { Sql } from '../storage/storage';

/** A node's latest stored change: its place in the node's log, and its clock. */
export interface NodeMark {
  readonly seq: number;
  readonly hlc: number;
}

/**
 * A change's clock orders values; the server lets it do only that. Refused: a clock
 * more than a few minutes past the server's own (it would win every later edit of the
 * field), and a clock earlier than the node's own earlier changes (a device's clock
 * only moves forward along its log: an earlier one is a forgery). A refused change
 * that is retried later keeps its place in the log, so it is compared with nothing
 * after it. Null when the clock is taken.
 */
export function clockRefusal(
  change: WireChange,
  mark: NodeMark | undefined,
  now: number,
): string | null {
  if (aheadOf(change.hlc, now, SERVER_TOLERANCE_MS)) {
    const minutes = Math.round((hlcMillis(change.hlc) - now) / 60_000);
    return `This device's clock was ${ahead(minutes)} ahead of the server's when the change was made: set the clock right, then make the change again`;
  }
  if (mark && change.seq > mark.seq && change.hlc < mark.hlc) {
    return "This change's clock is earlier than the changes this device sent before it: a device's clock never goes back along its log";
  }
  return null;
}

const ahead = (minutes: number) =>
  minutes < 120
    ? `${minutes} minutes`
    : minutes < 48 * 60
      ? `${Math.round(minutes / 60)} hours`
      : `${Math.round(minutes / 1440)} days`;

/** Each node's latest stored change, for the nodes of a batch: one index step per node. */
export async function lastPushed(
  sql: Sql,
  changes: readonly WireChange[],
): Promise<Map<string, NodeMark>> {
  const marks = new Map<string, NodeMark>();
  for (const node of new Set(changes.map((c) => c.node))) {
    const last = await sql.get<{ seq: number; hlc: number }>(
      'SELECT node_seq AS "seq", hlc FROM changes WHERE node = :node ORDER BY node_seq DESC LIMIT 1',
      { node },
    );
    if (last) marks.set(node, { seq: Number(last.seq), hlc: Number(last.hlc) });
  }
  return marks;
}
