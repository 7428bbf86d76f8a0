import type { PullRequest } from '../shared/sync/wire';
import { decodeCursor, START, type Position } from './cursor';
import type { Device } from './devices';
import { refreshScope, resetScope, scopeMark } from './scope';
import type { Sql, Storage } from './storage/storage';

/** A stored change as a page sends it: its place in the stream, its author, and its wire JSON. */
export interface ChangeRow {
  seq: number;
  node: string;
  author: string | null;
  /** The change as the wire's WireChange JSON, put together by the database (see WIRE_JSON). */
  json: string;
}

/**
 * Each change's WireChange JSON, put together by the database as it reads the row:
 * values and bases are stored as JSON text already, and node, table and row were
 * checked when the change was pushed (16 hex digits, a declared table, a uuid), so
 * they need no escaping. A page of 5,000 changes then costs the server a join of
 * strings, not a parse and a serialization of every change.
 */
const WIRE_JSON = `'{"node":"' || c.node || '","seq":' || c.node_seq || ',"hlc":' || c.hlc
  || ',"table":"' || c.tbl || '","row":"' || c.row_id || '","values":' || c.vals
  || ',"bases":' || coalesce(c.bases, 'null') || '}'`;

const COLUMNS = `c.seq, c.node, c.author, ${WIRE_JSON} AS json`;

/** The device holds the row's account, or the row is shared reference data (no account). */
const HELD = `(r.account_id IS NULL OR EXISTS (SELECT 1 FROM device_accounts d
  WHERE d.device_id = :device AND d.account_id = r.account_id AND d.gone_gen IS NULL))`;

/** A page as read from storage: the stored changes, where the device now stands, and the purges. */
export interface StoredPage {
  readonly rows: readonly ChangeRow[];
  readonly position: Position;
  readonly more: boolean;
  readonly purge: readonly string[];
}

/**
 * One page of what a device should receive (DESIGN §3): first, when accounts came
 * into its scope, their history up to where its stream stood; then the changes after
 * its cursor to rows it holds. Never its own changes. When accounts left its scope,
 * they are named in `purge`. (pageJson turns it into the wire's PullPage.)
 */
export function pullPage(
  storage: Storage,
  device: Device,
  request: PullRequest,
  now: number,
): Promise<StoredPage> {
  const from = request.cursor === null ? null : decodeCursor(request.cursor);
  return storage.transaction(async (sql) => {
    await notePull(sql, device, now);
    if (device.role === 'admin') {
      const { rows, position, more } = await regular(
        sql,
        device,
        request,
        from ?? START,
        request.limit,
      );
      return { rows, position, more, purge: [] };
    }
    const scoped = device as Device & { role: 'rep' | 'lead' };
    let position = from ?? START;
    const day = new Date(now).toISOString().slice(0, 10);
    const mark = await scopeMark(sql, day);
    if (!from) {
      await resetScope(sql, scoped, day);
      position = { ...position, ...mark };
    } else {
      // The device presents a cursor past these purges: it has applied them.
      await sql.run('DELETE FROM device_accounts WHERE device_id = :device AND gone_gen <= :g', {
        device: device.id,
        g: position.g,
      });
      // Scope moves only between generations, never in the middle of sending one, and
      // is worked out again only when coverage, teams, accounts or the day moved.
      const moved = mark.k > position.k || mark.d !== position.d;
      if (position.b === 0 && moved) {
        await refreshScope(sql, scoped, await nextGen(sql, device, position), position.s, day);
        position = { ...position, ...mark };
      }
    }
    const top = await latestGen(sql, device, position);
    let purge: string[] = [];
    let history: ChangeRow[] = [];
    if (top > position.g) {
      if (position.b === 0) purge = await purged(sql, device, position);
      history = await sql.all<ChangeRow>(
        `SELECT ${COLUMNS} FROM device_accounts d
         JOIN rows r ON r.account_id = d.account_id
         JOIN changes c ON c.tbl = r.tbl AND c.row_id = r.row_id
         WHERE d.device_id = :device AND d.gen > :g AND d.gone_gen IS NULL
           AND c.seq <= d.from_seq AND c.seq > :after AND c.node <> :node
         ORDER BY c.seq LIMIT :limit`,
        {
          device: device.id,
          g: position.g,
          after: position.b,
          node: request.node,
          limit: request.limit + 1,
        },
      );
      if (history.length > request.limit) {
        const sent = history.slice(0, request.limit);
        return {
          rows: sent,
          position: { ...position, b: sent[sent.length - 1]!.seq },
          more: true,
          purge,
        };
      }
      position = { ...position, g: top, b: 0 };
    }
    const room = request.limit - history.length;
    if (room === 0) return { rows: history, position, more: true, purge };
    const next = await regular(sql, device, request, position, room);
    return { rows: [...history, ...next.rows], position: next.position, more: next.more, purge };
  });
}

/** The server's time of the device's latest pull: its next push is judged as of then (see ingest). */
async function notePull(sql: Sql, device: Device, now: number): Promise<void> {
  await sql.run(
    `INSERT INTO device_pulls (device_id, pulled_at) VALUES (:device, :at)
     ON CONFLICT (device_id) DO UPDATE SET pulled_at = excluded.pulled_at`,
    { device: device.id, at: new Date(now).toISOString() },
  );
}

/**
 * Changes after the cursor, in sequence order. The newest sequence number is read
 * first: every change up to it has committed (writers take turns, see Storage), so the
 * cursor may move past changes that are not the device's without missing one.
 */
async function regular(
  sql: Sql,
  device: Device,
  request: PullRequest,
  position: Position,
  limit: number,
): Promise<{ rows: ChangeRow[]; position: Position; more: boolean }> {
  const newest = await sql.get<{ top: number | null }>('SELECT max(seq) AS top FROM changes');
  const upto = Number(newest?.top ?? 0);
  // An admin holds everything: no row's account is looked up.
  const held =
    device.role === 'admin'
      ? ''
      : `JOIN rows r ON r.tbl = c.tbl AND r.row_id = c.row_id AND ${HELD}`;
  const rows = await sql.all<ChangeRow>(
    `SELECT ${COLUMNS} FROM changes c ${held}
     WHERE c.seq > :after AND c.seq <= :upto AND c.node <> :node
     ORDER BY c.seq LIMIT :limit`,
    { device: device.id, after: position.s, upto, node: request.node, limit: limit + 1 },
  );
  if (rows.length > limit) {
    const sent = rows.slice(0, limit);
    return { rows: sent, position: { ...position, s: sent[sent.length - 1]!.seq }, more: true };
  }
  return { rows, position: { ...position, s: Math.max(position.s, upto) }, more: false };
}

async function nextGen(sql: Sql, device: Device, position: Position): Promise<number> {
  return (await latestGen(sql, device, position)) + 1;
}

async function latestGen(sql: Sql, device: Device, position: Position): Promise<number> {
  // Two subqueries, each one step down its index (a single max() over both would walk
  // every account the device holds, on every page).
  const row = await sql.get<{ gen: number | null; gone: number | null }>(
    `SELECT (SELECT max(gen) FROM device_accounts WHERE device_id = :device) AS gen,
       (SELECT max(gone_gen) FROM device_accounts WHERE device_id = :device) AS gone`,
    { device: device.id },
  );
  return Math.max(position.g, Number(row?.gen ?? 0), Number(row?.gone ?? 0));
}

async function purged(sql: Sql, device: Device, position: Position): Promise<string[]> {
  const rows = await sql.all<{ id: string }>(
    `SELECT account_id AS id FROM device_accounts
     WHERE device_id = :device AND gone_gen > :g ORDER BY account_id`,
    { device: device.id, g: position.g },
  );
  return rows.map((r) => r.id);
}
