/**
 * Bulk loading with the search index kept right. The FTS triggers of the schema run
 * once per row, and FTS5 flushes a segment at every trigger statement; for a demo of a
 * few hundred thousand rows that costs most of the run. So, for a fresh database only,
 * the AFTER INSERT triggers of the given tables are lifted while rows go in, and then
 * their own statements are replayed once over the whole table, set-wise, before the
 * triggers are put back exactly as they were. The index ends up as the triggers would
 * have left it, because it is their SQL that fills it.
 *
 * A trigger whose body is not of the simple shapes handled here stays in place (and
 * the load is just slower).
 */
import type { Db } from '../db/open';

interface Lifted {
  readonly name: string;
  readonly sql: string;
  readonly replay: readonly string[];
}

function balanced(text: string): boolean {
  let depth = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return false;
  }
  return depth === 0 && !quoted;
}

/** One trigger statement as a statement over every row of `table` (the row is `new`). */
function setWise(statement: string, table: string): string | null {
  const values = /^INSERT INTO (\w+)\s*\(([^()]*)\)\s*VALUES\s*\((.*)\)$/s.exec(statement);
  if (values && balanced(values[3] ?? '')) {
    return `INSERT INTO ${values[1]} (${values[2]}) SELECT ${values[3]} FROM ${table} AS new ORDER BY new.rowid`;
  }
  const select = /^INSERT INTO (\w+)\s*\(([^()]*)\)\s*SELECT (.*) WHERE (.*)$/s.exec(statement);
  if (select && balanced(select[3] ?? '') && balanced(select[4] ?? '')) {
    return `INSERT INTO ${select[1]} (${select[2]}) SELECT ${select[3]} FROM ${table} AS new WHERE ${select[4]} ORDER BY new.rowid`;
  }
  return null;
}

function liftable(name: string, sql: string, table: string): Lifted | null {
  if (!new RegExp(`^CREATE TRIGGER ${name} AFTER INSERT ON ${table} BEGIN`, 's').test(sql))
    return null;
  const body = /BEGIN(.*)END$/s.exec(sql)?.[1];
  if (!body || body.includes('old.')) return null;
  const replay: string[] = [];
  for (const part of body.split(';')) {
    const statement = part.trim();
    if (!statement) continue;
    const rewritten = setWise(statement, table);
    if (!rewritten) return null;
    replay.push(rewritten);
  }
  return replay.length > 0 ? { name, sql, replay } : null;
}

/**
 * Lifts the AFTER INSERT triggers of `tables` that can be replayed; returns the
 * function that replays them over all rows and restores them (call it in `finally`).
 */
export function liftInsertTriggers(db: Db, tables: readonly string[]): () => void {
  const lifted: { table: string; trigger: Lifted }[] = [];
  const rows = db
    .prepare(
      "SELECT name, tbl_name AS tbl, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name",
    )
    .all() as { name: string; tbl: string; sql: string }[];
  for (const row of rows) {
    if (!tables.includes(row.tbl)) continue;
    const trigger = liftable(row.name, row.sql, row.tbl);
    if (trigger) lifted.push({ table: row.tbl, trigger });
  }
  db.transaction(() => {
    for (const { trigger } of lifted) db.exec(`DROP TRIGGER ${trigger.name}`);
  })();
  return () => {
    db.transaction(() => {
      for (const { trigger } of lifted) {
        for (const statement of trigger.replay) db.exec(statement);
        db.exec(trigger.sql);
      }
    })();
  };
}

/**
 * Lifts the secondary indexes of `tables` while rows go in: building an index once
 * over the loaded rows is a sort, keeping it up to date row by row is a random
 * B-tree insert each. UNIQUE indexes stay (they are constraints, and the foreign
 * keys look parents up through them). Returns the function that re-creates the
 * lifted indexes from their own SQL (call it in `finally`).
 */
export function liftIndexes(db: Db, tables: readonly string[]): () => void {
  const rows = db
    .prepare(
      `SELECT name, tbl_name AS tbl, sql FROM sqlite_schema
       WHERE type = 'index' AND sql IS NOT NULL ORDER BY name`,
    )
    .all() as { name: string; tbl: string; sql: string }[];
  const lifted = rows.filter((r) => tables.includes(r.tbl) && !/^CREATE UNIQUE/i.test(r.sql));
  db.transaction(() => {
    for (const index of lifted) db.exec(`DROP INDEX ${index.name}`);
  })();
  return () => {
    db.transaction(() => {
      for (const index of lifted) db.exec(index.sql);
    })();
  };
}
