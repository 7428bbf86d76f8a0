import type { Storage } from '../../shared/schema/column';
import type { Table } from '../../shared/schema/table';
import { TABLES } from '../../shared/schema/tables';
import type { Core } from '../core/core';
import { RapportError } from '../../shared/errors';
import { mappingOf } from '../db/codec';

/**
 * Turns rows that were never logged (an import) into change-log entries, once, when a
 * database first joins a sync (a demo book never joins one: it is refused): each
 * non-empty field becomes one change in API form, from this device, stamped with one
 * new clock, so the merge treats them like any other edit. Not with each row's own
 * creation clock: the log would then go back in time from table to table, and a server
 * refuses a device's change stamped before its earlier ones. Set-wise SQL per field,
 * derived from the declarations: a 100,000-account book is not read row by row into
 * JavaScript. Returns how many changes were written.
 */
export function snapshotToLog(core: Core): number {
  if (core.statement("SELECT 1 FROM meta WHERE key = 'demo' AND value = '1'").get()) {
    throw new RapportError(
      'validation',
      'This book is demo data: its made-up accounts are never sent to a team. Start a new book to join your team.',
    );
  }
  return core.db.transaction(() => {
    // Which rows already have changes, found once: the log has no index by row.
    core.db.exec(`CREATE TEMP TABLE IF NOT EXISTS logged_rows (id BLOB PRIMARY KEY) WITHOUT ROWID`);
    core.db.exec('DELETE FROM temp.logged_rows');
    core.db.exec('INSERT OR IGNORE INTO temp.logged_rows SELECT row_id FROM changes');
    const stamp = { hlc: core.clock.tick(), node: core.nodeIdx };
    let written = 0;
    for (const t of TABLES) written += snapshotTable(core, t, stamp, 'rows');
    for (const t of TABLES) written += snapshotTable(core, t, stamp, 'ahead');
    return written;
  })();
}

/** SQL that turns a stored value into the JSON text of its API form. */
const asJson: Record<Storage, (column: string) => string> = {
  uuid: (c) => `json_quote(${uuidText(c)})`,
  text: (c) => `json_quote(${c})`,
  integer: (c) => `json_quote(${c})`,
  real: (c) => `json_quote(${c})`,
  boolean: (c) => `CASE ${c} WHEN 1 THEN 'true' ELSE 'false' END`,
  day: (c) => `json_quote(date(${c} * 86400, 'unixepoch'))`,
  instant: (c) => `json_quote(strftime('%Y-%m-%dT%H:%M:%fZ', ${c} / 1000.0, 'unixepoch'))`,
  json: (c) => `json(${c})`,
};

function uuidText(c: string): string {
  const hex = `lower(hex(${c}))`;
  const part = (from: number, length: number) => `substr(${hex}, ${from}, ${length})`;
  return `${part(1, 8)} || '-' || ${part(9, 4)} || '-' || ${part(13, 4)} || '-' || ${part(17, 4)} || '-' || ${part(21, 12)}`;
}

const tableOrder = new Map<string, number>(TABLES.map((t, i) => [t.name, i]));

/**
 * A field that points to a row of its own table or of a later one (a team's lead, a
 * site's parent, a contact's manager). Rows are logged table by table, so such a value
 * is logged in a second pass, after every row: each change then names only rows logged
 * before it, as a person's edits do (a server refuses a change naming a row it lacks).
 */
function pointsAhead(t: Table, field: string): boolean {
  const target = t.columns[field]?.references;
  return target !== undefined && (tableOrder.get(target) ?? 0) >= (tableOrder.get(t.name) ?? 0);
}

/** `rows`: each row with its other fields; `ahead`: the fields that point ahead (see pointsAhead). */
function snapshotTable(
  core: Core,
  t: Table,
  stamp: { hlc: number; node: number },
  pass: 'rows' | 'ahead',
): number {
  const fields = mappingOf(t).fields.filter(
    ({ field }) => pointsAhead(t, field) === (pass === 'ahead'),
  );
  if (fields.length === 0) return 0;
  const unlogged = `r.deleted = 0 AND NOT EXISTS (SELECT 1 FROM temp.logged_rows l WHERE l.id = r.id)`;
  const insert = `INSERT INTO changes (hlc, node, tbl, row_id, field, value)`;
  // The rows to log are fixed before the first insert: once a row has one change,
  // NOT EXISTS would skip its other fields.
  core.db.exec(`CREATE TEMP TABLE IF NOT EXISTS snapshot_rows (id BLOB PRIMARY KEY) WITHOUT ROWID`);
  core.db.exec('DELETE FROM temp.snapshot_rows');
  core.db.exec(`INSERT INTO temp.snapshot_rows SELECT r.id FROM ${t.name} r WHERE ${unlogged}`);
  const from = `FROM ${t.name} r JOIN temp.snapshot_rows s ON s.id = r.id`;
  // One SELECT per field, united and ordered by row: the fields of one row are
  // consecutive in the log, so they travel as one change that makes the row.
  const parts = fields.map(
    ({ field, column, spec }, i) =>
      `SELECT r.id AS row_id, ${i} AS k, '${field}' AS field, ${asJson[spec.storage](`r.${column}`)} AS value
         ${from} WHERE r.${column} IS NOT NULL`,
  );
  if (pass === 'rows') {
    parts.push(`SELECT r.id, 1000, 'archived', 'true' ${from} WHERE r.archived = 1`);
    Object.entries(t.links ?? {}).forEach(([field, link], i) => {
      parts.push(
        `SELECT r.id, ${2000 + i}, '${field}', json_group_array(${uuidText(`l.${link.member}`)})
         ${from} JOIN ${link.table} l ON l.${link.owner} = r.id GROUP BY r.id`,
      );
    });
  }
  return core.db
    .prepare(
      `${insert} SELECT :hlc, :node, '${t.name}', row_id, field, value
       FROM (${parts.join(' UNION ALL ')}) ORDER BY row_id, k`,
    )
    .run(stamp).changes;
}
