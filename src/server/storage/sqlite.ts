import fs from 'node:fs';
import path from 'node:path';
import Database, { type Statement } from 'better-sqlite3';
import { schemaStatements } from './schema';
import type { Params, Row, Sql, Storage } from './storage';

/** The server's file inside its data folder. */
export const SERVER_DB = 'server.db';

export interface SqliteOptions {
  /**
   * Filling a new, empty server in bulk (the benchmarks' seed): the journal is kept in
   * memory and nothing is synced to disk until the storage is closed, when the file
   * goes back to WAL. Quicker; a crash meanwhile leaves a file to delete.
   */
  readonly loading?: boolean;
}

/**
 * The default storage: one SQLite file in WAL mode (readers never wait for the
 * writer). better-sqlite3 is synchronous, but a transaction's callback is async, so
 * every use of the one connection is queued: another request can never slip its
 * statements into an open transaction.
 */
export function openSqliteStorage(dir: string, options: SqliteOptions = {}): Storage {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, SERVER_DB);
  const db = new Database(file);
  if (options.loading) {
    db.pragma('journal_mode = MEMORY');
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
  } else {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  }
  // `rapport users` may write while a server runs on the same file.
  db.pragma('busy_timeout = 5000');
  db.exec(schemaStatements('sqlite').join(';\n'));

  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let stmt = statements.get(sql);
    if (!stmt) {
      stmt = db.prepare(sql);
      statements.set(sql, stmt);
    }
    return stmt;
  };
  const direct: Sql = {
    all: async <T>(sql: string, params: Params = {}) => prepared(sql).all(params) as T[],
    get: async <T>(sql: string, params: Params = {}) => prepared(sql).get(params) as T | undefined,
    run: async (sql: string, params: Params = {}) => prepared(sql).run(params).changes,
    // Positional, one row a run: binding a multi-row statement's parameters by name
    // costs better-sqlite3 more than the statement saves.
    insert: async (into, columns, rows, suffix = '') => {
      const marks = columns.map(() => '?').join(', ');
      const stmt = prepared(
        `INSERT INTO ${into} (${columns.join(', ')}) VALUES (${marks}) ${suffix}`,
      );
      for (const row of rows) stmt.run(row);
    },
  };

  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const result = queue.then(fn);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    kind: 'sqlite',
    location: file,
    all: <T = Row>(sql: string, params?: Params) => exclusive(() => direct.all<T>(sql, params)),
    get: <T = Row>(sql: string, params?: Params) => exclusive(() => direct.get<T>(sql, params)),
    run: (sql, params) => exclusive(() => direct.run(sql, params)),
    insert: (into, columns, rows, suffix) =>
      exclusive(() => direct.insert(into, columns, rows, suffix)),
    transaction: <T>(fn: (tx: Sql) => Promise<T>) =>
      exclusive(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(direct);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          db.exec('ROLLBACK');
          throw error;
        }
      }),
    close: () =>
      exclusive(async () => {
        if (options.loading) db.pragma('journal_mode = WAL');
        db.close();
      }),
  };
}
