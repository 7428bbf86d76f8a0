import { enumLabel, wordsOf, type Words } from '../../shared/words';
import type { ParsedJobInputOf } from '../../shared/jobs';
import type { AccountOverview, OverviewContact } from '../../shared/domain/overview';
import { RapportError } from '../../shared/errors';
import { COMMITMENT_FAILURES, WARNING_SIGNS } from '../../shared/domain/health';
import type { Core } from '../core/core';
import { idBytes } from '../db/codec';
import { accountOverview } from '../services/overview/overview';
import type { Cell, CellKind, ReportDocument, ReportTable } from './table';

/** The signs of an assessment, in the order the app lists them. */
const SIGNS = [...WARNING_SIGNS, ...COMMITMENT_FAILURES];

/** A part made of rows already read: an account plan is one account's, and small. */
const part = (
  title: string,
  columns: readonly [string, CellKind][],
  rows: Cell[][],
  layout: ReportTable['layout'] = 'table',
): ReportTable => ({
  title,
  columns: columns.map(([header, kind]) => ({ header, kind })),
  count: rows.length,
  rows: () => rows.values(),
  layout,
});

/**
 * The account plan of one account (`--account ID`), laid out as a document for a
 * key-account review: its details, the org chart of its contacts, the covering team with
 * credit shares, recent interactions, purchases by product line, open opportunities with
 * their selling step, and the latest assessment. It reads what the Account 360 shows, in
 * one transaction (src/main/services/overview/overview.ts).
 */
export function planReport(core: Core, input: ParsedJobInputOf<'export'>): ReportDocument {
  if (!input.accountId) {
    throw RapportError.validation('accountId', 'The account plan needs the account (--account ID)');
  }
  const w = wordsOf(input.language);
  const p = w.report.plan;
  const overview = accountOverview(core, { id: input.accountId });
  const name = overview.account.name;
  return {
    title: `${w.report.titles.plan}: ${name}`,
    parts: [
      part(
        p.details,
        [
          [p.field, 'text'],
          [p.value, 'text'],
        ],
        details(overview, w),
        'facts',
      ),
      part(p.orgChart, contactColumns(w), orgChart(overview.contacts, w), 'tree'),
      part(
        p.team,
        [
          [p.member, 'text'],
          [p.role, 'text'],
          [w.report.columns.function, 'text'],
          [p.owner, 'boolean'],
          [p.share, 'number'],
          [p.from, 'date'],
          [p.to, 'date'],
        ],
        overview.team.map((t) => [
          t.memberName,
          enumLabel(w, 'coverageRole', t.role),
          enumLabel(w, 'memberFunction', t.memberFunction),
          t.isOwner,
          t.creditShare,
          t.validFrom,
          t.validTo ?? null,
        ]),
      ),
      part(
        p.history,
        [
          [p.when, 'date'],
          [p.kind, 'text'],
          [p.subject, 'text'],
          [p.outcome, 'text'],
          [p.by, 'text'],
        ],
        interactions(core, overview, w),
      ),
      part(
        p.purchases,
        [
          [p.productLine, 'text'],
          [w.fields.currency, 'text'],
          [p.thisYear, 'number'],
          [p.lastYear, 'number'],
          [p.yearBefore, 'number'],
          [p.total, 'number'],
        ],
        overview.purchases.lines.map((l) => [
          l.productLine,
          l.currency,
          l.thisYear,
          l.lastYear,
          l.yearBefore,
          l.total,
        ]),
      ),
      part(
        p.opportunities,
        [
          [w.fields.name, 'text'],
          [p.step, 'text'],
          [p.amount, 'number'],
          [w.fields.currency, 'text'],
          [p.expectedClose, 'date'],
        ],
        overview.opportunities
          .filter((o) => o.status === 'open')
          .map((o) => [
            o.name,
            enumLabel(w, 'sellingStep', o.step),
            o.value ?? null,
            o.currency,
            o.expectedClose ?? null,
          ]),
      ),
      part(
        p.assessment,
        [
          [p.field, 'text'],
          [p.value, 'text'],
        ],
        assessment(overview, w),
        'facts',
      ),
    ],
  };
}

function details(
  { account: a, owner, parent, servedVia, territory }: AccountOverview,
  w: Words,
): Cell[][] {
  const f = w.fields;
  const facts: [string, string | number | null | undefined][] = [
    [f.name, a.name],
    [f.kind, enumLabel(w, 'accountKind', a.kind)],
    [f.lifecycle, enumLabel(w, 'lifecycle', a.lifecycle)],
    [f.tier, enumLabel(w, 'tier', a.tier)],
    [f.relationshipStyle, enumLabel(w, 'relationshipStyle', a.relationshipStyle)],
    [f.salesForce, enumLabel(w, 'salesForce', a.salesForce)],
    [f.owner, owner?.name],
    [f.industry, a.industry],
    [f.country, a.country],
    [f.region, a.region],
    [f.city, a.city],
    [f.address, a.address],
    [f.website, a.website],
    [f.phone, a.phone],
    [f.parent, parent?.name],
    [f.servedViaId, servedVia?.name],
    [f.territory, territory?.name],
    [w.report.columns.customerSince, a.customerSince],
    [f.costToServe, a.costToServe],
    [f.profitPotential, a.profitPotential],
    [f.currency, a.currency],
    [f.needs, a.needs],
    [f.capabilities, a.capabilities],
  ];
  return known(facts);
}

/** The facts that have a value, as rows of a label and its value. */
const known = (facts: readonly [string, string | number | null | undefined][]): Cell[][] =>
  facts.flatMap(([label, value]) =>
    value === null || value === undefined || value === '' ? [] : [[label, value]],
  );

const contactColumns = (w: Words): [string, CellKind][] => {
  const c = w.report.columns;
  return [
    [w.report.plan.level, 'number'],
    [w.fields.name, 'text'],
    [c.title, 'text'],
    [c.buyingRole, 'text'],
    [c.influence, 'number'],
    [c.relationshipStrength, 'number'],
    [c.email, 'text'],
    [w.fields.phone, 'text'],
  ];
};

/**
 * The contacts as the org chart reads: each under the one they report to, from the top,
 * by name; a contact whose manager is not among them starts a branch of their own.
 */
function orgChart(contacts: readonly OverviewContact[], w: Words): Cell[][] {
  const ids = new Set(contacts.map((c) => c.id));
  const reports = new Map<string | null, OverviewContact[]>();
  for (const contact of contacts) {
    const manager =
      contact.reportsToId && ids.has(contact.reportsToId) ? contact.reportsToId : null;
    reports.set(manager, [...(reports.get(manager) ?? []), contact]);
  }
  const rows: Cell[][] = [];
  const seen = new Set<string>();
  const visit = (manager: string | null, level: number) => {
    const under = [...(reports.get(manager) ?? [])].sort((a, b) => a.name.localeCompare(b.name));
    for (const c of under) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      rows.push([
        level,
        c.name,
        c.title ?? null,
        enumLabel(w, 'buyingRole', c.buyingRole ?? null),
        c.influence ?? null,
        c.relationshipStrength ?? null,
        c.email ?? null,
        c.mobile ?? c.phone ?? null,
      ]);
      visit(c.id, level + 1);
    }
  };
  visit(null, 1);
  // Contacts in a reporting circle (each above the other) have no top: they follow, unindented.
  for (const c of contacts) if (!seen.has(c.id)) visit(c.reportsToId, 1);
  return rows;
}

/** The newest interactions the Account 360 shows first, with who had them. */
function interactions(core: Core, overview: AccountOverview, w: Words): Cell[][] {
  // (Not plucked: a cached statement is shared, and others read this one's rows whole.)
  const named = core.statement('SELECT name FROM team_members WHERE id = ?');
  const nameOf = (memberId: string | null | undefined) =>
    memberId
      ? ((named.get(idBytes(memberId)) as { name: string } | undefined)?.name ?? null)
      : null;
  const kinds = w.report.plan.interaction as Record<string, string>;
  return overview.timeline.interactions.map((i) => [
    i.occurredAt.slice(0, 10),
    kinds[i.kind] ?? i.kind,
    i.subject,
    i.outcome ?? null,
    nameOf(i.memberId),
  ]);
}

function assessment({ latestAssessment: a }: AccountOverview, w: Words): Cell[][] {
  if (!a) return [];
  const p = w.report.plan;
  const signs = SIGNS.filter((s) => a[s]).map((s) => enumLabel(w, 'healthSign', s));
  const facts: [string, string | number | null | undefined][] = [
    [p.assessedOn, a.assessedOn],
    [p.warningSigns, signs.length > 0 ? signs.join(', ') : p.none],
    [p.longTermCommitment, a.longTermCommitment],
    [p.responseSpeed, a.responseSpeed],
    [p.trust, a.trust],
    [p.mutualInterest, a.mutualInterest],
    [p.notes, a.notes],
  ];
  return known(facts);
}
