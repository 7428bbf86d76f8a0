import type { Core } from '../../src/main/core/core';
import { idBytes } from '../../src/main/db/codec';

/**
 * A conflict and a rejected change as a sync would leave them: ACME's name clashed
 * with another device's, and the server refused the last change made here.
 */
export function seedSyncReview(core: Core, acmeId: string): { conflict: number; rejected: number } {
  const other = Number(
    core.db.prepare("INSERT INTO nodes (node_id) VALUES ('0123456789abcdef')").run()
      .lastInsertRowid,
  );
  const now = Date.now() * 1024;
  const conflict = Number(
    core.db
      .prepare(
        `INSERT INTO conflicts (tbl, row_id, field, local_value, local_hlc, local_node,
           remote_value, remote_hlc, remote_node, detected_at)
         VALUES ('accounts', ?, 'name', '"ACME Norge"', ?, ?, '"ACME"', ?, ?, ?)`,
      )
      .run(idBytes(acmeId), now - 1, core.nodeIdx, now, other, Date.now()).lastInsertRowid,
  );
  const rejected = core.db.prepare('SELECT max(seq) FROM changes').pluck().get() as number;
  core.db
    .prepare(
      `INSERT INTO rejected_changes (seq, adapter, reason, rejected_at)
       VALUES (?, 'http://127.0.0.1:1', 'Only a lead or an admin may change offerings', ?)`,
    )
    .run(rejected, Date.now());
  return { conflict, rejected };
}
