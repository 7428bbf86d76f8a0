import { z } from 'zod';

/**
 * How a field is kept in SQLite. The API always speaks strings for ids and dates;
 * the store keeps the compact form (DESIGN §2): 16-byte ids, whole-day and
 * millisecond integers.
 */
export type Storage =
  | 'uuid' // string id ↔ 16-byte BLOB
  | 'text'
  | 'integer'
  | 'real'
  | 'boolean' // true/false ↔ 1/0
  | 'day' // 'YYYY-MM-DD' ↔ days since 1970-01-01
  | 'instant' // ISO timestamp ↔ milliseconds since 1970
  | 'json'; // any JSON value ↔ its text

/**
 * Who sets a field: `person` fields are in the create and update inputs; `core`
 * fields are set by the core itself (who assigned, when a step changed).
 */
export type SetBy = 'person' | 'core';

export interface Column<Z extends z.ZodType = z.ZodType, S extends SetBy = SetBy> {
  readonly zod: Z;
  readonly storage: Storage;
  readonly setBy: S;
  /** The allowed values of a fixed vocabulary: the migration has the same CHECK. */
  readonly values?: readonly string[];
  /** Whole-number or decimal range the migration CHECKs too. */
  readonly range?: readonly [number, number];
  /** The table this id points at. */
  readonly references?: string;
  /** Only a lead or an admin may set it (DESIGN §9), e.g. an account's territory. */
  readonly managersOnly?: boolean;
  /** Fed to the search index. */
  readonly searched?: boolean;
}

type Extra = Omit<Column, 'zod' | 'storage' | 'setBy'>;

/** A field a person sets. */
export const person = <Z extends z.ZodType>(
  zod: Z,
  storage: Storage,
  extra: Extra = {},
): Column<Z, 'person'> => ({ zod, storage, setBy: 'person', ...extra });

/** A field the core sets; never in an input. */
export const byCore = <Z extends z.ZodType>(
  zod: Z,
  storage: Storage,
  extra: Extra = {},
): Column<Z, 'core'> => ({ zod, storage, setBy: 'core', ...extra });

/** A field from a fixed vocabulary, stored as its text and CHECKed by the migration. */
export const choice = <E extends z.ZodEnum, Z extends z.ZodType>(
  vocabulary: E,
  zod: Z,
  extra: Extra = {},
): Column<Z, 'person'> =>
  person(zod, 'text', { ...extra, values: vocabulary.options as readonly string[] });

/** Whether the column may hold NULL: exactly when its schema accepts null. */
export function isNullable(column: Column): boolean {
  return column.zod.safeParse(null).success && column.zod.parse(null) === null;
}
