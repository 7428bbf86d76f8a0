import { messages } from '../../shared/domain/messages';
import { RapportError } from '../../shared/errors';
import { accountReadRefusal } from '../../shared/roles/readRule';
import { refusalOf, type WriteFacts, type WriteIntent } from '../../shared/roles/writeRule';
import type { Table } from '../../shared/schema/table';
import { hexIdList, idBytes, idText } from '../db/codec';
import { currentActor, type Actor, type Core } from './core';

/**
 * The role check of the one write path, applied to every row of every table so no
 * method can forget it: the rule itself is shared with the sync server
 * (src/shared/roles/writeRule.ts); here it is asked with facts from the local book,
 * dated today. A database without a profile refuses every write. The role is read
 * fresh for every write or batch of writes, never cached beyond it.
 */
export function requireActor(core: Core): Actor {
  const actor = currentActor(core);
  if (!actor) {
    throw new RapportError('forbidden', messages.noProfile({}));
  }
  return actor;
}

export function authorizeWrite(core: Core, t: Table, intent: WriteIntent): void {
  authorizer(core)(t, intent);
}

/** The role check for a batch of writes: throws the rule's reason for a refused one. */
export type Authorize = (t: Table, intent: WriteIntent) => void;

/**
 * The role check for a batch of writes in one transaction: the actor and their role
 * are read once, when the batch starts, and the rule is asked of every row with
 * `facts` (the local book's, unless the caller read them ahead for the whole batch).
 */
export function authorizer(core: Core, facts: WriteFacts = localFacts(core)): Authorize {
  const actor = requireActor(core);
  const day = today();
  return (t, intent) => {
    const reason = refusalOf(actor, t, intent, facts, day);
    if (reason !== null) throw new RapportError('forbidden', reason);
  };
}

/**
 * The read half of the role rule, for what a laptop keeps about an account beyond the
 * account itself (src/shared/roles/readRule.ts), asked with the local book's facts. A
 * book without a profile is refused nothing: it is a laptop being set up, whose book is
 * whatever its owner put there (the `read` access of the contract).
 */
export function authorizeAccountRead(core: Core, accountId: string): void {
  const actor = currentActor(core);
  if (!actor) return;
  const reason = accountReadRefusal(actor, accountId, localFacts(core), today());
  if (reason !== null) throw new RapportError('forbidden', reason);
}

export const today = (): number => Math.floor(Date.now() / 86_400_000);

/** An assignment that counts on `:day`. */
export const CURRENT = `s.deleted = 0 AND s.valid_from <= :day AND (s.valid_to IS NULL OR s.valid_to >= :day)`;

/** A lead's teams: those they lead, and their own. `:lead` is the lead's id. */
export const LEAD_TEAMS = `SELECT id FROM teams WHERE lead_id = :lead AND deleted = 0
  UNION SELECT team_id FROM team_members WHERE id = :lead AND team_id IS NOT NULL`;

/** The facts the write rule reads, from the local book. */
export function localFacts(core: Core): WriteFacts {
  return {
    covers: (memberId, accountId, day) =>
      core
        .statement(
          `SELECT 1 FROM assignments s
           WHERE s.account_id = :account AND s.member_id = :member AND ${CURRENT} LIMIT 1`,
        )
        .get({ account: idBytes(accountId), member: idBytes(memberId), day }) !== undefined,
    isCovered: (accountId, day) =>
      core
        .statement(
          `SELECT 1 FROM assignments s WHERE s.account_id = :account AND ${CURRENT} LIMIT 1`,
        )
        .get({ account: idBytes(accountId), day }) !== undefined,
    inTeamBook: (leadId, accountId, day) => {
      const row = core
        .statement(
          `SELECT count(*) AS anyone, sum(m.team_id IN (${LEAD_TEAMS})) AS ours
           FROM assignments s JOIN team_members m ON m.id = s.member_id
           WHERE s.account_id = :account AND ${CURRENT}`,
        )
        .get({ lead: idBytes(leadId), account: idBytes(accountId), day }) as {
        anyone: number;
        ours: number | null;
      };
      return row.anyone === 0 || (row.ours ?? 0) > 0;
    },
    teamsLedBy: (leadId) =>
      (core.statement(LEAD_TEAMS).all({ lead: idBytes(leadId) }) as { id: Buffer }[]).map((r) =>
        idText(r.id),
      ),
    accountName: (accountId) => {
      const row = core
        .statement('SELECT name FROM accounts WHERE id = ?')
        .get(idBytes(accountId)) as { name: string } | undefined;
      return row?.name ?? `Account ${accountId}`;
    },
  };
}

/**
 * The facts of the write rule about many accounts, read in one step when first asked
 * and answered from memory after: for a batch (a hand-over, its undo) that asks about
 * thousands of accounts. They are the book as it was when first asked, dated today; a
 * batch whose own writes only end cover today (still counted today) or add cover gets
 * answers no wider than the live book's. Other accounts and days are asked live.
 */
export function bookFacts(core: Core, accountIds: readonly string[]): WriteFacts {
  const live = localFacts(core);
  const day = today();
  let cover: Map<string, { memberId: string; teamId: string | null }[]> | null = null;
  const coverOf = (accountId: string) => {
    cover ??= coverByAccount(core, accountIds, day);
    return cover.get(accountId);
  };
  const known = new Set(accountIds);
  const teams = new Map<string, string[]>();
  const teamsLedBy = (leadId: string) => {
    let ids = teams.get(leadId);
    if (!ids) teams.set(leadId, (ids = live.teamsLedBy(leadId)));
    return ids;
  };
  const asked = (accountId: string, on: number) => on === day && known.has(accountId);
  return {
    covers: (memberId, accountId, on) =>
      asked(accountId, on)
        ? (coverOf(accountId) ?? []).some((c) => c.memberId === memberId)
        : live.covers(memberId, accountId, on),
    isCovered: (accountId, on) =>
      asked(accountId, on) ? (coverOf(accountId) ?? []).length > 0 : live.isCovered(accountId, on),
    inTeamBook: (leadId, accountId, on) => {
      if (!asked(accountId, on)) return live.inTeamBook(leadId, accountId, on);
      const covering = coverOf(accountId) ?? [];
      const led = teamsLedBy(leadId);
      return covering.length === 0 || covering.some((c) => c.teamId && led.includes(c.teamId));
    },
    teamsLedBy,
    accountName: live.accountName,
  };
}

/** Who covers each of the accounts on the day, with their team. */
function coverByAccount(core: Core, accountIds: readonly string[], day: number) {
  const rows = core
    .statement(
      `SELECT s.account_id, s.member_id, m.team_id FROM assignments s
       JOIN team_members m ON m.id = s.member_id
       WHERE s.account_id IN (SELECT unhex(value) FROM json_each(:ids)) AND ${CURRENT}`,
    )
    .all({ ids: hexIdList(accountIds), day }) as {
    account_id: Buffer;
    member_id: Buffer;
    team_id: Buffer | null;
  }[];
  const byAccount = new Map<string, { memberId: string; teamId: string | null }[]>();
  for (const r of rows) {
    const key = idText(r.account_id);
    let list = byAccount.get(key);
    if (!list) byAccount.set(key, (list = []));
    list.push({ memberId: idText(r.member_id), teamId: r.team_id ? idText(r.team_id) : null });
  }
  return byAccount;
}
