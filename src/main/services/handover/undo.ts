import { interactionsTable } from '../../../shared/domain/interaction';
import { opportunitiesTable } from '../../../shared/domain/commerce';
import type { HandOverCover, HandOverResult } from '../../../shared/domain/handover';
import { messages } from '../../../shared/domain/messages';
import type { ParsedInputOf } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import { inForce } from '../../../shared/rules/coverage';
import type { Core } from '../../core/core';
import { authorizer, bookFacts, type Authorize } from '../../core/permissions';
import { findRecords, inTransaction, updateRows } from '../../core/records';
import { idBytes } from '../../db/codec';
import { coversByAccount, today } from '../assignments/assignments';
import { restaff } from '../assignments/staffing';
import type { StoredMove } from './apply';

/** A cover as compared for undo: who, in which role, for what share. */
const key = (c: Pick<HandOverCover, 'memberId' | 'role' | 'isOwner' | 'overlay' | 'creditShare'>) =>
  `${c.memberId}|${c.role}|${c.isOwner}|${c.overlay}|${c.creditShare}`;
const sameCover = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * Undoes a hand-over as one: every account's cover goes back to what it was (from
 * today: what the hand-over wrote stays in the history, ended), and the opportunities
 * and follow-ups that moved go back to the leaver, unless someone reassigned them
 * since. An account whose cover changed since refuses the whole undo, naming it.
 */
export function undoHandOver(core: Core, { id }: ParsedInputOf<'undoHandOver'>): HandOverResult {
  return inTransaction(core, () => {
    const row = core
      .statement('SELECT reason, moves, undone_at FROM hand_overs WHERE id = ?')
      .get(idBytes(id)) as { reason: string; moves: string; undone_at: number | null } | undefined;
    if (!row) throw RapportError.notFound('Hand-over', id);
    if (row.undone_at !== null) throw new RapportError('conflict', messages.handOverUndone({}));
    const moves = JSON.parse(row.moves) as StoredMove[];
    const day = today();
    const accountIds = moves.map((m) => m.accountId);
    const covers = coversByAccount(core, accountIds);
    for (const move of moves) {
      const now = inForce(covers.get(move.accountId) ?? [], day).map(key);
      if (!sameCover(now, move.after.map(key))) {
        throw new RapportError('conflict', messages.handOverChanged({ account: move.accountName }));
      }
    }
    const authorize = authorizer(core, bookFacts(core, accountIds));
    const reason = `Hand-over undone: ${row.reason}`.slice(0, 500);
    const team = moves.map((m) => ({
      account: { id: m.accountId, name: m.accountName },
      team: m.before,
    }));
    restaff(core, team, reason, { authorize, covers });
    const opportunities = giveBack(core, opportunitiesTable, 'ownerId', moves, authorize);
    const followUps = giveBack(core, interactionsTable, 'memberId', moves, authorize);
    core.statement('UPDATE hand_overs SET undone_at = ? WHERE id = ?').run(Date.now(), idBytes(id));
    return { id, accounts: moves.length, opportunities, followUps };
  });
}

/** The rows that went along go back to their giver, those still with the receiver. */
function giveBack(
  core: Core,
  t: typeof opportunitiesTable | typeof interactionsTable,
  field: 'ownerId' | 'memberId',
  moves: readonly StoredMove[],
  authorize: Authorize,
): number {
  const idsOf = (m: StoredMove) => (field === 'ownerId' ? m.opportunityIds : m.followUpIds);
  const rows = findRecords<Record<string, unknown>>(core, t, moves.flatMap(idsOf));
  const back = moves.flatMap((m) =>
    idsOf(m)
      .filter((rowId) => rows.get(rowId)?.[field] === m.receiverId)
      .map((rowId) => ({ id: rowId, patch: { [field]: m.fromId } })),
  );
  updateRows(core, t, back, authorize);
  return back.length;
}
