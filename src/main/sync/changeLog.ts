import { v7 as uuidv7 } from 'uuid';
import type { Db } from '../db/open';
import type { Statement } from 'better-sqlite3';

/**
 * The change log (DESIGN §3): one row per written field, appended in the same
 * transaction as the write, so that sync can send exactly what a person changed.
 */
export class ChangeLog {
  private readonly insert: Statement;

  constructor(
    db: Db,
    readonly nodeId: string,
  ) {
    this.insert = db.prepare(
      'INSERT INTO changes (id, hlc, node_id, tbl, row_id, field, value_json) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  record(hlc: string, table: string, rowId: string, values: Record<string, unknown>): void {
    for (const [column, value] of Object.entries(values)) {
      this.insert.run(
        uuidv7(),
        hlc,
        this.nodeId,
        table,
        rowId,
        column,
        JSON.stringify(value ?? null),
      );
    }
  }
}
