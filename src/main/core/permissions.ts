import { RapportError } from '../../shared/errors';
import { accountReadRefusal } from '../../shared/roles/readRule';
import { refusalOf, type WriteFacts, type WriteIntent } from '../../shared/roles/writeRule';
import type { Table } from '../../shared/schema/table';
import { idBytes, idText } from '../db/codec';
import { currentActor, type Actor, type Core } from './core';

/**
 * The role check of the one write path, applied to every row of every table so no
 * method can forget it: the rule itself is shared with the sync server
 * (src/shared/roles/writeRule.ts); here it is asked with facts from the local book,
 * dated today. A database without a profile refuses every write. The role is read
 * fresh on every write, never cached.
 */
export function requireActor(core: Core): Actor {
  const actor = currentActor(core);
  if (!actor) {
    throw new RapportError(
      'forbidden',
      'Nobody is signed in to this database yet: choose who you are (set up the profile) before making changes',
    );
  }
  return actor;
}

export function authorizeWrite(core: Core, t: Table, intent: WriteIntent): void {
  const reason = writeRefusal(core, t, intent);
  if (reason !== null) throw new RapportError('forbidden', reason);
}

/** Why the one write path would refuse this write today, or null: asked ahead by a preview. */
export function writeRefusal(core: Core, t: Table, intent: WriteIntent): string | null {
  return refusalOf(requireActor(core), t, intent, localFacts(core), today());
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
