import { healthOf } from '../../shared/domain/health';
import { assessmentsTable, type Assessment } from '../../shared/domain/relationship';
import type { ParsedJobInputOf } from '../../shared/jobs';
import { enumLabel, wordsOf, type Words } from '../../shared/words';
import type { Core } from '../core/core';
import { today } from '../core/permissions';
import { decodeRow, idBytes, mappingOf } from '../db/codec';
import { OWNER_JOIN } from '../services/assignments/ownerSql';
import { say } from './say';
import type { Cell, ReportColumn, ReportTable } from './table';

/** One assessed account as the report writes it: its health as the app reads it. */
interface Health extends ReturnType<typeof healthOf> {
  account: string;
  owner: string | null;
  lifecycle: string;
}

/**
 * Relationship health (PRODUCT §5, docs/health-score.md): every account in use that has
 * a current assessment, with the score of its latest, the one before, the trend, its
 * warning signs and commitment failures, and whether it is at risk and why, as the
 * Account 360 shows them. Worst first: the accounts at risk, then by score, lowest first.
 */
export function healthReport(core: Core, input: ParsedJobInputOf<'export'>): ReportTable {
  const w = wordsOf(input.language);
  const c = w.report.columns;
  const accounts = assessedAccounts(core).sort(worstFirst);
  const columns: ReportColumn[] = [
    { header: c.account, kind: 'text' },
    { header: w.fields.owner, kind: 'text' },
    { header: w.fields.lifecycle, kind: 'text' },
    { header: c.assessedOn, kind: 'date' },
    { header: c.healthScore, kind: 'number' },
    { header: c.previousScore, kind: 'number' },
    { header: c.change, kind: 'number' },
    { header: c.trend, kind: 'text' },
    { header: c.warningSigns, kind: 'text' },
    { header: c.commitmentFailures, kind: 'text' },
    { header: c.atRisk, kind: 'boolean' },
    { header: c.whyAtRisk, kind: 'text' },
  ];
  return {
    title: w.report.titles.health,
    columns,
    count: accounts.length,
    *rows() {
      for (const h of accounts) yield cellsOfHealth(w, h);
    },
  };
}

function cellsOfHealth(w: Words, h: Health): Cell[] {
  const { explanation, risk, trend, latest } = h;
  const score = explanation!.score;
  const previous = trend.at(-2)?.score ?? null;
  const signs = (names: readonly string[]) =>
    names.length === 0 ? null : names.map((s) => enumLabel(w, 'healthSign', s)).join(', ');
  const why = risk && [
    ...risk.severeSigns.map((s) => enumLabel(w, 'healthSign', s)),
    ...(risk.fall ? [say(w.report.say.fell, risk.fall)] : []),
  ];
  return [
    h.account,
    h.owner,
    enumLabel(w, 'lifecycle', h.lifecycle),
    latest!.assessedOn,
    score,
    previous,
    previous === null ? null : score - previous,
    trend.map((t) => t.score).join(' → '),
    signs(explanation!.signs.warningSigns),
    signs(explanation!.signs.commitmentFailures),
    risk !== null,
    why ? why.join('; ') : null,
  ];
}

/** At risk before not, then the lower score, then the larger fall, then by name. */
function worstFirst(a: Health, b: Health): number {
  const change = (h: Health) =>
    h.explanation!.score - (h.trend.at(-2)?.score ?? h.explanation!.score);
  return (
    Number(b.risk !== null) - Number(a.risk !== null) ||
    a.explanation!.score - b.explanation!.score ||
    change(a) - change(b) ||
    (a.account < b.account ? -1 : a.account > b.account ? 1 : 0)
  );
}

/**
 * The current assessments of the accounts in use, read in one pass by account (oldest
 * first, as the Account 360 reads one account's), each account's health kept.
 */
function assessedAccounts(core: Core): Health[] {
  const rows = core
    .statement(
      `SELECT ${mappingOf(assessmentsTable).select} FROM assessments
       WHERE deleted = 0 AND archived = 0 AND account_id IN
         (SELECT id FROM accounts WHERE deleted = 0 AND archived = 0)
       ORDER BY account_id, assessed_on, id`,
    )
    .iterate() as IterableIterator<Record<string, unknown>>;
  const about = core.statement(
    `SELECT a.name AS account, m.name AS owner, a.lifecycle FROM accounts a ${OWNER_JOIN}
     WHERE a.id = :account`,
  );
  const found: Health[] = [];
  let group: Assessment[] = [];
  const close = () => {
    if (group.length === 0) return;
    const facts = about.get({ account: idBytes(group[0]!.accountId), day: today() }) as Omit<
      Health,
      keyof ReturnType<typeof healthOf>
    >;
    found.push({ ...facts, ...healthOf(group) });
    group = [];
  };
  for (const row of rows) {
    const assessment = decodeRow<Assessment>(assessmentsTable, row);
    if (group.length > 0 && group[0]!.accountId !== assessment.accountId) close();
    group.push(assessment);
  }
  close();
  return found;
}
