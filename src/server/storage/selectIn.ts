import type { Param, Params, Sql } from './storage';

/** Keys bound in one query: far below what SQLite (32,766) and PostgreSQL (65,535) accept. */
const MOST_KEYS = 256;

/**
 * Runs a query for a long list of keys, a few hundred at a time (`:k0`, `:k1`, … are
 * put in place of `(:keys)`), and returns all the rows. The keys are cut into
 * power-of-two runs, so a query has at most nine texts, each prepared once.
 */
export async function selectIn<T>(
  sql: Sql,
  query: string,
  keys: readonly string[],
  params: Params = {},
): Promise<T[]> {
  const found: T[] = [];
  let at = 0;
  while (at < keys.length) {
    const size = Math.min(MOST_KEYS, 2 ** Math.floor(Math.log2(keys.length - at)));
    const bound: Record<string, Param> = { ...params };
    const names: string[] = [];
    for (let i = 0; i < size; i++) {
      bound[`k${i}`] = keys[at + i]!;
      names.push(`:k${i}`);
    }
    const text = query.replace('(:keys)', `(${names.join(', ')})`);
    for (const row of await sql.all<T>(text, bound)) found.push(row);
    at += size;
  }
  return found;
}
