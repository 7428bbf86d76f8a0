import { v7 as uuidv7 } from 'uuid';
import { assignmentsTable } from '../../../shared/domain/assignment';
import { interactionsTable } from '../../../shared/domain/interaction';
import { opportunitiesTable } from '../../../shared/domain/commerce';
import type { HandOverCover, HandOverResult } from '../../../shared/domain/handover';
import { messages } from '../../../shared/domain/messages';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import { authorizer, bookFacts, type Authorize } from '../../core/permissions';
import { inTransaction, updateRows } from '../../core/records';
import { idBytes } from '../../db/codec';
import { restaff } from '../assignments/staffing';
import type { ParsedPlan } from './people';
import { planHandOver, type Planned, type PlannedMove } from './plan';

/** How often a long hand-over reports, and looks whether it was cancelled: accounts a batch. */
const BATCH = 250;

export interface Progress {
  progress(done: number, total: number, phase: string): void;
  signal?: AbortSignal;
}

/** What the laptop keeps of a hand-over to undo it as one (table hand_overs). */
export interface StoredMove {
  accountId: string;
  accountName: string;
  /** Who gave it (null: nobody owned it). */
  fromId: string | null;
  receiverId: string;
  before: HandOverCover[];
  after: HandOverCover[];
  opportunityIds: string[];
  followUpIds: string[];
}

/**
 * Hands the accounts over as the plan says, as one transaction: each account's cover
 * is rewritten from today (the leaver's ends with the reason, the receiver's starts),
 * the leaver's open opportunities and follow-ups on it go to the receiver, and the
 * whole is kept to be undone as one. Written in batches through the one write path,
 * with the role rule's facts about the accounts read once. Cancelled half-way, nothing
 * is written.
 */
export function applyHandOver(core: Core, plan: ParsedPlan, report?: Progress): HandOverResult {
  return inTransaction(core, () => {
    const planned = planHandOver(core, plan, false);
    const authorize = refuseHandOver(core, planned);
    const moving = planned.moves.filter((m) => m.receiver !== null);
    for (let i = 0; i < moving.length; i += BATCH) {
      if (report?.signal?.aborted)
        throw new RapportError('conflict', 'The hand-over was cancelled');
      report?.progress(i, moving.length, 'handing over');
      carryOut(core, planned, moving.slice(i, i + BATCH), authorize);
    }
    const stored = moving.map(storedMove);
    const id = uuidv7();
    core
      .statement(
        `INSERT INTO hand_overs (id, made_at, from_member_id, reason, moves)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(
        idBytes(id),
        Date.now(),
        planned.from ? idBytes(planned.from.memberId) : null,
        planned.reason,
        JSON.stringify(stored),
      );
    report?.progress(moving.length, moving.length, 'handed over');
    return {
      id,
      accounts: stored.length,
      opportunities: stored.reduce((n, m) => n + m.opportunityIds.length, 0),
      followUps: stored.reduce((n, m) => n + m.followUpIds.length, 0),
    };
  });
}

function carryOut(
  core: Core,
  planned: Planned,
  moves: readonly PlannedMove[],
  authorize: Authorize,
): void {
  const team = moves.map((m) => ({
    account: { id: m.accountId, name: m.accountName },
    team: m.after,
  }));
  restaff(core, team, planned.reason, { authorize, covers: planned.covers });
  const along = (ids: (m: PlannedMove) => string[], field: string) =>
    moves.flatMap((m) => ids(m).map((id) => ({ id, patch: { [field]: m.receiver!.memberId } })));
  updateRows(
    core,
    opportunitiesTable,
    along((m) => m.opportunityIds, 'ownerId'),
    authorize,
  );
  updateRows(
    core,
    interactionsTable,
    along((m) => m.followUpIds, 'memberId'),
    authorize,
  );
}

const storedMove = (move: PlannedMove): StoredMove => ({
  accountId: move.accountId,
  accountName: move.accountName,
  fromId: move.giver?.memberId ?? null,
  receiverId: move.receiver!.memberId,
  before: move.before,
  after: move.after,
  opportunityIds: move.opportunityIds,
  followUpIds: move.followUpIds,
});

/**
 * What the hand-over may not do, asked before anything is written (and by the preview,
 * so that it shows only what confirming would do): a member given more than 100% of an
 * account's credit, or an account the lead may not reassign. Returns the role check the
 * writes then ask, with the facts about the accounts read once.
 */
export function refuseHandOver(core: Core, planned: Planned): Authorize {
  const moving = planned.moves.filter((m) => m.receiver !== null);
  const authorize = authorizer(
    core,
    bookFacts(
      core,
      moving.map((m) => m.accountId),
    ),
  );
  for (const move of moving) {
    for (const cover of move.after) {
      if (cover.creditShare <= 100) continue;
      const had = move.before.find(
        (c) => c.memberId === cover.memberId && c.overlay === cover.overlay,
      );
      throw RapportError.validation(
        'receivers',
        messages.creditOver({
          account: move.accountName,
          total: cover.creditShare,
          given: had?.creditShare ?? 0,
        }),
      );
    }
    authorize(assignmentsTable, {
      values: { accountId: move.accountId, memberId: move.receiver!.memberId, isOwner: true },
    });
  }
  return authorize;
}
