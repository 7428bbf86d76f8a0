import pg from 'pg';
import { schemaStatements } from './schema';
import type { Param, Params, Row, Sql, Storage } from './storage';

/** Advisory lock keys: one for creating the schema, one for writes to the change log. */
const SCHEMA_LOCK = 0x52505201;
const INGEST_LOCK = 0x52505202;

/** 64-bit integers as numbers: clocks and sequence numbers stay below 2^53. */
const types = {
  getTypeParser: ((oid: number, format?: string) =>
    oid === pg.types.builtins.INT8
      ? Number
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/**
 * PostgreSQL storage, for teams that run several server processes on one database
 * (DESIGN §3): all state is here, so any process can answer any request.
 */
export async function openPostgresStorage(url: string): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: url, types, max: 10 });
  // An idle client losing its connection must not crash the server: the next query reconnects.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  try {
    // Two servers starting at once must not race to create the same tables.
    await client.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    for (const statement of schemaStatements('postgres')) await client.query(statement);
    await client.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
  } finally {
    client.release();
  }
  const on = (runner: pg.Pool | pg.PoolClient): Sql => ({
    all: async <T>(sql: string, params?: Params) => (await query(runner, sql, params)).rows as T[],
    get: async <T>(sql: string, params?: Params) =>
      (await query(runner, sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params?: Params) => (await query(runner, sql, params)).rowCount ?? 0,
    insert: (into, columns, rows, suffix) => insertMany(runner, into, columns, rows, suffix),
  });
  const direct = on(pool);
  return {
    kind: 'postgres',
    location: describe(url),
    all: <T = Row>(sql: string, params?: Params) => direct.all<T>(sql, params),
    get: <T = Row>(sql: string, params?: Params) => direct.get<T>(sql, params),
    run: (sql, params) => direct.run(sql, params),
    insert: (into, columns, rows, suffix) => direct.insert(into, columns, rows, suffix),
    async transaction(fn, options) {
      const tx = await pool.connect();
      try {
        await tx.query('BEGIN');
        // Held to the commit: change-log writers take turns, so seq order is commit order.
        if (options?.serialize) await tx.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
        const result = await fn(on(tx));
        await tx.query('COMMIT');
        return result;
      } catch (error) {
        await tx.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        tx.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Rows per INSERT: one round trip for many rows, within PostgreSQL's 65,535 parameters. */
const ROWS_PER_INSERT = 1000;

/** Multi-row INSERTs with positional parameters: a round trip per thousand rows, not per row. */
async function insertMany(
  runner: pg.Pool | pg.PoolClient,
  into: string,
  columns: readonly string[],
  rows: readonly (readonly Param[])[],
  suffix = '',
): Promise<void> {
  for (let at = 0; at < rows.length; at += ROWS_PER_INSERT) {
    const chunk = rows.slice(at, at + ROWS_PER_INSERT);
    const values: Param[] = [];
    const tuples = chunk.map((row) => {
      const marks = row.map((v) => `$${values.push(v)}`);
      return `(${marks.join(', ')})`;
    });
    await runner.query(
      `INSERT INTO ${into} (${columns.join(', ')}) VALUES ${tuples.join(', ')} ${suffix}`,
      values,
    );
  }
}

const converted = new Map<string, { text: string; names: string[] }>();

/**
 * `:name` placeholders as `$1`, `$2`… (a name used twice is bound once), worked out
 * once per statement text: a multi-row INSERT has thousands of them.
 */
function query(runner: pg.Pool | pg.PoolClient, sql: string, params: Params = {}) {
  let done = converted.get(sql);
  if (!done) {
    const index = new Map<string, number>();
    const text = sql.replace(/(?<![:\w]):([A-Za-z_]\w*)/g, (_, name: string) => {
      let at = index.get(name);
      if (at === undefined) {
        at = index.size;
        index.set(name, at);
      }
      return `$${at + 1}`;
    });
    done = { text, names: [...index.keys()] };
    converted.set(sql, done);
  }
  return runner.query(
    done.text,
    done.names.map((n) => params[n] ?? null),
  );
}

/** The database's host and name, never its password. */
function describe(url: string): string {
  const parsed = new URL(url);
  return `postgresql://${parsed.host || parsed.searchParams.get('host') || 'localhost'}${parsed.pathname}`;
}
