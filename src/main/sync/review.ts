import { RapportError } from '../../shared/errors';
import { hlcMillis } from '../../shared/hlc';
import type { Table } from '../../shared/schema/table';
import { tableNamed } from '../../shared/schema/tables';
import type { ConflictChoice, RejectedChange, SyncConflict } from '../../shared/domain/sync';
import type { Core } from '../core/core';
import { findRecord, updateRecord } from '../core/records';
import { idBytes, idText, instantText } from '../db/codec';
import { parseKeptTeam, restoreTeamValue } from './restore';

/**
 * The conflict review and the list of rejected changes (issue 12): what a person sees
 * and chooses. A choice that keeps a value is a new change, made through the one
 * write path (so roles apply) and synced like any other.
 */
interface ConflictRow {
  id: number;
  tbl: string;
  row_id: Buffer;
  field: string;
  local_value: string;
  local_hlc: number;
  local_member: Buffer | null;
  remote_value: string;
  remote_hlc: number;
  remote_member: Buffer | null;
}

export function listConflicts(core: Core): SyncConflict[] {
  const rows = core
    .statement(
      `SELECT id, tbl, row_id, field, local_value, local_hlc, local_member, remote_value,
         remote_hlc, remote_member
       FROM conflicts WHERE resolved_at IS NULL ORDER BY detected_at DESC, id DESC`,
    )
    .all() as ConflictRow[];
  return rows.flatMap((r) => {
    const t = tableNamed(r.tbl);
    if (!t) return [];
    const about = describeRow(core, t, r.row_id);
    const column = t.columns[r.field];
    return [
      {
        id: r.id,
        table: r.tbl,
        what: t.label,
        rowId: idText(r.row_id),
        ...about,
        field: r.field,
        mine: side(core, r.local_value, r.local_hlc, r.local_member),
        theirs: side(core, r.remote_value, r.remote_hlc, r.remote_member),
        text: column?.storage === 'text' && !column.values,
      },
    ];
  });
}

export function resolveConflict(core: Core, input: ConflictChoice): SyncConflict[] {
  core.transaction(() => {
    const row = core
      .statement('SELECT * FROM conflicts WHERE id = ? AND resolved_at IS NULL')
      .get(input.id) as ConflictRow | undefined;
    if (!row) throw RapportError.notFound('Conflict', String(input.id));
    const t = tableNamed(row.tbl) as Table;
    const id = idText(row.row_id);
    if (input.choice === 'mine') {
      updateRecord(core, t, id, { [row.field]: JSON.parse(row.local_value) });
    } else if (input.choice === 'merged') {
      if (t.columns[row.field]?.storage !== 'text') {
        throw RapportError.validation(
          'value',
          'Only text can be merged; keep one of the two values',
        );
      }
      const parsed = t.columns[row.field]?.zod.safeParse(input.value);
      if (!parsed?.success) {
        throw RapportError.validation(
          'value',
          parsed?.error.issues[0]?.message ?? 'Not a valid value',
        );
      }
      updateRecord(core, t, id, { [row.field]: parsed.data });
    }
    // "theirs" is the value the row already has: choosing it only closes the conflict.
    core
      .statement('UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?')
      .run(Date.now(), input.choice, input.id);
  });
  return listConflicts(core);
}

interface RejectedRow {
  seq: number;
  tbl: string;
  row_id: Buffer;
  field: string;
  value: string;
  reason: string;
  rejected_at: number;
  resolution: string | null;
}

export function listRejected(core: Core): RejectedChange[] {
  const rows = core
    .statement(
      `SELECT r.seq, c.tbl, c.row_id, c.field, c.value, r.reason, r.rejected_at, r.resolution
       FROM rejected_changes r JOIN changes c ON c.seq = r.seq
       WHERE r.resolved_at IS NULL ORDER BY r.seq DESC`,
    )
    .all() as RejectedRow[];
  return rows.flatMap((r) => {
    const t = tableNamed(r.tbl);
    if (!t) return [];
    const { rowName } = describeRow(core, t, r.row_id);
    return [
      {
        id: r.seq,
        table: r.tbl,
        what: t.label,
        rowId: idText(r.row_id),
        rowName,
        field: r.field,
        value: JSON.parse(r.value) as RejectedChange['value'],
        reason: r.reason,
        rejectedAt: instantText(r.rejected_at),
        retrying: r.resolution === 'retried',
      },
    ];
  });
}

/**
 * Drops a refused change: it stays in this book's history and is never sent again, and
 * the team's value the server answered with takes its place (a refused new row goes), so
 * this laptop and the team agree again. A refused new row is dropped whole: each of its
 * refused fields is settled with it.
 */
export function discardRejected(core: Core, id: number): RejectedChange[] {
  core.transaction(() => {
    const refused = core
      .statement(
        `SELECT c.tbl, c.row_id, c.field, c.hlc, r.team FROM rejected_changes r
         JOIN changes c ON c.seq = r.seq WHERE r.seq = ? AND r.resolved_at IS NULL`,
      )
      .get(id) as
      { tbl: string; row_id: Buffer; field: string; hlc: number; team: string | null } | undefined;
    settleRejected(core, id, `SET resolved_at = ?, resolution = 'discarded'`, Date.now());
    const t = refused && tableNamed(refused.tbl);
    if (!refused?.team || !t) return;
    const team = parseKeptTeam(refused.team);
    restoreTeamValue(core, t, refused.row_id, refused.field, refused.hlc, team);
    if ('absent' in team) {
      core
        .statement(
          `UPDATE rejected_changes SET resolved_at = ?, resolution = 'discarded'
           WHERE resolved_at IS NULL AND seq IN (SELECT seq FROM changes WHERE tbl = ? AND row_id = ?)`,
        )
        .run(Date.now(), refused.tbl, refused.row_id);
    }
  });
  return listRejected(core);
}

/** Sends a refused change again at the next sync (after the lead gave you the account). */
export function retryRejected(core: Core, id: number): RejectedChange[] {
  settleRejected(core, id, `SET resolution = 'retried'`);
  return listRejected(core);
}

/** The refused changes queued for another try. */
export function retryingSeqs(core: Core, adapter: string): number[] {
  const rows = core
    .statement(
      `SELECT seq FROM rejected_changes
       WHERE adapter = ? AND resolution = 'retried' AND resolved_at IS NULL ORDER BY seq`,
    )
    .all(adapter) as { seq: number }[];
  return rows.map((r) => r.seq);
}

function settleRejected(core: Core, id: number, set: string, ...values: unknown[]): void {
  const done = core
    .statement(`UPDATE rejected_changes ${set} WHERE seq = ? AND resolved_at IS NULL`)
    .run(...values, id);
  if (done.changes === 0) throw RapportError.notFound('Rejected change', String(id));
}

function side(core: Core, value: string, hlc: number, member: Buffer | null) {
  const name = member
    ? (core.statement('SELECT name FROM team_members WHERE id = ?').get(member) as
        { name: string } | undefined)
    : undefined;
  return {
    value: JSON.parse(value) as SyncConflict['mine']['value'],
    at: instantText(hlcMillis(hlc)),
    by: name?.name ?? null,
  };
}

function describeRow(core: Core, t: Table, rowId: Buffer) {
  const row = findRecord<Record<string, unknown>>(core, t, idText(rowId));
  const rowName = String(row?.name ?? row?.subject ?? row?.title ?? t.label);
  const accountId =
    t.account === 'id' ? idText(rowId) : t.account ? ((row?.[t.account] as string) ?? null) : null;
  const account = accountId
    ? (core.statement('SELECT name FROM accounts WHERE id = ?').get(idBytes(accountId)) as
        { name: string } | undefined)
    : undefined;
  return { rowName, accountId, accountName: account?.name ?? null };
}
