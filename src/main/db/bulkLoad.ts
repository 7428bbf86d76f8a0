/**
 * Bulk loading with the search index and the other indexes kept right. The FTS
 * triggers of the schema run once per row, and FTS5 flushes a segment at every
 * trigger statement; keeping a secondary index up to date row by row is a random
 * B-tree insert each. So, for a fresh database only, the AFTER INSERT triggers of the
 * given tables and their secondary indexes are lifted while rows go in; afterwards the
 * triggers' own statements are replayed once over each whole table, set-wise, and the
 * triggers and indexes are put back exactly as they were, from their own SQL.
 *
 * What must be put back is written to `meta` in the same transaction that lifts it, so
 * a load killed half-way (power cut, kill -9) is repaired the next time the file is
 * opened (`resumeIndexing`, called by openDatabase), never left without its indexes.
 *
 * A trigger whose body is not of the simple shapes handled here stays in place (and
 * the load is just slower). UNIQUE indexes stay (they are constraints, and foreign
 * keys look parents up through them).
 */
import type { Db } from './open';

const META_KEY = 'bulk_load_restore';

interface Lifted {
  readonly name: string;
  readonly sql: string;
  readonly replay: readonly string[];
  /** Replayed once the indexes are back. */
  readonly last: readonly string[];
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

/**
 * A trigger that recomputes what a parent row keeps of `table` (an account's last
 * contact): `UPDATE parent SET … WHERE id = new.x`, with no other `new.`, replayed once
 * over every parent that `table` names. It reads `table` through its indexes, so it runs
 * after they are back.
 */
function recompute(statement: string, table: string): string | null {
  const update = /^UPDATE (\w+) SET (.*) WHERE id = new\.(\w+)$/s.exec(statement);
  if (!update || update[2]!.includes('new.')) return null;
  return `UPDATE ${update[1]} SET ${update[2]} WHERE id IN (SELECT ${update[3]} FROM ${table})`;
}

function liftable(name: string, sql: string, table: string): Lifted | null {
  if (!new RegExp(`^CREATE TRIGGER ${name} AFTER INSERT ON ${table} BEGIN`, 's').test(sql))
    return null;
  const body = /BEGIN(.*)END$/s.exec(sql)?.[1];
  if (!body || body.includes('old.')) return null;
  const replay: string[] = [];
  const last: string[] = [];
  for (const part of body.split(';')) {
    const statement = part.trim();
    if (!statement) continue;
    const rewritten = setWise(statement, table);
    const recomputed = rewritten ? null : recompute(statement, table);
    if (rewritten) replay.push(rewritten);
    else if (recomputed) last.push(recomputed);
    else return null;
  }
  return replay.length + last.length > 0 ? { name, sql, replay, last } : null;
}

/** The tables a trigger writes to. */
function targetsOf(sql: string): string[] {
  return [...sql.matchAll(/(?:INSERT INTO|DELETE FROM|UPDATE) (\w+)/g)].map((m) => m[1] as string);
}

/**
 * An AFTER UPDATE trigger that writes only where the table's lifted insert trigger
 * does (the search index): the replay indexes every row as it finally is.
 */
function onlyReindexes(name: string, sql: string, table: string, where: Set<string>): boolean {
  if (
    !new RegExp(`^CREATE TRIGGER ${name} AFTER UPDATE (OF [\\w, ]+ )?ON ${table} BEGIN`).test(sql)
  )
    return false;
  const targets = targetsOf(sql);
  return targets.length > 0 && targets.every((t) => where.has(t));
}

/** Whether a bulk load has lifted indexes and triggers that are not back yet. */
export function bulkLoadPending(db: Db): boolean {
  return db.prepare('SELECT 1 FROM meta WHERE key = ?').get(META_KEY) !== undefined;
}

/**
 * Lifts the replayable AFTER INSERT triggers (and the search index's update triggers
 * beside them) and the secondary indexes of `tables`,
 * and records how to put them back. Returns the function that does it (call it in
 * `finally`); `resumeIndexing` does the same after a crash.
 */
export function suspendIndexing(db: Db, tables: readonly string[]): () => void {
  const objects = db
    .prepare(
      `SELECT type, name, tbl_name AS tbl, sql FROM sqlite_schema
       WHERE type IN ('trigger', 'index') AND sql IS NOT NULL ORDER BY name`,
    )
    .all() as { type: string; name: string; tbl: string; sql: string }[];
  const drop: string[] = [];
  const restore: string[] = [];
  const last: string[] = [];
  /** The tables whose insert trigger is lifted, and where it wrote. */
  const replayed = new Map<string, Set<string>>();
  for (const o of objects) {
    if (!tables.includes(o.tbl) || o.type !== 'trigger') continue;
    const trigger = liftable(o.name, o.sql, o.tbl);
    if (!trigger) continue;
    drop.push(`DROP TRIGGER ${o.name}`);
    restore.push(...trigger.replay, trigger.sql);
    last.push(...trigger.last);
    replayed.set(o.tbl, new Set(targetsOf(o.sql)));
  }
  for (const o of objects) {
    if (!tables.includes(o.tbl)) continue;
    if (o.type === 'trigger') {
      // While rows are not indexed as they go in, one indexed when it is updated would be
      // indexed twice by the replay.
      const where = replayed.get(o.tbl);
      if (!where || !onlyReindexes(o.name, o.sql, o.tbl, where)) continue;
      drop.push(`DROP TRIGGER ${o.name}`);
      restore.push(o.sql);
    } else if (!/^CREATE UNIQUE/i.test(o.sql)) {
      drop.push(`DROP INDEX ${o.name}`);
      restore.push(o.sql);
    }
  }
  restore.push(...last);
  db.transaction(() => {
    for (const statement of drop) db.exec(statement);
    db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run(
      META_KEY,
      JSON.stringify(restore),
    );
  })();
  return () => resumeIndexing(db);
}

/**
 * Puts back what a bulk load lifted, replaying the search triggers over the loaded
 * rows; a no-op when no load is pending. Returns whether there was one.
 */
export function resumeIndexing(db: Db): boolean {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(META_KEY) as
    { value: string } | undefined;
  if (!row) return false;
  const restore = JSON.parse(row.value) as string[];
  db.transaction(() => {
    for (const statement of restore) db.exec(statement);
    db.prepare('DELETE FROM meta WHERE key = ?').run(META_KEY);
  })();
  return true;
}

/**
 * Runs a multi-row INSERT over `params` (`width` parameters a row, one row after another):
 * `most` rows a statement, the rest in statements of a power of two rows, so that a
 * connection prepares at most a handful of them (`statement(n)`: the one for n rows,
 * prepared once). Inside a transaction, each such statement keeps a statement journal of
 * the pages it changes (a file once it grew past 64 KiB, as a large one does), so few
 * large statements write far less of it than many small ones.
 */
export function insertInChunks(
  statement: (rows: number) => { run(params: unknown[]): unknown },
  params: readonly unknown[],
  width: number,
  most: number,
): void {
  const rows = params.length / width;
  let at = 0;
  for (let left = rows; left > 0;) {
    let n = most;
    if (left < most) for (n = 1; n * 2 <= left; n *= 2);
    statement(n).run(params.slice(at * width, (at + n) * width));
    at += n;
    left -= n;
  }
}
