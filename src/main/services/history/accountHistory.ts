import type { ParsedInputOf } from '../../../shared/api';
import { accountsTable } from '../../../shared/domain/account';
import type { Assignment } from '../../../shared/domain/assignment';
import type { AccountHistory, CoverageSpell, FieldChange } from '../../../shared/domain/history';
import { hlcMillis } from '../../../shared/hlc';
import { tableNamed } from '../../../shared/schema/tables';
import { currentActor, type Core } from '../../core/core';
import { authorizeAccountRead } from '../../core/permissions';
import { requireReference } from '../../core/records';
import { dayText, idBytes, idText, instantText } from '../../db/codec';

/**
 * Who covered an account when, and what changed on it, field by field (issue 20). A
 * rep reads the accounts they cover, a lead their team's book, an admin every account
 * (src/shared/roles/readRule.ts).
 */
export function accountHistory(
  core: Core,
  { accountId }: ParsedInputOf<'accountHistory'>,
): AccountHistory {
  requireReference(core, accountsTable, 'accountId', accountId);
  authorizeAccountRead(core, accountId);
  const coverage = coverageOf(core, accountId);
  const changes = changesOf(core, accountId, coverage);
  return { coverage, changes, names: namesIn(core, changes) };
}

/** Every assignment of the account, ended ones too, by start; an owner with their predecessor. */
function coverageOf(core: Core, accountId: string): CoverageSpell[] {
  const rows = core
    .statement(
      `SELECT s.id, s.member_id AS memberId, m.name AS memberName, s.role, s.is_owner AS isOwner,
         s.overlay, s.credit_share AS creditShare, s.valid_from AS validFrom,
         s.valid_to AS validTo, s.reason, b.name AS assignedBy
       FROM assignments s JOIN team_members m ON m.id = s.member_id
         LEFT JOIN team_members b ON b.id = s.assigned_by_id
       WHERE s.account_id = ? AND s.deleted = 0
       ORDER BY s.valid_from, s.rid`,
    )
    .all(idBytes(accountId)) as {
    id: Buffer;
    memberId: Buffer;
    memberName: string;
    role: Assignment['role'];
    isOwner: number;
    overlay: number;
    creditShare: number;
    validFrom: number;
    validTo: number | null;
    reason: string | null;
    assignedBy: string | null;
  }[];
  let owner: { memberId: string; memberName: string } | null = null;
  return rows.map((r) => {
    const spell = {
      ...r,
      id: idText(r.id),
      memberId: idText(r.memberId),
      isOwner: r.isOwner === 1,
      overlay: r.overlay === 1,
      validFrom: dayText(r.validFrom),
      validTo: r.validTo === null ? null : dayText(r.validTo),
      previousOwner: null as string | null,
    };
    if (!spell.isOwner) return spell;
    // A new row of the same owner (a changed share) is no change of owner.
    if (owner && owner.memberId !== spell.memberId) spell.previousOwner = owner.memberName;
    owner = spell;
    return spell;
  });
}

interface Logged {
  tbl: 'accounts' | 'assignments';
  rowId: Buffer;
  field: string;
  value: string;
  hlc: number;
  device: string;
  memberId: Buffer | null;
  memberName: string | null;
}

/** This device's member, for its changes if it never recorded whom it runs as (a demo book). */
const actorOf = (core: Core) => {
  const actor = currentActor(core);
  return actor ? idBytes(actor.id) : null;
};

/**
 * The logged changes of the account's row and of its assignments, walked in clock
 * order so that each field's value before a change is the one logged before it; each
 * by the member its device runs as. Found on the log's row index (the term on `tbl` is
 * the index's own).
 */
function changesOf(core: Core, accountId: string, coverage: CoverageSpell[]): FieldChange[] {
  const rows = core
    .statement(
      `SELECT c.tbl, c.row_id AS rowId, c.field, c.value, c.hlc, n.node_id AS device,
         m.id AS memberId, m.name AS memberName
       FROM changes c JOIN nodes n ON n.idx = c.node
         LEFT JOIN team_members m
           ON m.id = coalesce(n.member_id, CASE WHEN n.idx = :own THEN :actor END)
       WHERE c.tbl IN ('accounts', 'assignments') AND c.row_id IN (
         SELECT id FROM assignments WHERE account_id = :account AND deleted = 0
         UNION ALL SELECT :account)
       ORDER BY c.hlc, n.node_id, c.seq`,
    )
    .all({ account: idBytes(accountId), own: core.nodeIdx, actor: actorOf(core) }) as Logged[];
  const assignees = new Map(coverage.map((c) => [c.id, c.memberName]));
  const values = new Map<string, unknown>();
  const firstWrite = new Map<string, string>();
  const changes = rows.map((r): FieldChange => {
    const rowId = idText(r.rowId);
    const write = `${r.hlc}:${r.device}`;
    if (!firstWrite.has(rowId)) firstWrite.set(rowId, write);
    const key = `${rowId}:${r.field}`;
    const after = JSON.parse(r.value) as FieldChange['after'];
    const before = (values.get(key) ?? null) as FieldChange['before'];
    values.set(key, after);
    return {
      table: r.tbl,
      rowId,
      assignee: r.tbl === 'assignments' ? (assignees.get(rowId) ?? null) : null,
      field: r.field,
      before,
      after,
      created: firstWrite.get(rowId) === write,
      memberId: r.memberId && idText(r.memberId),
      memberName: r.memberName,
      at: instantText(hlcMillis(r.hlc)),
      device: r.device,
      thisDevice: r.device === core.nodeId,
    };
  });
  // Newest first; the fields of one write (one clock) stay in the order they were set.
  const order = new Map(changes.map((c, i) => [c, rows[i]!.hlc]));
  return changes.sort((a, b) => order.get(b)! - order.get(a)!);
}

/** The names of the members, territories and accounts the changed values point to. */
function namesIn(core: Core, changes: readonly FieldChange[]): Record<string, string> {
  const wanted = new Map<string, Set<string>>();
  for (const c of changes) {
    const target = tableNamed(c.table)?.columns[c.field]?.references;
    if (!target || !tableNamed(target)?.columns.name) continue;
    const ids = wanted.get(target) ?? new Set<string>();
    for (const v of [c.before, c.after]) if (typeof v === 'string') ids.add(v);
    wanted.set(target, ids);
  }
  const names: Record<string, string> = {};
  for (const [table, ids] of wanted) {
    const rows = core
      .statement(
        `SELECT id, name FROM ${table} WHERE id IN (SELECT unhex(value) FROM json_each(?))`,
      )
      .all(JSON.stringify([...ids].map((i) => i.replaceAll('-', '')))) as {
      id: Buffer;
      name: string;
    }[];
    for (const r of rows) names[idText(r.id)] = r.name;
  }
  return names;
}
