/**
 * Where the sync server keeps everything (DESIGN §3): a SQLite file by default,
 * PostgreSQL for teams that run several servers. Both speak the same SQL through this
 * one async interface, so the server's logic (ingest, scope, pull) is written once.
 *
 * SQL uses named parameters (`:name`, bound from an object); each driver turns them
 * into its own form. Values are strings, numbers or null; 64-bit integers come back
 * as numbers (clocks and sequence numbers stay below 2^53).
 */
export type StorageKind = 'sqlite' | 'postgres';

export type Param = string | number | null;
export type Params = Readonly<Record<string, Param>>;
export type Row = Record<string, unknown>;

/** Statements on one connection; inside `transaction`, all on one transaction. */
export interface Sql {
  all<T = Row>(sql: string, params?: Params): Promise<T[]>;
  get<T = Row>(sql: string, params?: Params): Promise<T | undefined>;
  /** Runs a statement; returns how many rows it changed. */
  run(sql: string, params?: Params): Promise<number>;
  /**
   * Inserts many rows, in order, the quickest way the driver has (one prepared
   * statement run per row in SQLite, multi-row INSERTs in PostgreSQL). `suffix`
   * follows the values, e.g. an ON CONFLICT clause.
   */
  insert(
    into: string,
    columns: readonly string[],
    rows: readonly (readonly Param[])[],
    suffix?: string,
  ): Promise<void>;
}

export interface TransactionOptions {
  /**
   * Writes to the change log: such transactions run one at a time, so that the order
   * of `changes.seq` is the order in which they commit. A pull that reads up to a
   * sequence number then can never miss a change that commits later with a lower one.
   */
  readonly serialize?: boolean;
}

export interface Storage extends Sql {
  readonly kind: StorageKind;
  /** Where it is, for the start-up line and /health: a file path or a host/database. */
  readonly location: string;
  /** Runs fn in one transaction: everything it wrote commits, or nothing on a throw. */
  transaction<T>(fn: (tx: Sql) => Promise<T>, options?: TransactionOptions): Promise<T>;
  close(): Promise<void>;
}
