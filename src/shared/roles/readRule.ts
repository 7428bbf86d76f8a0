import { messages } from '../domain/messages';
import type { WriteActor, WriteFacts } from './writeRule';

/**
 * Who may read what a laptop keeps about an account beyond the account itself (its
 * history: who covered it, who changed what): the book the write rule gives each role
 * (src/shared/roles/writeRule.ts), read with the same facts.
 * - admin: every account;
 * - lead: their team's book (covered by someone in their teams, or by nobody);
 * - rep: the accounts they cover on that day.
 */
export function accountReadRefusal(
  actor: WriteActor,
  accountId: string,
  facts: Pick<WriteFacts, 'covers' | 'inTeamBook' | 'accountName'>,
  day: number,
): string | null {
  if (actor.appRole === 'admin') return null;
  if (actor.appRole === 'rep') {
    if (facts.covers(actor.id, accountId, day)) return null;
    return messages.notCoveredRead({ account: facts.accountName(accountId) });
  }
  if (facts.inTeamBook(actor.id, accountId, day)) return null;
  return messages.notInTeamBook({ account: facts.accountName(accountId) });
}
