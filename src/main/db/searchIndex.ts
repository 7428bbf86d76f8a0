import type { Db } from './open';

/**
 * Large sync pages meet the search index (DESIGN §7): its triggers run once per row
 * and statement, about 0.2 ms a row, so a page of thousands of changes would spend most
 * of its time there. Inside the caller's transaction, `deferSearchIndex` takes the
 * search-index triggers off, notes which rows the work inserts or changes (temporary
 * triggers that only record a row number), and afterwards indexes each noted row once,
 * set-wise, with the triggers' own expressions, then puts the triggers back from their
 * own SQL. It is all one transaction: a crash rolls every part of it back together.
 * While a page goes in, FTS5 does not merge its segments (automerge 0): merging small
 * segments into the big one page after page cost more than the page itself; the
 * usual merging resumes with the next write.
 */
interface SearchTriggers {
  table: string;
  fts: string;
  /** The triggers' SQL, to put back exactly. */
  sql: string[];
  /** The columns an update must touch to change what is indexed. */
  watched: string;
  /** The index's columns and the expressions that fill them from a row `new`. */
  columns: string;
  values: string;
  where: string;
}

const cache = new WeakMap<Db, SearchTriggers[]>();

function searchTriggers(db: Db): SearchTriggers[] {
  let found = cache.get(db);
  if (found) return found;
  const rows = db
    .prepare(
      `SELECT name, tbl_name AS tbl, sql FROM sqlite_schema
       WHERE type = 'trigger' AND name GLOB '*_fts_*' ORDER BY name`,
    )
    .all() as { name: string; tbl: string; sql: string }[];
  const byTable = new Map<string, { insert?: string; update?: string }>();
  for (const r of rows) {
    const entry = byTable.get(r.tbl) ?? {};
    if (/AFTER INSERT ON/.test(r.sql)) entry.insert = r.sql;
    else if (/AFTER UPDATE OF/.test(r.sql)) entry.update = r.sql;
    byTable.set(r.tbl, entry);
  }
  found = [];
  for (const [table, { insert, update }] of byTable) {
    const fill =
      insert &&
      /INSERT INTO (\w+)\s*\(rowid, ([^)]*)\)\s*SELECT new\.rid, (.*) WHERE (.*?);\s*END$/s.exec(
        insert,
      );
    const watched = update && /AFTER UPDATE OF (.*?) ON /s.exec(update)?.[1];
    if (!insert || !update || !fill || !watched) continue; // another shape: left as it is
    found.push({
      table,
      fts: fill[1] as string,
      sql: [insert, update],
      watched,
      columns: fill[2] as string,
      values: fill[3] as string,
      where: fill[4] as string,
    });
  }
  cache.set(db, found);
  return found;
}

/** Runs `work` (inside the caller's transaction) with the search index brought up to date once at the end. */
export function deferSearchIndex<T>(db: Db, work: () => T): T {
  const triggers = searchTriggers(db);
  for (const t of triggers) {
    const touched = `temp.touched_${t.table}`;
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS touched_${t.table} (rid INTEGER PRIMARY KEY)`);
    db.exec(`DELETE FROM ${touched}`);
    db.exec(`DROP TRIGGER ${t.table}_fts_insert; DROP TRIGGER ${t.table}_fts_update;`);
    db.exec(
      `CREATE TEMP TRIGGER touched_${t.table}_insert AFTER INSERT ON main.${t.table}
       BEGIN INSERT OR IGNORE INTO touched_${t.table} (rid) VALUES (new.rid); END;
       CREATE TEMP TRIGGER touched_${t.table}_update AFTER UPDATE OF ${t.watched} ON main.${t.table}
       BEGIN INSERT OR IGNORE INTO touched_${t.table} (rid) VALUES (new.rid); END;`,
    );
  }
  const restore = () => {
    for (const t of triggers) {
      db.exec(`DROP TRIGGER IF EXISTS temp.touched_${t.table}_insert`);
      db.exec(`DROP TRIGGER IF EXISTS temp.touched_${t.table}_update`);
      for (const sql of t.sql) db.exec(sql);
    }
  };
  let result: T;
  try {
    result = work();
  } catch (error) {
    restore();
    throw error;
  }
  for (const t of triggers) {
    const touched = `SELECT rid FROM temp.touched_${t.table}`;
    db.exec(`INSERT INTO ${t.fts} (${t.fts}, rank) VALUES ('automerge', 0)`);
    db.exec(`DELETE FROM ${t.fts} WHERE rowid IN (${touched})`);
    db.exec(
      `INSERT INTO ${t.fts} (rowid, ${t.columns}) SELECT new.rid, ${t.values}
       FROM main.${t.table} AS new WHERE new.rid IN (${touched}) AND (${t.where})`,
    );
    db.exec(`INSERT INTO ${t.fts} (${t.fts}, rank) VALUES ('automerge', 4)`);
  }
  restore();
  return result;
}
