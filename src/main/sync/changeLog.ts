import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import type { Hlc } from '../../shared/hlc';

/**
 * The change log (DESIGN §3): one row per field a person set, in API form (the
 * contract's field name, its JSON value), appended in the same transaction as the
 * write, so that sync sends exactly what a person changed. The clock of a field's
 * current value is kept beside the row itself (its `clocks` column; see records.ts).
 */
export class ChangeLog {
  private readonly insert: Statement;

  constructor(
    db: Db,
    readonly nodeIdx: number,
  ) {
    this.insert = db.prepare(
      'INSERT INTO changes (hlc, node, tbl, row_id, field, value) VALUES (?, ?, ?, ?, ?, ?)',
    );
  }

  record(hlc: Hlc, table: string, rowId: Buffer, values: Record<string, unknown>): void {
    for (const [field, value] of Object.entries(values)) {
      this.insert.run(hlc, this.nodeIdx, table, rowId, field, JSON.stringify(value ?? null));
    }
  }
}
