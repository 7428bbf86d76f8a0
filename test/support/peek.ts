import Database from 'better-sqlite3';
import fs from 'node:fs';

/**
 * Reads one number from a database while another process writes it (a book during a
 * sync, a server's file): 0 while the file or its tables are not made yet.
 */
export function peek(db: string, sql: string): number {
  if (!fs.existsSync(db)) return 0;
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return (conn.prepare(sql).pluck().get() as number | null | undefined) ?? 0;
  } catch {
    return 0; // not made yet: a new book's tables come with its first open
  } finally {
    conn.close();
  }
}
