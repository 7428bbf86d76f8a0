import { OWNER_JOIN, inForceOn } from '../assignments/ownerSql';
import { TEAM_TEMPLATE } from '../assignments/staffing';
import { isKeyAccount } from '../board/keyAccount';
import { IN_LIST, idList, type TeamScope } from '../board/scope';
import type { Core } from '../../core/core';
import { idBytes } from '../../db/codec';

/** Where a report reads its accounts: a list of them, or the whole book (an admin's). */
export type BookSource = 'list' | 'all';

export interface Book {
  readonly source: BookSource;
  readonly params: { accounts?: string };
}

const BOOK_ACCOUNTS: Record<BookSource, string> = {
  list: `SELECT unhex(value) AS id FROM json_each(:accounts)`,
  all: 'SELECT id FROM accounts',
};

/** The accounts a member covers today. */
const COVERED = `SELECT hex(s.account_id) FROM assignments s
  WHERE s.member_id = :member AND ${inForceOn('s')}`;

/**
 * A team's book as the write rule has it (src/shared/roles/writeRule.ts): the accounts
 * its members cover today, and the live ones nobody covers, which any lead may staff.
 * Those are found by walking the live accounts and the assignments side by side, both
 * in account order (EXCEPT), rather than looking up each account's cover.
 */
const TEAM_BOOK = `SELECT hex(s.account_id) FROM assignments s
    JOIN team_members m ON m.id = s.member_id
    WHERE m.team_id IN (${IN_LIST('teams')}) AND ${inForceOn('s')}
  UNION
  SELECT hex(id) FROM (
    SELECT id FROM accounts WHERE deleted = 0 AND archived = 0
    EXCEPT SELECT s.account_id FROM assignments s WHERE ${inForceOn('s')})`;

/** The accounts of the scope's book today, or null when there is nobody to ask for. */
export function bookOf(core: Core, who: TeamScope['who'], day: number): Book | null {
  if (who === 'nobody') return null;
  if (who === 'everything') return { source: 'all', params: {} };
  const ids =
    'member' in who
      ? core
          .statement(COVERED)
          .pluck()
          .all({ member: idBytes(who.member), day })
      : core
          .statement(TEAM_BOOK)
          .pluck()
          .all({ teams: idList(who.teams), day });
  return { source: 'list', params: { accounts: JSON.stringify(ids) } };
}

/**
 * What decides an account's gaps, per live account of the book whose relationship was
 * not ended: its owner today (with their territory, the day they left and their team's
 * template), the roles in force on a strategic account, and a key account's last visit
 * before the end of `:day` (`:until`).
 */
export const FACTS = (source: BookSource) => `
  SELECT a.id, a.name, a.sales_force AS salesForce, a.country, a.region, a.postcode,
    a.industry, a.kind, a.exclude_from_rules AS excluded, ${isKeyAccount('a')} AS isKey,
    o.member_id AS ownerId, m.name AS ownerName, m.left_on AS leftOn, m.territory_id AS territoryId,
    CASE WHEN a.sales_force = 'strategic' THEN ${TEAM_TEMPLATE('m')} END AS template,
    CASE WHEN a.sales_force = 'strategic' AND o.rid IS NOT NULL THEN
      (SELECT json_group_array(r.role) FROM assignments r
        WHERE r.account_id = a.id AND ${inForceOn('r')}) END AS roles,
    CASE WHEN ${isKeyAccount('a')} THEN
      (SELECT max(i.occurred_at) FROM interactions i WHERE i.account_id = a.id
        AND i.kind = 'visit' AND i.deleted = 0 AND i.archived = 0 AND i.occurred_at < :until)
      END AS lastVisit
  FROM (${BOOK_ACCOUNTS[source]}) book JOIN accounts a ON a.id = book.id
  ${OWNER_JOIN}
  WHERE a.deleted = 0 AND a.archived = 0 AND a.lifecycle <> 'ended'
  ORDER BY a.sort_name, a.id`;

/**
 * The decision makers at the book's live accounts nobody had an interaction with since
 * `:spokenSince`, with the last one; not those who are not to be contacted.
 */
export const SILENT_DECISION_MAKERS = (source: BookSource) => `
  SELECT * FROM (
    SELECT c.id AS contactId, c.name AS contactName, a.id AS accountId, a.name AS accountName,
      a.sort_name AS sortName,
      (SELECT max(i.occurred_at) FROM interaction_contacts ic
        JOIN interactions i ON i.id = ic.interaction_id
        WHERE ic.contact_id = c.id AND i.deleted = 0 AND i.archived = 0
          AND i.occurred_at < :until) AS last
    FROM (${BOOK_ACCOUNTS[source]}) book JOIN accounts a ON a.id = book.id
    JOIN contacts c ON c.account_id = a.id
    WHERE a.deleted = 0 AND a.archived = 0 AND a.lifecycle <> 'ended'
      AND c.buying_role = 'decision_maker' AND c.deleted = 0 AND c.archived = 0
      AND c.do_not_contact = 0)
  WHERE last IS NULL OR last < :spokenSince
  ORDER BY sortName, accountId, contactName`;
