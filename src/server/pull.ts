import type { PullPage, PullRequest, WireChange } from '../shared/sync/wire';
import { decodeCursor, encodeCursor, START, type Position } from './cursor';
import type { Device } from './devices';
import { refreshScope, resetScope, scopeMark } from './scope';
import type { Sql, Storage } from './storage/storage';

interface ChangeRow {
  seq: number;
  node: string;
  node_seq: number;
  hlc: number;
  tbl: string;
  row_id: string;
  vals: string;
  bases: string | null;
  author: string | null;
}

const COLUMNS = 'c.seq, c.node, c.node_seq, c.hlc, c.tbl, c.row_id, c.vals, c.bases, c.author';

/** The device holds the row's account, or the row is shared reference data (no account). */
const HELD = `(r.account_id IS NULL OR EXISTS (SELECT 1 FROM device_accounts d
  WHERE d.device_id = :device AND d.account_id = r.account_id AND d.gone_gen IS NULL))`;

/**
 * One page of what a device should receive (DESIGN §3): first, when accounts came
 * into its scope, their history up to where its stream stood; then the changes after
 * its cursor to rows it holds. Never its own changes. When accounts left its scope,
 * they are named in `purge`.
 */
export function pullPage(
  storage: Storage,
  device: Device,
  request: PullRequest,
): Promise<PullPage> {
  const from = request.cursor === null ? null : decodeCursor(request.cursor);
  return storage.transaction(async (sql) => {
    if (device.role === 'admin') {
      const { rows, position, more } = await regular(
        sql,
        device,
        request,
        from ?? START,
        request.limit,
      );
      return page(rows, position, more, []);
    }
    const scoped = device as Device & { role: 'rep' | 'lead' };
    let position = from ?? START;
    const mark = await scopeMark(sql);
    if (!from) {
      await resetScope(sql, scoped);
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
        await refreshScope(sql, scoped, await nextGen(sql, device, position), position.s);
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
        return page(sent, { ...position, b: sent[sent.length - 1]!.seq }, true, purge);
      }
      position = { ...position, g: top, b: 0 };
    }
    const room = request.limit - history.length;
    if (room === 0) return page(history, position, true, purge);
    const next = await regular(sql, device, request, position, room);
    return page([...history, ...next.rows], next.position, next.more, purge);
  });
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
  const held = device.role === 'admin' ? '' : `AND ${HELD}`;
  const rows = await sql.all<ChangeRow>(
    `SELECT ${COLUMNS} FROM changes c JOIN rows r ON r.tbl = c.tbl AND r.row_id = c.row_id
     WHERE c.seq > :after AND c.seq <= :upto AND c.node <> :node ${held}
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
  const row = await sql.get<{ gen: number | null; gone: number | null }>(
    'SELECT max(gen) AS gen, max(gone_gen) AS gone FROM device_accounts WHERE device_id = :device',
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

function page(rows: ChangeRow[], position: Position, more: boolean, purge: string[]): PullPage {
  const authors: Record<string, string | null> = {};
  const changes = rows.map((row): WireChange => {
    authors[row.node] = row.author;
    return {
      node: row.node,
      seq: Number(row.node_seq),
      hlc: Number(row.hlc),
      table: row.tbl,
      row: row.row_id,
      values: JSON.parse(row.vals),
      bases: row.bases === null ? null : JSON.parse(row.bases),
    };
  });
  return { changes, cursor: encodeCursor(position), more, purge, authors };
}
