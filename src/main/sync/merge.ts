import type { Column } from '../../shared/schema/column';
import type { Table } from '../../shared/schema/table';
import { TABLES, tableNamed } from '../../shared/schema/tables';
import { compareStamps, parseStamp, type Stamp } from '../../shared/hlc';
import type { WireChange } from '../../shared/sync/wire';
import { nodeIndex, type Core } from '../core/core';
import { encode, idBytes, idText, mappingOf, toColumn } from '../db/codec';
import { isSqliteError } from '../db/sqliteErrors';
import { park, takeParked } from './inbox';
import { deferSearchIndex } from '../db/searchIndex';
import { referencesOf } from '../../shared/schema/references';
import { foldNewRows, type Folded } from './fold';
import { rowRefusal } from '../../shared/rules/rowRules';
import { columnsFor, decodeSome, defaultOf, insertSql, sameJson, validValues } from './rowShape';
import { bulkLoadPending } from '../db/bulkLoad';
import type { Clock } from './log';

/**
 * A field's clock as kept beside its row; a third number is the clock of the same value
 * as typed on this device, kept when another device's equal value took its place.
 */
type Stored = readonly [hlc: number, node: number, own?: number];
type Values = Record<string, unknown>;

export interface ApplyResult {
  /** Fields whose incoming value is now the row's. */
  applied: number;
  /** Of them, values typed on this device that lost (now in `conflicts`). */
  conflicts: number;
  /** Changes kept in the inbox for a later pull (their row or a reference not here yet). */
  waiting: number;
}

/**
 * The merge (DESIGN §3): last writer wins per field, by (hlc, node). Applies pulled
 * changes inside the caller's transaction (the pull saves its cursor in the same one),
 * together with whatever waited in the inbox, parents before children and older
 * before newer. A field whose value was typed on this device and is overwritten by a
 * change whose author never saw it (its base is another clock) is a conflict: both
 * values, clocks and authors are kept for the person to choose.
 */
export function applyChanges(
  core: Core,
  incoming: readonly WireChange[],
  authors: Readonly<Record<string, string | null>> = {},
): ApplyResult {
  for (const [node, member] of Object.entries(authors)) {
    const idx = nodeIndex(core.db, node);
    if (member && idx !== core.nodeIdx) {
      core.statement('UPDATE nodes SET member_id = ? WHERE idx = ?').run(idBytes(member), idx);
    }
  }
  const { changes: all, folded } = foldNewRows(
    core,
    sortForApply([...takeParked(core), ...incoming.filter((c) => c.node !== core.nodeId)]),
  );
  const arriving = new Set(all.filter((c) => c.bases === null).map((c) => `${c.table}:${c.row}`));
  const attempt = (): ApplyResult => {
    // A retry starts with references checked at once again (the pragma outlives a savepoint).
    core.db.pragma('defer_foreign_keys = OFF');
    const merge = new Merge(core, arriving, folded);
    let pending = all;
    // A page may hold a row before the row it points to: retry what waits while progress
    // is made. Rows of the batch that point at each other (a team and its lead, both new)
    // are then made together, their references checked by SQLite at commit: deferring
    // that check for the whole page would make SQLite look for waiting children at
    // every insert.
    for (let pass = 0; pending.length > 0 && pass < 10; pass++) {
      const before = merge.result.applied;
      pending = merge.run(pending);
      if (merge.result.applied > before) continue;
      if (merge.acceptsArriving) break;
      core.db.pragma('defer_foreign_keys = ON');
      merge.acceptsArriving = true;
    }
    const missing = [...merge.notInserted].filter((row) => arriving.has(row));
    if (missing.length > 0) {
      // A row the batch counted on could not be made: do it again without counting on it.
      for (const row of missing) arriving.delete(row);
      throw RETRY;
    }
    const waiting = merge
      .parkedNow(pending)
      .flatMap(({ change, reason }) =>
        (folded.get(change)?.parts ?? [change]).map((part) => ({ part, reason })),
      );
    for (const { part, reason } of waiting) park(core, part, reason);
    merge.result.waiting = waiting.length;
    return merge.result;
  };
  const work = (): ApplyResult => {
    for (;;) {
      try {
        return core.transaction(attempt); // a savepoint: a retry starts from nothing
      } catch (error) {
        if (error !== RETRY) throw error;
      }
    }
  };
  // A large page indexes each row it touched once, set-wise, instead of row by row
  // (unless a first download has lifted the search index for the whole book).
  return all.length >= DEFER_INDEX_FROM && !bulkLoadPending(core.db)
    ? deferSearchIndex(core.db, work)
    : work();
}

const RETRY = new Error('retry the batch');

/** From this many changes a page, the search index is brought up to date once at the end. */
const DEFER_INDEX_FROM = 200;

const tableOrder = new Map<string, number>(TABLES.map((t, i) => [t.name, i]));

function sortForApply(changes: readonly WireChange[]): WireChange[] {
  const order = (c: WireChange) => tableOrder.get(c.table) ?? TABLES.length;
  return [...changes].sort((a, b) => order(a) - order(b) || compareStamps(a, b) || a.seq - b.seq);
}

class Merge {
  readonly result: ApplyResult = { applied: 0, conflicts: 0, waiting: 0 };
  private readonly reasons = new Map<WireChange, string>();
  /** Whether a reference to a row this batch makes counts as present (see applyChanges). */
  acceptsArriving = false;
  /** New rows (`table:row`) whose change is waiting instead of made. */
  readonly notInserted = new Set<string>();
  /** Rows of the batch (`table:row`) made, or found here, so far. */
  private readonly made = new Set<string>();
  private readonly nodeIds = new Map<number, string>();
  /** Whether any conflict is open: only then is each applied field looked up in them. */
  private openConflicts: boolean;

  constructor(
    private readonly core: Core,
    /** Rows this batch makes (`table:row`): a reference to one of them is not missing. */
    private readonly arriving: ReadonlySet<string>,
    /** New rows whose changes were taken as one (see fold.ts). */
    private readonly folded: ReadonlyMap<WireChange, Folded>,
  ) {
    this.openConflicts =
      core.statement('SELECT 1 FROM conflicts WHERE resolved_at IS NULL LIMIT 1').get() !==
      undefined;
  }

  /** Applies what it can; returns the changes that must wait. */
  run(changes: readonly WireChange[]): WireChange[] {
    const waiting: WireChange[] = [];
    for (const change of changes) {
      const reason = this.apply(change);
      if (reason) {
        this.reasons.set(change, reason);
        waiting.push(change);
        if (change.bases === null) this.notInserted.add(`${change.table}:${change.row}`);
      } else if (change.bases === null) {
        this.notInserted.delete(`${change.table}:${change.row}`);
        this.made.add(`${change.table}:${change.row}`);
      }
    }
    return waiting;
  }

  parkedNow(changes: readonly WireChange[]): { change: WireChange; reason: string }[] {
    return changes.map((change) => ({ change, reason: this.reasons.get(change) ?? 'waiting' }));
  }

  /** Applies one change; returns why it must wait, or null. */
  private apply(change: WireChange): string | null {
    const t = tableNamed(change.table);
    if (!t) return `Unknown table ${change.table}: made by a newer version of Rapport`;
    const values = validValues(t, change);
    if (typeof values === 'string') return values;
    const parts = this.folded.get(change)?.parts ?? [change];
    if (parts.some((part) => this.core.clock.tooFarAhead(part.hlc))) {
      return 'The clock of the device that made this change is more than three days ahead';
    }
    const key = idBytes(change.row);
    // A new row goes straight in (SQLite checks its references); one that is already
    // here, or a change to a row, is merged field by field.
    if (change.bases === null && !this.acceptsArriving) {
      const made = this.insert(t, change, key, values);
      if (made !== 'exists') return made;
    }
    const row = this.core
      .statement(`SELECT ${columnsFor(t, values)} FROM ${t.name} WHERE id = ?`)
      .get(key) as Values | undefined;
    if (!row) {
      const missing = this.missingReference(t, values);
      if (missing) return missing;
      if (change.bases !== null)
        return `Waiting for the ${t.label.toLowerCase()} this change is to`;
      const made = this.insert(t, change, key, values);
      return made === 'exists' ? null : made;
    }
    return this.update(t, change, key, row, values);
  }

  /** Makes a new row: null when made, 'exists' when it was already here, else why it waits. */
  private insert(t: Table, change: WireChange, key: Buffer, values: Values): string | null {
    // A row that points to one later in the batch waits for the next pass, without the
    // cost of SQLite refusing it (a contact before its manager).
    const later = this.acceptsArriving ? null : this.arrivingLater(t, values);
    if (later) return later;
    const broken = rowRefusal(t.name, { ...values, id: change.row });
    if (broken) return `${t.label} ${broken.field}: ${broken.message}`;
    // Link rows are written after the row: their members are looked for first.
    const links = Object.keys(t.links ?? {}).filter((f) => f in values);
    if (links.length > 0) {
      const missing = this.missingReference(
        t,
        Object.fromEntries(links.map((f) => [f, values[f]])),
      );
      if (missing) return missing;
    }
    const { fields } = mappingOf(t);
    const args: unknown[] = [key, change.hlc, this.nodeIdx(change.node)];
    args.push(values.archived ? 1 : 0, values.deleted ? 1 : 0);
    for (const { field, spec } of fields) {
      // A field a new row's change leaves out has its declared default (an empty list).
      const value = field in values ? values[field] : defaultOf(spec);
      args.push(encode(spec, value));
    }
    for (const d of t.derived ?? []) args.push(d.compute(values));
    let made: number;
    try {
      made = this.core.statement(insertSql(t)).run(...args).changes;
    } catch (error) {
      if (!isSqliteError(error)) throw error;
      // A row it points to is not here yet, or a required field comes in a later write
      // (a folder read out of order).
      return this.missingReference(t, values) ?? `The ${t.label.toLowerCase()} is not complete yet`;
    }
    if (made === 0) return 'exists';
    for (const [field, link] of Object.entries(t.links ?? {})) {
      if (field in values) this.writeLinks(link, key, values[field] as string[]);
    }
    this.receive(change);
    this.keepFieldClocks(t, key, this.folded.get(change)?.clocks);
    this.result.applied += Object.keys(values).length;
    return null;
  }

  /**
   * Merges a change into a row field by field; returns why it must wait instead, when
   * the row as it would stand breaks a rule across its fields (src/shared/rules): the
   * change then waits in the inbox, and the pull goes on.
   */
  private update(
    t: Table,
    change: WireChange,
    key: Buffer,
    row: Values,
    values: Values,
  ): string | null {
    const clocks = row.clocks ? (JSON.parse(row.clocks as string) as Record<string, Stored>) : {};
    const rowClock: Stored = [row.hlc as number, row.node as number];
    const incoming: Stamp = { hlc: change.hlc, node: change.node };
    const node = this.nodeIdx(change.node);
    const before = decodeSome(t, row);
    const won: Values = {};
    const disputes: (() => void)[] = [];
    for (const [field, value] of Object.entries(values)) {
      const entry = clocks[field] ?? rowClock;
      const local: Clock = [entry[0], entry[1]];
      const localStamp = { hlc: local[0], node: this.nodeId(local[1]) };
      if (compareStamps(incoming, localStamp) <= 0) continue; // ours is newer: keep it
      // The clock of the value as typed here, when it is ours (also when another
      // device typed the same value at the same time: it is still ours to lose).
      const own = local[1] === this.core.nodeIdx ? local[0] : entry[2];
      const base = change.bases?.[field];
      const saw = (stamp: Stamp) =>
        base !== undefined && compareStamps(parseStamp(base), stamp) === 0;
      const sawOurs =
        saw(localStamp) || (own !== undefined && saw({ hlc: own, node: this.core.nodeId }));
      let keepOwn: number | undefined;
      if (own !== undefined && !sawOurs) {
        const current = this.currentValue(t, key, field, row, before);
        if (sameJson(current, value)) keepOwn = own;
        else {
          const mine = { value: current, clock: [own, this.core.nodeIdx] as Clock };
          disputes.push(() => this.conflict(t, key, field, mine, change, value));
        }
      } else if (this.openConflicts) {
        disputes.push(() => this.updateOpenConflict(t, key, field, change, value));
      }
      won[field] = value;
      clocks[field] = keepOwn === undefined ? [change.hlc, node] : [change.hlc, node, keepOwn];
    }
    if (Object.keys(won).length === 0) return null;
    // Only what takes effect must be here: a value already overwritten by a newer one may
    // point to a row this laptop will never hold (a site's parent of before, out of scope).
    const missing = this.missingReference(t, won);
    if (missing) return missing;
    const after = { ...before, ...won };
    const broken = rowRefusal(t.name, { ...after, id: idText(key) }, Object.keys(won));
    if (broken) return `${t.label} ${broken.field}: ${broken.message}`;
    const columns: Values = {};
    const links: [NonNullable<Table['links']>[string], string[]][] = [];
    for (const [field, value] of Object.entries(won)) {
      const link = t.links?.[field];
      if (field === 'archived' || field === 'deleted') columns[field] = value ? 1 : 0;
      else if (link) links.push([link, value as string[]]);
      else columns[toColumn(field)] = encode(t.columns[field] as Column, value);
    }
    for (const d of t.derived ?? []) {
      if (d.from.some((f) => f in won)) columns[d.column] = d.compute(after);
    }
    const sets = Object.keys(columns).map((c) => `${c} = ?, `);
    try {
      this.core
        .statement(
          `UPDATE ${t.name} SET ${sets.join('')}clocks = ?,
             updated_hlc = max(coalesce(updated_hlc, 0), ?) WHERE id = ?`,
        )
        .run(...Object.values(columns), JSON.stringify(clocks), change.hlc, key);
    } catch (error) {
      // A rule the store checks that no shared rule names (a newer or broken sender):
      // SQLite undid this one statement, and nothing else of the change was written.
      if (!isSqliteError(error)) throw error;
      return `${t.label}: ${error.message}`;
    }
    for (const [link, ids] of links) {
      this.core.statement(`DELETE FROM ${link.table} WHERE ${link.owner} = ?`).run(key);
      this.writeLinks(link, key, ids);
    }
    for (const dispute of disputes) dispute();
    this.receive(change);
    this.result.applied += Object.keys(won).length;
    return null;
  }

  private currentValue(t: Table, key: Buffer, field: string, row: Values, before: Values): unknown {
    if (field === 'archived' || field === 'deleted') return row[field] === 1;
    const link = t.links?.[field];
    if (!link) return before[field];
    const members = this.core
      .statement(`SELECT ${link.member} AS m FROM ${link.table} WHERE ${link.owner} = ?`)
      .all(key) as { m: Buffer }[];
    return members.map((m) => idText(m.m)).sort();
  }

  /**
   * A field already in dispute took a newer value: the dispute is now with that one, or
   * over, when it is the value typed here (someone else chose it too).
   */
  private updateOpenConflict(
    t: Table,
    key: Buffer,
    field: string,
    change: WireChange,
    theirs: unknown,
  ): void {
    const open = this.core
      .statement(
        `SELECT id, local_value FROM conflicts
         WHERE tbl = ? AND row_id = ? AND field = ? AND resolved_at IS NULL`,
      )
      .get(t.name, key, field) as { id: number; local_value: string } | undefined;
    if (!open) return;
    if (sameJson(JSON.parse(open.local_value), theirs)) {
      this.core
        .statement(`UPDATE conflicts SET resolved_at = ?, resolution = 'theirs' WHERE id = ?`)
        .run(Date.now(), open.id);
      return;
    }
    const remoteNode = this.nodeIdx(change.node);
    this.core
      .statement(
        `UPDATE conflicts SET remote_value = ?, remote_hlc = ?, remote_node = ?, remote_member = ?
         WHERE id = ?`,
      )
      .run(JSON.stringify(theirs), change.hlc, remoteNode, this.memberOf(remoteNode), open.id);
  }

  private memberOf(idx: number): Buffer | null {
    const row = this.core.statement('SELECT member_id AS m FROM nodes WHERE idx = ?').get(idx) as
      { m: Buffer | null } | undefined;
    return row?.m ?? null;
  }

  private conflict(
    t: Table,
    key: Buffer,
    field: string,
    mine: { value: unknown; clock: Clock },
    change: WireChange,
    theirs: unknown,
  ): void {
    // A value typed since the last conflict on this field lost again: the dispute is now
    // between this value and the new one.
    this.core
      .statement(
        `DELETE FROM conflicts WHERE tbl = ? AND row_id = ? AND field = ? AND resolved_at IS NULL`,
      )
      .run(t.name, key, field);
    this.openConflicts = true;
    const remoteNode = this.nodeIdx(change.node);
    this.core
      .statement(
        `INSERT INTO conflicts (tbl, row_id, field, local_value, local_hlc, local_node, local_member,
           remote_value, remote_hlc, remote_node, remote_member, detected_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        t.name,
        key,
        field,
        JSON.stringify(mine.value ?? null),
        mine.clock[0],
        mine.clock[1],
        this.memberOf(mine.clock[1]),
        JSON.stringify(theirs),
        change.hlc,
        remoteNode,
        this.memberOf(remoteNode),
        Date.now(),
      );
    this.result.conflicts++;
  }

  private writeLinks(link: NonNullable<Table['links']>[string], key: Buffer, ids: string[]): void {
    const insert = this.core.statement(
      `INSERT OR IGNORE INTO ${link.table} (${link.owner}, ${link.member}) VALUES (?, ?)`,
    );
    for (const id of ids) insert.run(key, idBytes(id));
  }

  /** Why a new row must wait for a row of the batch not made yet, or null. */
  private arrivingLater(t: Table, values: Values): string | null {
    for (const { target, id } of referencesOf(t, values)) {
      const row = `${target}:${id}`;
      if (this.arriving.has(row) && !this.made.has(row)) return waitingFor(target, id);
    }
    return null;
  }

  /** Why a change must wait for a row it points to, or null when they are all here. */
  private missingReference(t: Table, values: Values): string | null {
    for (const { target, id } of referencesOf(t, values)) {
      if (this.acceptsArriving && this.arriving.has(`${target}:${id}`)) continue;
      if (!this.core.statement(`SELECT 1 FROM ${target} WHERE id = ?`).get(idBytes(id))) {
        return waitingFor(target, id);
      }
    }
    return null;
  }

  /** A row made from several changes: each field later changes set keeps its own clock. */
  private keepFieldClocks(t: Table, key: Buffer, clocks: Folded['clocks'] | undefined): void {
    if (!clocks || Object.keys(clocks).length === 0) return;
    const kept: Record<string, Stored> = {};
    let latest = 0;
    for (const [field, stamp] of Object.entries(clocks)) {
      kept[field] = [stamp.hlc, this.nodeIdx(stamp.node)];
      latest = Math.max(latest, stamp.hlc);
      this.core.clock.receive(stamp.hlc, `device ${stamp.node}`);
    }
    this.core
      .statement(
        `UPDATE ${t.name} SET clocks = ?, updated_hlc = max(coalesce(updated_hlc, 0), ?) WHERE id = ?`,
      )
      .run(JSON.stringify(kept), latest, key);
  }

  private receive(change: WireChange): void {
    this.core.clock.receive(change.hlc, `device ${change.node}`);
  }

  private readonly nodeIdxs = new Map<string, number>();

  private nodeIdx(nodeId: string): number {
    let idx = this.nodeIdxs.get(nodeId);
    if (idx === undefined) {
      idx = nodeIndex(this.core.db, nodeId);
      this.nodeIdxs.set(nodeId, idx);
    }
    return idx;
  }

  private nodeId(idx: number): string {
    let id = this.nodeIds.get(idx);
    if (id === undefined) {
      const row = this.core.statement('SELECT node_id FROM nodes WHERE idx = ?').get(idx) as
        { node_id: string } | undefined;
      id = row?.node_id ?? '';
      this.nodeIds.set(idx, id);
    }
    return id;
  }
}

function waitingFor(target: string, id: string): string {
  return `Waiting for the ${tableNamed(target)?.label.toLowerCase() ?? target} ${id} it refers to`;
}
