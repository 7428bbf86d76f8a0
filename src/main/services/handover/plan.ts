import type { HandOverCover } from '../../../shared/domain/handover';
import { messages } from '../../../shared/domain/messages';
import { RapportError } from '../../../shared/errors';
import { inForce } from '../../../shared/rules/coverage';
import type { Core } from '../../core/core';
import { hexIdList, idText } from '../../db/codec';
import { coversByAccount, today, type Covering } from '../assignments/assignments';
import { pickedAccounts } from './picked';
import { memberNamed, type ParsedPlan, type Receiver } from './people';
import { receiversFor } from './receivers';

/** One account of a hand-over, as the core carries it out. */
export interface PlannedMove {
  accountId: string;
  accountName: string;
  /** Who hands it over: the leaver, or in a move the account's owner (none: nobody owns it). */
  giver: Receiver | null;
  receiver: Receiver | null;
  /** Why the account stays, when no receiver was found. */
  stays: string | null;
  revenue: number;
  before: HandOverCover[];
  after: HandOverCover[];
  opportunityIds: string[];
  followUpIds: string[];
}

export interface Planned {
  /** The leaver; null in a move, where each account's owner gives it. */
  from: Receiver | null;
  reason: string;
  moves: PlannedMove[];
  /** The accounts' assignments not ended before today, as the plan read them. */
  covers: ReadonlyMap<string, Covering[]>;
}

/**
 * What a hand-over would do, read from the book as it is now (never from a preview the
 * caller holds): the accounts, each one's giver and receiver, its cover before and
 * after, and the giver's open opportunities and follow-ups that go along. A few
 * set-based reads, whatever the size of the book. Each account's revenue is read for a
 * preview, or to spread by revenue; else it is 0 (confirming needs no more).
 */
export function planHandOver(core: Core, plan: ParsedPlan, forPreview: boolean): Planned {
  const from = plan.fromMemberId ? memberNamed(core, plan.fromMemberId, 'fromMemberId') : null;
  const day = today();
  const spreadByRevenue = plan.receivers.by === 'even' && plan.receivers.weigh === 'revenue';
  const accounts = pickedAccounts(
    core,
    plan.fromMemberId,
    plan.accounts,
    day,
    forPreview || spreadByRevenue,
  );
  if (accounts.length === 0) {
    throw RapportError.validation(
      'accounts',
      from ? messages.handOverNothing({ name: from.name }) : messages.handOverNone({}),
    );
  }
  const ids = accounts.map((a) => a.id);
  const all = coversByAccount(core, ids);
  const covers = coverInForce(all, day);
  const givers = accounts.map((a): Receiver | null => {
    if (from) return from;
    const owner = (covers.get(a.id) ?? []).find((c) => c.isOwner);
    return owner ? { memberId: owner.memberId, name: owner.memberName } : null;
  });
  const revenue = accounts.map((a, i) => {
    const own = (covers.get(a.id) ?? []).filter(
      (c) => c.memberId === givers[i]?.memberId && !c.overlay,
    );
    return (a.revenue * own.reduce((sum, c) => sum + c.creditShare, 0)) / 100;
  });
  const receivers = receiversFor(core, plan, from, accounts, revenue);
  const opportunities = heldBy(
    core,
    `SELECT id, account_id, owner_id AS holder FROM opportunities
     WHERE status = 'open' AND deleted = 0 AND archived = 0 AND owner_id IS NOT NULL
       AND account_id IN (SELECT unhex(value) FROM json_each(:ids))`,
    ids,
  );
  const followUps = heldBy(
    core,
    `SELECT id, account_id, member_id AS holder FROM interactions
     WHERE next_step_due IS NOT NULL AND next_step_done = 0 AND member_id IS NOT NULL
       AND deleted = 0 AND archived = 0
       AND account_id IN (SELECT unhex(value) FROM json_each(:ids))`,
    ids,
  );
  const moves = accounts.map((account, i): PlannedMove => {
    const before = covers.get(account.id) ?? [];
    const giver = givers[i]!;
    const pick = receivers[i]!;
    const already = 'memberId' in pick && pick.memberId === giver?.memberId;
    const receiver = 'memberId' in pick && !already ? pick : null;
    const goes = (held: Map<string, { id: string; holder: string }[]>) =>
      receiver && giver
        ? (held.get(account.id) ?? []).filter((r) => r.holder === giver.memberId).map((r) => r.id)
        : [];
    return {
      accountId: account.id,
      accountName: account.name,
      giver,
      receiver,
      stays: already
        ? messages.handOverAlready({ name: giver.name })
        : 'stays' in pick
          ? pick.stays
          : null,
      revenue: revenue[i]!,
      before,
      after: receiver ? handedOver(before, giver?.memberId ?? null, receiver) : before,
      opportunityIds: goes(opportunities),
      followUpIds: goes(followUps),
    };
  });
  return { from, reason: plan.reason, moves, covers: all };
}

/**
 * The cover after the giver's part goes to the receiver: their revenue share is added
 * to the receiver's (who takes the ownership with it), and their overlay to the
 * receiver's overlay; everyone else's cover stays as it is. An account nobody owned
 * (no giver) makes the receiver its owner with the revenue share the others leave.
 */
export function handedOver(
  before: readonly HandOverCover[],
  fromId: string | null,
  receiver: Receiver,
): HandOverCover[] {
  const leaving = before.filter((c) => c.memberId === fromId);
  const after = before.filter((c) => c.memberId !== fromId).map((c) => ({ ...c }));
  if (fromId === null) {
    const given = after.filter((c) => !c.overlay).reduce((sum, c) => sum + c.creditShare, 0);
    leaving.push({
      memberId: receiver.memberId,
      memberName: receiver.name,
      role: 'account_manager',
      isOwner: true,
      overlay: false,
      creditShare: Math.max(0, 100 - given),
    });
  }
  for (const overlay of [false, true]) {
    const parts = leaving.filter((c) => c.overlay === overlay);
    if (parts.length === 0) continue;
    const share = parts.reduce((sum, c) => sum + c.creditShare, 0);
    const owned = parts.find((c) => c.isOwner);
    const theirs = after.find((c) => c.memberId === receiver.memberId && c.overlay === overlay);
    if (theirs) {
      theirs.creditShare = Math.round((theirs.creditShare + share) * 100) / 100;
      if (owned) Object.assign(theirs, { isOwner: true, role: owned.role });
    } else {
      after.push({
        memberId: receiver.memberId,
        memberName: receiver.name,
        role: (owned ?? parts[0]!).role,
        isOwner: owned !== undefined,
        overlay,
        creditShare: Math.round(share * 100) / 100,
      });
    }
  }
  return after;
}

/** Each account's cover in force today (one handed over today has given way). */
function coverInForce(
  all: ReadonlyMap<string, Covering[]>,
  day: string,
): Map<string, HandOverCover[]> {
  return new Map(
    [...all].map(([account, list]) => [
      account,
      inForce(list, day).map(({ id: _id, validFrom: _from, validTo: _to, ...cover }) => cover),
    ]),
  );
}

/** Rows of the accounts with who holds each (an opportunity's owner, a follow-up's member). */
function heldBy(
  core: Core,
  sql: string,
  ids: readonly string[],
): Map<string, { id: string; holder: string }[]> {
  const rows = core.statement(sql).all({ ids: hexIdList(ids) }) as {
    id: Buffer;
    account_id: Buffer;
    holder: Buffer;
  }[];
  const byAccount = new Map<string, { id: string; holder: string }[]>();
  for (const r of rows) {
    const key = idText(r.account_id);
    let list = byAccount.get(key);
    if (!list) byAccount.set(key, (list = []));
    list.push({ id: idText(r.id), holder: idText(r.holder) });
  }
  return byAccount;
}
