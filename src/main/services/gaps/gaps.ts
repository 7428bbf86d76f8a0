import type { ParsedInputOf } from '../../../shared/api';
import { GapKind, type CoverageGaps, type GapRow } from '../../../shared/domain/gaps';
import type { Core } from '../../core/core';
import { today } from '../../core/permissions';
import { DAY_MS, dayOfInstant, dayText, idText } from '../../db/codec';
import { teamScope } from '../board/scope';
import { accountGaps, territoriesOf, type AccountFacts } from './accountGaps';
import { bookOf, FACTS, SILENT_DECISION_MAKERS } from './book';

interface SilentRow {
  contactId: Buffer;
  contactName: string;
  accountId: Buffer;
  accountName: string;
  last: number | null;
}

/**
 * The coverage gaps of the book the actor looks after (issue 20), as of the device's
 * today: key accounts nobody visited, accounts without an owner or whose owner left or
 * sits in a territory that does not hold them, strategic accounts missing a function of
 * their template, and decision makers nobody spoke to; each row names its fix. The book
 * is read in two statements (its accounts with their owners, and its decision makers),
 * and what makes an account a gap is decided over those rows by the shared rules.
 */
export function coverageGaps(core: Core, query: ParsedInputOf<'coverageGaps'>): CoverageGaps {
  const scope = teamScope(core, query.teamId);
  const day = today();
  const counts = Object.fromEntries(GapKind.options.map((k) => [k, 0])) as CoverageGaps['counts'];
  const report = {
    day: dayText(day),
    visitDays: query.visitDays,
    decisionMakerDays: query.decisionMakerDays,
    teams: scope.teams,
    teamId: scope.teamId,
    counts,
  };
  const book = bookOf(core, scope.who, day);
  if (!book) return { ...report, rows: [] };
  const visitSince = (day - query.visitDays + 1) * DAY_MS;
  const params = {
    ...book.params,
    day,
    until: (day + 1) * DAY_MS,
    spokenSince: (day - query.decisionMakerDays + 1) * DAY_MS,
  };
  const facts = core.statement(FACTS(book.source)).all(params) as AccountFacts[];
  const territories = territoriesOf(core, facts);
  const silent = core.statement(SILENT_DECISION_MAKERS(book.source)).all(params) as SilentRow[];
  const rows = [
    ...facts.flatMap((f) => accountGaps(f, territories, day, visitSince)),
    ...silent.map(silentRow),
  ];
  const shown: GapRow[] = [];
  for (const kind of GapKind.options) {
    const ofKind = rows.filter((r) => r.kind === kind);
    counts[kind] = ofKind.length;
    shown.push(...ofKind.slice(0, query.limit));
  }
  return { ...report, rows: shown };
}

function silentRow(r: SilentRow): GapRow {
  return {
    kind: 'decision_maker_silent',
    accountId: idText(r.accountId),
    accountName: r.accountName,
    detail: {
      contactId: idText(r.contactId),
      contactName: r.contactName,
      lastInteraction: r.last === null ? null : dayOfInstant(r.last),
    },
    fix: 'planVisit',
  };
}
