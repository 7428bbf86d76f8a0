import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import type { Hlc } from '../../shared/hlc';

/**
 * The change log (DESIGN §3): one row per field a person set, in API form (the
 * contract's field name, its JSON value), appended in the same transaction as the
 * write, so that sync sends exactly what a person changed. The clock of a field's
 * current value is kept beside it in `field_clocks`, so a merge reads one key.
 */
export class ChangeLog {
  private readonly insert: Statement;
  private readonly clock: Statement;

  constructor(
    db: Db,
    readonly nodeIdx: number,
  ) {
    this.insert = db.prepare(
      'INSERT INTO changes (hlc, node, tbl, row_id, field, value) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.clock = db.prepare(
      `INSERT INTO field_clocks (row_id, field, hlc, node) VALUES (?, ?, ?, ?)
       ON CONFLICT (row_id, field) DO UPDATE SET hlc = excluded.hlc, node = excluded.node`,
    );
  }

  /** A new row: its fields take the row's own clock, so no field clock is kept. */
  created(hlc: Hlc, table: string, rowId: Buffer, values: Record<string, unknown>): void {
    for (const [field, value] of Object.entries(values)) {
      this.insert.run(hlc, this.nodeIdx, table, rowId, field, JSON.stringify(value ?? null));
    }
  }

  /** Changed fields of an existing row: logged, and their clocks moved on. */
  changed(hlc: Hlc, table: string, rowId: Buffer, values: Record<string, unknown>): void {
    for (const [field, value] of Object.entries(values)) {
      this.insert.run(hlc, this.nodeIdx, table, rowId, field, JSON.stringify(value ?? null));
      this.clock.run(rowId, field, hlc, this.nodeIdx);
    }
  }
}
