import type { ParsedInputOf } from '../../../shared/api';
import {
  BOARD_VISIT_DAYS,
  REVENUE_DAYS,
  type BoardRow,
  type PipelineStep,
  type TeamBoard,
} from '../../../shared/domain/board';
import { SellingStep, type MemberFunction, type SalesForce } from '../../../shared/domain/enums';
import type { Core } from '../../core/core';
import { today } from '../../core/permissions';
import { DAY_MS, dayText, idBytes, idText } from '../../db/codec';
import { inForceOn } from '../assignments/ownerSql';
import { openFollowUp } from '../week/followUps';
import { isKeyAccount } from './keyAccount';
import { IN_LIST, idList, teamScope } from './scope';

/**
 * The live accounts each member in `:members` covers today, in any role, with their
 * revenue credit share of it (overlays are credited on top, not as revenue). Made once
 * per board and read by every figure below: one statement for the whole team, not a
 * round of queries per rep.
 */
const BOOK = `book AS MATERIALIZED (
  SELECT s.member_id, s.account_id, ${isKeyAccount('a')} AS isKey,
    sum(CASE WHEN s.overlay = 0 THEN s.credit_share ELSE 0 END) AS share
  FROM assignments s JOIN accounts a ON a.id = s.account_id
  WHERE s.member_id IN (${IN_LIST('members')}) AND ${inForceOn('s')}
    AND a.deleted = 0 AND a.archived = 0
  GROUP BY s.member_id, s.account_id)`;

/** Book size, key accounts, and how many of them somebody visited since `:since`. */
const ACCOUNTS = `SELECT member_id AS memberId, 'book' AS figure, NULL AS step, NULL AS currency,
    NULL AS amount, count(*) AS count, sum(isKey) AS keyAccounts,
    sum(EXISTS (SELECT 1 FROM interactions i WHERE i.account_id = b.account_id
      AND i.kind = 'visit' AND i.deleted = 0 AND i.archived = 0
      AND i.occurred_at >= :since AND i.occurred_at < :until)) AS visited, NULL AS weighted
  FROM book b GROUP BY member_id`;

/**
 * Open opportunities at the accounts of each book, by step and currency: their value,
 * and their value times the member's revenue credit share of each account.
 */
const PIPELINE = `SELECT b.member_id, 'pipeline', o.step, o.currency, sum(coalesce(o.value, 0)),
    count(*), NULL, NULL, sum(coalesce(o.value, 0) * b.share / 100)
  FROM book b CROSS JOIN opportunities o ON o.account_id = b.account_id
  WHERE o.status = 'open' AND o.deleted = 0 AND o.archived = 0
  GROUP BY b.member_id, o.step, o.currency`;

/**
 * Purchases of the days from `:yearStart` to `:day`, each for the share of its period
 * inside them, times the member's revenue credit share of the account.
 */
const REVENUE = `SELECT b.member_id, 'revenue', NULL, p.currency,
    sum(p.amount * (min(p.period_end, :day) - max(p.period_start, :yearStart) + 1)
      / (p.period_end - p.period_start + 1) * b.share / 100), NULL, NULL, NULL, NULL
  FROM book b CROSS JOIN purchases p ON p.account_id = b.account_id
  WHERE b.share > 0 AND p.period_start <= :day AND p.period_end >= :yearStart
    AND p.deleted = 0 AND p.archived = 0
  GROUP BY b.member_id, p.currency`;

/** Open follow-ups due before today at the accounts of each book, or the member's own. */
const OVERDUE = `SELECT memberId, 'overdue', NULL, NULL, NULL, count(*), NULL, NULL, NULL FROM (
    SELECT b.member_id AS memberId, i.id FROM book b
      CROSS JOIN interactions i ON i.account_id = b.account_id
      WHERE ${openFollowUp('i')} AND i.next_step_due < :day
    UNION
    SELECT i.member_id, i.id FROM interactions i
      WHERE i.member_id IN (${IN_LIST('members')}) AND ${openFollowUp('i')}
        AND i.next_step_due < :day)
  GROUP BY memberId`;

/**
 * Every figure of the board, one row per member and figure (and step, and currency). The
 * book is read first and each account of it looked up (CROSS JOIN keeps that order: the
 * planner cannot tell a team's book from the whole table).
 */
const FIGURES = `WITH ${BOOK}
  ${ACCOUNTS} UNION ALL ${PIPELINE} UNION ALL ${REVENUE} UNION ALL ${OVERDUE}`;

interface FigureRow {
  memberId: Buffer;
  figure: 'book' | 'pipeline' | 'revenue' | 'overdue';
  step: SellingStep | null;
  currency: string | null;
  amount: number | null;
  count: number | null;
  keyAccounts: number | null;
  visited: number | null;
  weighted: number | null;
}

const MEMBER = `SELECT m.id, m.name, m.team_id AS teamId, t.name AS teamName,
    m.sales_force AS salesForce, m.function
  FROM team_members m LEFT JOIN teams t ON t.id = m.team_id`;

/**
 * A live member of the teams in `:teams`: not removed, started, and not left. A rep
 * sees their own row whatever it holds.
 */
const MEMBERS = {
  self: `${MEMBER} WHERE m.id = :member`,
  teams: `${MEMBER} WHERE m.team_id IN (${IN_LIST('teams')}) AND m.deleted = 0 AND m.archived = 0
    AND (m.started_on IS NULL OR m.started_on <= :day) AND (m.left_on IS NULL OR m.left_on > :day)
    ORDER BY t.name, m.name`,
};

interface MemberRow {
  id: Buffer;
  name: string;
  teamId: Buffer | null;
  teamName: string | null;
  salesForce: SalesForce;
  function: MemberFunction;
}

/** The board of the teams the actor may see, or of one of them: one row per rep. */
export function teamBoard(core: Core, { teamId }: ParsedInputOf<'teamBoard'>): TeamBoard {
  const scope = teamScope(core, teamId);
  const day = today();
  const board = { day: dayText(day), teams: scope.teams, teamId: scope.teamId };
  const { who } = scope;
  if (who === 'nobody') return { ...board, rows: [] };
  const members = (
    typeof who === 'object' && 'member' in who
      ? core.statement(MEMBERS.self).all({ member: idBytes(who.member) })
      : core.statement(MEMBERS.teams).all({
          day,
          teams: idList(who === 'everything' ? scope.teams.map((t) => t.id) : who.teams),
        })
  ) as MemberRow[];
  return { ...board, rows: boardRows(core, members, day) };
}

/** The figures of these members as of `day`, in their order. */
function boardRows(core: Core, members: readonly MemberRow[], day: number): BoardRow[] {
  const rows = core.statement(FIGURES).all({
    members: JSON.stringify(members.map((m) => m.id.toString('hex'))),
    day,
    since: (day - BOARD_VISIT_DAYS + 1) * DAY_MS,
    until: (day + 1) * DAY_MS,
    yearStart: day - REVENUE_DAYS + 1,
  }) as FigureRow[];
  const byMember = new Map(members.map((m) => [m.id.toString('hex'), emptyRow(m)]));
  for (const r of rows) {
    const row = byMember.get(r.memberId.toString('hex'))!;
    if (r.figure === 'book') {
      row.bookSize = r.count!;
      row.keyAccounts = r.keyAccounts!;
      row.visited = r.visited!;
      row.visitedShare = r.visited! / r.count!;
    } else if (r.figure === 'pipeline') {
      row.pipeline.push({
        step: r.step!,
        currency: r.currency!,
        value: cents(r.amount!),
        weighted: cents(r.weighted!),
        deals: r.count!,
      });
    } else if (r.figure === 'revenue') {
      row.revenue.push({ currency: r.currency!, amount: cents(r.amount!) });
    } else row.overdueFollowUps = r.count!;
  }
  const order = (p: PipelineStep) => SellingStep.options.indexOf(p.step);
  for (const row of byMember.values()) {
    row.pipeline.sort((a, b) => order(a) - order(b) || (a.currency < b.currency ? -1 : 1));
    row.revenue.sort((a, b) => (a.currency < b.currency ? -1 : 1));
  }
  return [...byMember.values()];
}

function emptyRow(m: MemberRow): BoardRow {
  return {
    memberId: idText(m.id),
    name: m.name,
    teamId: m.teamId && idText(m.teamId),
    teamName: m.teamName,
    salesForce: m.salesForce,
    function: m.function,
    bookSize: 0,
    keyAccounts: 0,
    pipeline: [],
    revenue: [],
    visited: 0,
    visitedShare: null,
    overdueFollowUps: 0,
  };
}

/** Money is summed in floating point; the board shows cents. */
const cents = (v: number) => Math.round(v * 100) / 100;
