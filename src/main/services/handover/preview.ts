import type { HandOverPreview } from '../../../shared/domain/handover';
import type { ParsedInputOf } from '../../../shared/api';
import type { Core } from '../../core/core';
import { refuseHandOver } from './apply';
import { planHandOver } from './plan';

/**
 * What confirming the hand-over would do, refused for the same reasons confirming
 * would be: who gets what, with the credit splits rewritten, and what goes along.
 * Counts are of the whole hand-over; the moves listed are its first `limit` accounts.
 */
export function previewHandOver(
  core: Core,
  { limit, plan }: ParsedInputOf<'previewHandOver'>,
): HandOverPreview {
  const planned = planHandOver(core, plan, true);
  refuseHandOver(core, planned);
  const receivers = new Map<string, HandOverPreview['receivers'][number]>();
  for (const move of planned.moves) {
    if (!move.receiver) continue;
    const gain = receivers.get(move.receiver.memberId) ?? {
      memberId: move.receiver.memberId,
      name: move.receiver.name,
      accounts: 0,
      revenue: 0,
    };
    gain.accounts += 1;
    gain.revenue += move.revenue;
    receivers.set(move.receiver.memberId, gain);
  }
  const moving = planned.moves.filter((m) => m.receiver);
  return {
    fromMemberId: planned.from?.memberId ?? null,
    fromName: planned.from?.name ?? null,
    reason: planned.reason,
    receivers: [...receivers.values()].map((r) => ({ ...r, revenue: Math.round(r.revenue) })),
    moves: planned.moves.slice(0, limit).map((m) => ({
      accountId: m.accountId,
      accountName: m.accountName,
      receiverId: m.receiver?.memberId ?? null,
      receiverName: m.receiver?.name ?? null,
      stays: m.stays,
      revenue: Math.round(m.revenue),
      before: m.before,
      after: m.after,
      opportunities: m.opportunityIds.length,
      followUps: m.followUpIds.length,
    })),
    accounts: moving.length,
    staying: planned.moves.length - moving.length,
    opportunities: moving.reduce((n, m) => n + m.opportunityIds.length, 0),
    followUps: moving.reduce((n, m) => n + m.followUpIds.length, 0),
  };
}
