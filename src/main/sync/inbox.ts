import type { Core } from '../core/core';
import { idBytes } from '../db/codec';
import { parseStamp } from '../../shared/hlc';
import { groupWrites, type LogRow } from './log';
import type { WireChange } from '../../shared/sync/wire';
import { nodeIndex } from '../core/core';

/**
 * Pulled changes that cannot be applied yet (their row, or a row they point to, has
 * not arrived; their author's clock is too far ahead; a newer version's table), kept
 * with the reason until a later pull can apply them. Nothing received is dropped.
 */
export function park(core: Core, change: WireChange, reason: string): void {
  const node = nodeIndex(core.db, change.node);
  const insert = core.statement(
    `INSERT INTO sync_inbox (tbl, row_id, field, node, seq, hlc, value, base_hlc, base_node, received_at, reason)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (node, seq) DO UPDATE SET reason = excluded.reason`,
  );
  const row = idBytes(change.row);
  Object.entries(change.values).forEach(([field, value], i) => {
    const base = change.bases?.[field];
    const stamp = base ? parseStamp(base) : null;
    insert.run(
      change.table,
      row,
      field,
      node,
      change.seq + i,
      change.hlc,
      JSON.stringify(value),
      stamp?.hlc ?? null,
      stamp ? nodeIndex(core.db, stamp.node) : null,
      Date.now(),
      reason,
    );
  });
}

/** Takes every parked change out of the inbox, to be tried again with a new page. */
export function takeParked(core: Core): WireChange[] {
  const rows = core
    .statement(
      `SELECT i.tbl, i.row_id, i.field, n.node_id AS node, i.seq, i.hlc, i.value, i.base_hlc,
         b.node_id AS base_node
       FROM sync_inbox i JOIN nodes n ON n.idx = i.node LEFT JOIN nodes b ON b.idx = i.base_node
       ORDER BY i.node, i.seq`,
    )
    .all() as LogRow[];
  if (rows.length === 0) return [];
  core.statement('DELETE FROM sync_inbox').run();
  return groupWrites(rows);
}

export function parkedCount(core: Core): number {
  return (core.statement('SELECT count(*) AS n FROM sync_inbox').get() as { n: number }).n;
}
