import { z } from 'zod';
import type { Column } from './column';
import { id } from '../domain/fields';
import { normalize } from '../text';

export type Columns = Record<string, Column>;

/**
 * One declaration per synced table (DESIGN §2): its fields and how each is stored,
 * who sets it, what it references and what is searched. The zod schemas, the
 * column allow-list, the row ↔ API mapping, the demo's writes and the check against
 * the migrations are all derived from it.
 */
export interface Table<C extends Columns = Columns> {
  /** The SQLite table. */
  readonly name: string;
  /** What one row is called, in a message: "Contact 0190… does not exist". */
  readonly label: string;
  readonly columns: C;
  /**
   * Which account a row belongs to, for roles and sync scope: `id` for accounts
   * themselves, the field naming the account for what belongs to one, null for the
   * shared reference data (team, territories, offerings, holidays).
   */
  readonly account: string | null;
  /** Columns the core computes from the fields (never set, never logged). */
  readonly derived?: readonly Derived[];
  /**
   * Columns this device keeps from other tables with SQL triggers, for lists to sort on
   * (never set, synced or logged): an account's last contact and health.
   */
  readonly kept?: readonly string[];
  /**
   * Set-valued fields kept in a link table (one row per member), logged and merged
   * as one field: e.g. the contacts present at an interaction.
   */
  readonly links?: Readonly<Record<string, Link>>;
}

export interface Derived {
  readonly column: string;
  /** The fields it is computed from: it is recomputed only when one of them changes. */
  readonly from: readonly string[];
  readonly storage: 'text';
  readonly compute: (row: Record<string, unknown>) => unknown;
}

/**
 * normalize(name): lists sort by it, so "Ærø" sits beside "aero", and search finds
 * the names that start with the typed text on an index of it.
 */
export const sortName: Derived = {
  column: 'sort_name',
  storage: 'text',
  from: ['name'],
  compute: (row) => normalize(String(row.name ?? '')),
};

export interface Link {
  readonly table: string;
  /** The link table's column naming this row. */
  readonly owner: string;
  /** Its column naming the member. */
  readonly member: string;
  /** The table the members are rows of. */
  readonly references: string;
}

export const table = <C extends Columns>(t: Table<C>): Table<C> => t;

type PersonKeys<C extends Columns> = {
  [K in keyof C]: C[K]['setBy'] extends 'person' ? K : never;
}[keyof C];

export type FieldsShape<C extends Columns> = { [K in PersonKeys<C>]: C[K]['zod'] };
type AllShape<C extends Columns> = { [K in keyof C]: C[K]['zod'] };

/** What a person sets on a row: the create input, and the base of every patch. */
export function fieldsOf<C extends Columns>(t: Table<C>): z.ZodObject<FieldsShape<C>> {
  const shape = Object.fromEntries(
    Object.entries(t.columns)
      .filter(([, c]) => c.setBy === 'person')
      .map(([k, c]) => [k, c.zod]),
  );
  return z.object(shape) as unknown as z.ZodObject<FieldsShape<C>>;
}

/** Every row carries these, whatever its table. */
export const rowBase = {
  id,
  archived: z.boolean(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

/** A row as the API returns it: every field, the base columns, nothing else. */
export function rowOf<C extends Columns>(t: Table<C>) {
  const shape = Object.fromEntries(Object.entries(t.columns).map(([k, c]) => [k, c.zod]));
  return z.object({ ...(shape as AllShape<C>), ...rowBase }).strict();
}

/** The API names of a table's fields that are stored in its own row. */
export function storedFields(t: Table): string[] {
  const links = t.links ?? {};
  return Object.keys(t.columns).filter((k) => !(k in links));
}
