/**
 * Relationship health and the write rules of issue 13, at the size of the book: which
 * accounts are at risk across the whole book (every live assessment read and scored:
 * the worst case a list filter or a lead's report would ask), ending a relationship,
 * and logging an interaction through its rules (contacts at the account, next step not
 * in the past), typical and with the most contacts one interaction may name. Writes go
 * through the API's dispatch as the app makes them, each in a transaction rolled back,
 * so the book is left as it was. Run by bench/run.ts; alone:
 * `npx tsx bench/workspace/relationship.ts FILE` (an older book is migrated).
 */
import { performance } from 'node:perf_hooks';
import { dispatch } from '../../src/main/api/dispatch';
import { createCore, type Core } from '../../src/main/core/core';
import { idText, toColumn } from '../../src/main/db/codec';
import { openDatabase } from '../../src/main/db/open';
import {
  atRisk,
  COMMITMENT_FAILURES,
  explainHealth,
  QUALITY_MEASURES,
  WARNING_SIGNS,
  type DatedAssessment,
} from '../../src/shared/domain/health';
import type { Assessment } from '../../src/shared/domain/relationship';

const ROUNDS = 3;
const SAMPLED = 300;
const REPEATS = 200;
/** The most contacts one interaction may name (the contract's limit). */
const MOST_CONTACTS = 50;

interface Spread {
  p50: number;
  p95: number;
  max: number;
}
export interface RelationshipFigures {
  health: Spread[];
  mostReviewed: Spread[];
  mostReviews: number;
  book: { accounts: number; assessments: number; atRisk: number; roundsMs: number[] };
  ending: Spread[];
  logging: Spread[];
  widestLogging: Spread[];
  widestContacts: number;
}

const spreadOf = (samples: number[]): Spread => {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: s[s.length >> 1]!, p95: s[Math.floor(s.length * 0.95)]!, max: s.at(-1)! };
};

const SIGNS = [...WARNING_SIGNS, ...COMMITMENT_FAILURES];
const columns = ['assessedOn', ...SIGNS, ...QUALITY_MEASURES].map((f) => `${toColumn(f)} AS ${f}`);

/**
 * Every live assessment of the book, scored, and the at-risk accounts counted: what an
 * at-risk filter computed on the fly would cost. Reads only the columns the score needs,
 * in each account's order, ids as hex (a Buffer per id costs more than the read).
 */
function bookAtRisk(core: Core): { accounts: number; assessments: number; atRisk: number } {
  const rows = core.db
    .prepare(
      `SELECT hex(account_id) AS accountId, hex(id) AS id, ${columns.join(', ')}
       FROM assessments WHERE deleted = 0 AND archived = 0 ORDER BY account_id`,
    )
    .all() as (Record<string, number> & { accountId: string; id: string })[];
  let [accounts, risky] = [0, 0];
  for (let i = 0; i < rows.length;) {
    const list: DatedAssessment[] = [];
    const account = rows[i]!.accountId;
    for (; i < rows.length && rows[i]!.accountId === account; i++) {
      const r = rows[i]!;
      const review: Record<string, unknown> = { ...r, archived: false };
      review.assessedOn = String(r.assessedOn).padStart(8, '0');
      for (const sign of SIGNS) review[sign] = r[sign] === 1;
      list.push(review as unknown as DatedAssessment);
    }
    accounts++;
    if (atRisk(list)) risky++;
  }
  return { accounts, assessments: rows.length, atRisk: risky };
}

/** What the 360 page's health badge, hover and trend need for one account, in ms. */
function accountHealth(core: Core, accountId: string): number {
  const start = performance.now();
  const reply = dispatch(core, 'listAssessments', { accountId });
  if (!reply.ok) throw new Error(`listAssessments: ${reply.error.message}`);
  const reviews = reply.value as Assessment[];
  reviews.map(explainHealth);
  atRisk(reviews);
  return performance.now() - start;
}

/** Times one write per input, each rolled back, after a warm-up of the first five. */
function rolledBack(core: Core, method: string, inputs: readonly unknown[]): Spread {
  const once = (input: unknown): number => {
    core.db.exec('BEGIN');
    try {
      const start = performance.now();
      const reply = dispatch(core, method, input);
      const took = performance.now() - start;
      if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
      return took;
    } finally {
      core.db.exec('ROLLBACK');
    }
  };
  inputs.slice(0, 5).forEach(once);
  return spreadOf(inputs.map(once));
}

/** The profile is a lead: the accounts its team covers now, spread out, with their contacts. */
function leadsBook(core: Core): { id: string; contacts: string[] }[] {
  const rows = core.db
    .prepare(
      `SELECT a.id, (SELECT json_group_array(hex(c.id)) FROM (SELECT id FROM contacts
                WHERE account_id = a.id AND deleted = 0 LIMIT ${MOST_CONTACTS}) c) AS contacts
       FROM accounts a WHERE a.deleted = 0 AND a.lifecycle <> 'ended' AND a.id IN (
         SELECT s.account_id FROM assignments s JOIN team_members m ON m.id = s.member_id
         WHERE s.valid_to IS NULL AND s.deleted = 0 AND m.team_id = (SELECT team_id FROM team_members
           WHERE id = unhex((SELECT value FROM meta WHERE key = 'profile_member_id'))))
       ORDER BY (a.rid * 2654435761) % 1000003`,
    )
    .all() as { id: Buffer; contacts: string }[];
  if (rows.length === 0) throw new Error("The profile's team covers no account");
  return rows.map((r) => ({
    id: idText(r.id),
    contacts: (JSON.parse(r.contacts) as string[]).map((hex) => idText(Buffer.from(hex, 'hex'))),
  }));
}

const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
const visit = (account: { id: string; contacts: string[] }) => ({
  accountId: account.id,
  kind: 'visit',
  occurredAt: new Date().toISOString(),
  subject: 'Plant tour',
  contactIds: account.contacts,
  nextStep: 'Send the quote',
  nextStepDue: inAWeek(),
});

/** Accounts with assessments, spread out, and the one with the most. */
function reviewedAccounts(core: Core): { sample: string[]; most: string; reviews: number } {
  const counts = core.db
    .prepare(
      `SELECT account_id AS id, count(*) AS n FROM assessments WHERE deleted = 0 AND archived = 0
       GROUP BY account_id ORDER BY (rid * 2654435761) % 1000003`,
    )
    .all() as { id: Buffer; n: number }[];
  const most = counts.reduce((m, c) => (c.n > m.n ? c : m));
  const sample = counts.slice(0, SAMPLED).map((c) => idText(c.id));
  return { sample, most: idText(most.id), reviews: most.n };
}

export function relationshipFigures(core: Core): RelationshipFigures {
  const reviewed = reviewedAccounts(core);
  const healthOf = (ids: string[]) => {
    ids.slice(0, 5).forEach((id) => accountHealth(core, id));
    return spreadOf(ids.map((id) => accountHealth(core, id)));
  };
  const book = leadsBook(core);
  const sample = Array.from({ length: SAMPLED }, (_, i) => book[i % book.length]!);
  const widest = book.reduce((w, a) => (a.contacts.length > w.contacts.length ? a : w));
  const ends = sample.map((a) => ({ accountId: a.id, reason: 'Moved production abroad' }));
  const rounds = Array.from({ length: ROUNDS }, () => {
    const start = performance.now();
    const found = bookAtRisk(core);
    return { found, ms: performance.now() - start };
  });
  return {
    health: rounds.map(() => healthOf(reviewed.sample)),
    mostReviewed: rounds.map(() => healthOf(Array<string>(REPEATS).fill(reviewed.most))),
    mostReviews: reviewed.reviews,
    book: { ...rounds[0]!.found, roundsMs: rounds.map((r) => r.ms) },
    ending: rounds.map(() => rolledBack(core, 'endRelationship', ends)),
    logging: rounds.map(() => rolledBack(core, 'createInteraction', sample.map(visit))),
    widestLogging: rounds.map(() =>
      rolledBack(core, 'createInteraction', Array<unknown>(REPEATS).fill(visit(widest))),
    ),
    widestContacts: widest.contacts.length,
  };
}

const ms = (v: number) => `${v.toFixed(2)} ms`;
const p95s = (spreads: Spread[]) => spreads.map((s) => s.p95.toFixed(2)).join(', ');
const row = (measure: string, spreads: Spread[], goal = '') => ({
  measure: `${measure}, ${ROUNDS} rounds (p50 / each round's p95 / max)`,
  value: `${ms(spreads[0]!.p50)} / ${p95s(spreads)} ms / ${ms(Math.max(...spreads.map((s) => s.max)))}`,
  goal,
});

/** The rows bench/run.ts prints. */
export function relationshipRows(f: RelationshipFigures) {
  const { accounts, assessments, atRisk: risky, roundsMs } = f.book;
  return [
    row(
      `an account's health (score, parts, trend, at risk), ${SAMPLED} assessed accounts`,
      f.health,
    ),
    row(
      `health of the account with the most assessments (${f.mostReviews}), ${REPEATS}×`,
      f.mostReviewed,
    ),
    {
      measure: `at risk across the whole book: ${assessments} assessments of ${accounts} accounts read and scored, ${risky} at risk (each round)`,
      value: roundsMs.map(ms).join(', '),
      goal: '',
    },
    row(`endRelationship, ${SAMPLED} accounts of the lead's book`, f.ending),
    row(`createInteraction with its rules, ${SAMPLED} accounts`, f.logging),
    row(
      `createInteraction naming ${f.widestContacts} contacts (the most at one account), ${REPEATS}×`,
      f.widestLogging,
    ),
  ];
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: tsx bench/workspace/relationship.ts FILE');
  const core = createCore(openDatabase(file));
  try {
    console.table(relationshipRows(relationshipFigures(core)));
  } finally {
    core.close();
  }
}
