import { v7 as uuidv7 } from 'uuid';
import { RapportError } from '../../shared/errors';
import type { Column } from '../../shared/schema/column';
import type { Table } from '../../shared/schema/table';
import { hlcMillis } from '../../shared/hlc';
import { accountMoveRefusal, rowRefusal } from '../../shared/rules/rowRules';
import {
  decodeRow,
  encode,
  hexIdList,
  idBytes,
  idText,
  instantText,
  mappingOf,
  toColumn,
} from '../db/codec';
import { insertInChunks } from '../db/bulkLoad';
import type { Core } from './core';
import { authorizer, type Authorize } from './permissions';
import type { Clock, LogEntry } from '../sync/log';

type Values = Record<string, unknown>;

/**
 * The one write path for synced rows: checks who may write it, stamps the clock,
 * writes the row and its links, and appends the change log in API form, all inside
 * the caller's transaction.
 */
export function insertRecord<T>(core: Core, t: Table, values: Values): T {
  const [id] = insertRows(core, t, [values]);
  return getRecord<T>(core, t, id!);
}

/**
 * New rows of one table through the one write path, each checked as insertRecord
 * checks it, logged in one step, and not read back (a bulk write): returns their ids.
 * `authorize` is the role check of the batch (by default: the local book's, asked live).
 */
export function insertRows(
  core: Core,
  t: Table,
  rows: readonly Values[],
  authorize?: Authorize,
): string[] {
  if (rows.length === 0) return [];
  const check = authorize ?? authorizer(core);
  const { fields } = mappingOf(t);
  const derived = t.derived ?? [];
  const linkFields = Object.keys(t.links ?? {});
  const entries: LogEntry[] = [];
  const links: { key: Buffer; field: string; members: string[] }[] = [];
  // Rows that set the same columns go in ROWS_A_STATEMENT at a time, by one multi-row
  // INSERT (rows are numbered in the order of its VALUES); their links after them.
  let names = '';
  let batch: unknown[] = [];
  let width = 0;
  const flush = () => {
    const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
    const statement = (n: number) =>
      core.statement(
        `INSERT INTO ${t.name} (id, hlc, node${names}) VALUES ${Array.from({ length: n }, () => row).join(', ')}`,
      );
    insertInChunks(statement, batch, width, ROWS_A_STATEMENT);
    batch = [];
  };
  const ids = rows.map((values) => {
    const id = uuidv7();
    refuseBrokenRow(t, { ...values, id }, null);
    check(t, { values });
    const key = idBytes(id);
    const hlc = core.clock.tick();
    const params: unknown[] = [key, hlc, core.nodeIdx];
    let columns = '';
    const logged: Values = {};
    for (const { field, column, spec } of fields) {
      const value = values[field];
      if (value === undefined) continue;
      columns += `, ${column}`;
      params.push(encode(spec, value));
      if (value !== null) logged[field] = value;
    }
    // Derived columns are written but not logged: every device computes them itself.
    for (const d of derived) {
      columns += `, ${d.column}`;
      params.push(d.compute(values));
    }
    if (batch.length === 0 || columns !== names || batch.length >= ROWS_A_STATEMENT * width) {
      flush();
      names = columns;
      width = params.length;
    }
    for (const p of params) batch.push(p);
    for (const field of linkFields) {
      const members = (values[field] as string[] | undefined) ?? [];
      links.push({ key, field, members });
      if (members.length > 0) logged[field] = members;
    }
    entries.push({ hlc, table: t.name, rowId: key, values: logged });
    return id;
  });
  flush();
  for (const { key, field, members } of links) writeLinks(core, t, field, key, members);
  core.log.recordMany(entries);
  return ids;
}

/** Rows written by one INSERT statement of insertRows. */
const ROWS_A_STATEMENT = 64;

/** Writes only the fields whose value differs; returns the row as it now is. */
export function updateRecord<T>(core: Core, t: Table, id: string, patch: Values): T {
  return updateRows(core, t, [{ id, patch }])[0] as T;
}

/**
 * Changes to rows of one table through the one write path, each checked and written
 * as updateRecord does it, with the rows read and the changes logged in one step each
 * (a bulk write; each row at most once). Returns the rows as they now are.
 */
export function updateRows(
  core: Core,
  t: Table,
  patches: readonly { id: string; patch: Values }[],
  authorize?: Authorize,
): Values[] {
  if (patches.length === 0) return [];
  const stored = readStored(
    core,
    t,
    patches.map((p) => p.id),
  );
  const check = authorize ?? authorizer(core);
  const entries: LogEntry[] = [];
  const rows = patches.map(({ id, patch }) => {
    const found = stored.get(id);
    if (!found) throw RapportError.notFound(t.label, id);
    const { row: before, clock } = found;
    refuseBrokenRow(t, { ...before, ...patch }, Object.keys(patch));
    const moved = accountMoveRefusal(t.account, before, patch);
    if (moved) throw RapportError.validation(`patch.${moved.field}`, moved.message);
    check(t, { before, values: patch });
    const changed: Values = {};
    for (const field of [...Object.keys(t.columns), 'archived']) {
      if (field in patch && !sameValue(patch[field], before[field])) changed[field] = patch[field];
    }
    if (Object.keys(changed).length === 0) return before;
    const key = idBytes(id);
    const bases = Object.fromEntries(
      Object.keys(changed).map((f): [string, Clock] => [f, clock.own[f] ?? clock.row]),
    );
    // An edit comes after the values it replaces, whichever process applied them (a sync
    // job runs in a worker with its own clock): else it would lose to them on other devices.
    for (const [base] of Object.values(bases)) core.clock.receive(base);
    const hlc = core.clock.tick();
    const columns: Values = {};
    const links = t.links ?? {};
    for (const [field, value] of Object.entries(changed)) {
      if (field in links) writeLinks(core, t, field, key, value as string[], true);
      else if (field === 'archived') columns.archived = value ? 1 : 0;
      else columns[toColumn(field)] = encode(t.columns[field] as Column, value);
    }
    const after = { ...before, ...changed };
    // A derived column is written only when it changes: it is indexed (sort_name).
    for (const d of t.derived ?? []) {
      if (!d.from.some((f) => f in changed)) continue;
      const value = d.compute(after);
      if (value !== d.compute(before)) columns[d.column] = value;
    }
    const sets = Object.keys(columns).map((c) => `, ${c} = ?`);
    // Each changed field's clock, beside the row: the merge reads it with the row.
    const clockPaths = Object.keys(changed).map((f) => `, '$.${f}', json(:clock)`);
    core
      .statement(
        `UPDATE ${t.name} SET updated_hlc = :hlc${sets.join('')},
           clocks = json_set(coalesce(clocks, '{}')${clockPaths.join('')})
         WHERE id = :id`,
      )
      .run(...Object.values(columns), {
        hlc,
        clock: JSON.stringify([hlc, core.nodeIdx]),
        id: key,
      });
    entries.push({ hlc, table: t.name, rowId: key, values: changed, bases });
    return { ...after, updatedAt: instantText(hlcMillis(hlc)) };
  });
  core.log.recordMany(entries);
  return rows;
}

/** Live rows by id, read in one step (a missing or deleted one is absent). */
export function findRecords<T>(core: Core, t: Table, ids: readonly string[]): Map<string, T> {
  return new Map([...readStored(core, t, ids)].map(([id, { row }]) => [id, row as T]));
}

/**
 * Live rows by id, each with the clocks of its values: its own for a field changed
 * since the row was made (its `clocks`), else the row's. A change logs it as its base
 * (see sync/merge.ts).
 */
function readStored(core: Core, t: Table, ids: readonly string[]) {
  const raw = core
    .statement(
      `SELECT ${mappingOf(t).select}, node, clocks FROM ${t.name}
       WHERE id IN (SELECT unhex(value) FROM json_each(?)) AND deleted = 0`,
    )
    .all(hexIdList(ids)) as Values[];
  const rows = withLinks<Values>(core, t, raw);
  return new Map(
    rows.map((row, i) => {
      const r = raw[i] as { hlc: number; node: number; clocks: string | null };
      const own = r.clocks ? (JSON.parse(r.clocks) as Record<string, Clock>) : {};
      return [row.id as string, { row, clock: { own, row: [r.hlc, r.node] as Clock } }];
    }),
  );
}

/**
 * The rules across a row's fields (src/shared/rules/rowRules.ts), asked with the row as
 * the write leaves it: the sync server and every laptop ask the same ones. `changed` is
 * null for a new row; an update names the patch's field.
 */
function refuseBrokenRow(t: Table, after: Values, changed: readonly string[] | null): void {
  const refused = rowRefusal(t.name, after, changed ?? undefined);
  if (refused) {
    throw RapportError.validation(
      changed ? `patch.${refused.field}` : refused.field,
      refused.message,
    );
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function writeLinks(
  core: Core,
  t: Table,
  field: string,
  owner: Buffer,
  members: readonly string[],
  replace = false,
): void {
  const link = t.links?.[field];
  if (!link) return;
  if (replace) {
    core.statement(`DELETE FROM ${link.table} WHERE ${link.owner} = ?`).run(owner);
  }
  const insert = core.statement(
    `INSERT INTO ${link.table} (${link.owner}, ${link.member}) VALUES (?, ?)`,
  );
  for (const member of members) insert.run(owner, idBytes(member));
}

export function getRecord<T>(core: Core, t: Table, id: string): T {
  const found = findRecord<T>(core, t, id);
  if (!found) throw RapportError.notFound(t.label, id);
  return found;
}

export function findRecord<T>(core: Core, t: Table, id: string): T | null {
  const row = core
    .statement(`SELECT ${mappingOf(t).select} FROM ${t.name} WHERE id = ? AND deleted = 0`)
    .get(idBytes(id)) as Values | undefined;
  return row ? withLinks<T>(core, t, [row])[0]! : null;
}

/** Decodes stored rows and fills their link fields (one query per link field). */
export function withLinks<T>(core: Core, t: Table, rows: Values[]): T[] {
  const decoded = rows.map((row) => decodeRow<Values>(t, row));
  for (const [field, link] of Object.entries(t.links ?? {})) {
    const byOwner = new Map<string, string[]>(decoded.map((r) => [r.id as string, []]));
    if (decoded.length === 0) continue;
    const members = core.db
      .prepare(
        `SELECT ${link.owner} AS owner, ${link.member} AS member FROM ${link.table}
         WHERE ${link.owner} IN (${rows.map(() => '?').join(', ')})`,
      )
      .all(...rows.map((r) => r.id)) as { owner: Buffer; member: Buffer }[];
    for (const m of members) byOwner.get(idText(m.owner))?.push(idText(m.member));
    for (const r of decoded) r[field] = byOwner.get(r.id as string) ?? [];
  }
  return decoded as T[];
}

/** Every live row of a table, in the given order (reference data: small tables). */
export function listRecords<T>(
  core: Core,
  t: Table,
  includeArchived: boolean,
  orderBy = 'name',
): T[] {
  const where = includeArchived ? 'deleted = 0' : 'deleted = 0 AND archived = 0';
  const rows = core
    .statement(`SELECT ${mappingOf(t).select} FROM ${t.name} WHERE ${where} ORDER BY ${orderBy}`)
    .all() as Values[];
  return withLinks<T>(core, t, rows);
}

/** The rows of a table that belong to one account. */
export function listByAccount<T>(
  core: Core,
  t: Table,
  accountId: string,
  includeArchived: boolean,
  orderBy: string,
): T[] {
  const archived = includeArchived ? '' : 'AND archived = 0';
  const rows = core
    .statement(
      `SELECT ${mappingOf(t).select} FROM ${t.name}
       WHERE account_id = ? AND deleted = 0 ${archived} ORDER BY ${orderBy}`,
    )
    .all(idBytes(accountId)) as Values[];
  return withLinks<T>(core, t, rows);
}

/** Fails with the field's message when a referenced row is missing or deleted. */
export function requireReference(
  core: Core,
  t: Table,
  field: string,
  id: string | null | undefined,
): void {
  if (!id) return;
  const row = core
    .statement(`SELECT 1 FROM ${t.name} WHERE id = ? AND deleted = 0`)
    .get(idBytes(id));
  if (!row) throw RapportError.validation(field, `${t.label} ${id} does not exist`);
}

/** Runs fn as one transaction: all of its writes land, or none do. */
export function inTransaction<T>(core: Core, fn: () => T): T {
  return core.transaction(fn);
}

/**
 * Whether walking up a tree column (an account's parent, a contact's manager) from
 * `from` reaches `target`: setting target's link to `from` would then close a loop.
 */
export function reachesUp(
  core: Core,
  tree: { table: string; link: string },
  from: string,
  target: string,
): boolean {
  const hit = core
    .statement(
      `WITH RECURSIVE up(id, depth) AS (
         SELECT ?, 0
         UNION ALL SELECT t.${tree.link}, up.depth + 1 FROM ${tree.table} t JOIN up ON t.id = up.id
         WHERE t.${tree.link} IS NOT NULL AND up.depth < 100)
       SELECT 1 FROM up WHERE id = ? LIMIT 1`,
    )
    .get(idBytes(from), idBytes(target));
  return hit !== undefined;
}
