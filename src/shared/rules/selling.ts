import { SellingStep, type OpportunityStatus } from '../domain/enums';
import { messages } from '../domain/messages';

interface Standing {
  readonly step: SellingStep;
  readonly status: OpportunityStatus;
}

const order = SellingStep.options;
const LATE_STEPS = new Set<SellingStep>(['closing', 'follow_up']);

/**
 * Why a deal's move needs a reason in its step history, or null when it needs none.
 * Going back from closing or follow-up, or from a won or lost deal, is a sign that the
 * relationship drifted (PRODUCT §5); closing a deal as won or lost says why it ended so.
 * The core asks it before it writes, and the deal's dialog before it offers Save.
 */
export function reasonNeeded(before: Standing, next: Partial<Standing>): string | null {
  const step = next.step ?? before.step;
  const status = next.status ?? before.status;
  if (order.indexOf(step) < order.indexOf(before.step)) {
    if (LATE_STEPS.has(before.step)) return messages.backFromClosing({});
    if (before.status === 'won') return messages.backFromWon({});
    if (before.status === 'lost') return messages.backFromLost({});
  }
  if (status !== before.status && status !== 'open') return messages.closeWithoutReason({});
  return null;
}
