/**
 * Relationship outcomes (PRODUCT.md §5, dated assessments with warning signs and the
 * four quality measures, drifting over time) and the written agreements with partners
 * (§8).
 */
import { agreementsTable, assessmentsTable } from '../../shared/domain/relationship';
import type { z } from 'zod';
import type { AgreementKind as AgreementKinds } from '../../shared/domain/enums';
import type { AccountState, Context } from './context';
import { Weighted } from './random';

type AgreementKind = z.infer<typeof AgreementKinds>;

const ASSESSMENT_NOTES = [
  'New competitor offering lower prices.',
  'Quality issue with the last batch resolved.',
  'Deliveries late twice this quarter.',
  'Strong trust at management level.',
  'Customer is consolidating suppliers.',
  'New technology may replace our pumps in two years.',
];
const TERMS = [
  'Exclusive in territory; 12% margin; annual volume target.',
  'Non-exclusive; net 60 payment terms.',
  'Consignment stock; quarterly review.',
  'Framework price list; two-year term with renewal option.',
  'Service level: 48-hour response on service calls.',
];
/** The demo's own company: one party to every agreement. */
export const OUR_COMPANY = 'Nordkapp Industrial AS';
const THIRD_PARTIES = [
  'Nordic Site Services AB',
  'Fjordline Logistics AS',
  'Saigon Engineering JSC',
];
const STYLE_SCORE = {
  transactional: -1,
  leaning_transactional: -0.5,
  balanced: 0,
  leaning_collaborative: 0.5,
  collaborative: 1,
};
const FLAG_CHANCE = { prospect: 0.1, active: 0.12, at_risk: 0.45, dormant: 0.3, ended: 0.5 };

const clamp = (n: number): number => Math.min(5, Math.max(1, Math.round(n)));

export function writeAssessments(ctx: Context, a: AccountState): void {
  const { rng, ids, cal, w } = ctx;
  if (a.lifecycle === 'prospect' || a.kind === 'supplier') return;
  const count =
    a.tier === 'A'
      ? rng.chance(0.7)
        ? rng.int(2, 3)
        : 0
      : rng.chance(a.tier === 'B' ? 0.3 : 0.12)
        ? 1
        : 0;
  if (count === 0) return;
  const flag = FLAG_CHANCE[a.lifecycle];
  let level =
    3 +
    STYLE_SCORE[a.style] +
    (a.lifecycle === 'at_risk' ? -1.2 : a.lifecycle === 'active' ? 0.4 : -0.6);
  const drift = a.lifecycle === 'at_risk' ? -0.5 : rng.next() - 0.4;
  const oldest = Math.max(count * 90, Math.min(a.since, 720));
  for (let n = 0; n < count; n++) {
    const daysAgo = Math.round(oldest - (n * oldest) / count) - rng.int(0, 20);
    const f = (): boolean => rng.chance(flag);
    const on = cal.day(Math.max(0, daysAgo));
    w.write(assessmentsTable, {
      id: ids.next(),
      createdAt: `${on}T15:00:00.000Z`,
      accountId: a.id,
      assessedOn: on,
      assessedById: a.ownerId,
      needsChanging: f(),
      newCompetitors: f(),
      newTechnology: f(),
      costPressure: f(),
      qualityProblems: f(),
      lateDeliveries: f(),
      inadequateSupport: f(),
      longTermCommitment: clamp(level + rng.next() - 0.5),
      responseSpeed: clamp(level + rng.next() - 0.5),
      trust: clamp(level + rng.next() - 0.5),
      mutualInterest: clamp(level + rng.next() - 0.5),
      notes: rng.chance(0.35) ? rng.pick(ASSESSMENT_NOTES) : null,
    });
    level += drift;
  }
}

const AGREEMENT: Record<'distributor' | 'supplier' | 'partner', Weighted<AgreementKind>> = {
  distributor: new Weighted<AgreementKind>([
    ['distribution', 9],
    ['service', 1],
  ]),
  supplier: new Weighted<AgreementKind>([
    ['supply', 9],
    ['other', 1],
  ]),
  partner: new Weighted<AgreementKind>([
    ['contracting', 5],
    ['service', 4],
    ['other', 1],
  ]),
};
const AGREEMENT_TITLE: Record<AgreementKind, string> = {
  distribution: 'Distribution agreement',
  supply: 'Supply agreement',
  contracting: 'Contractor agreement',
  service: 'Service agreement',
  other: 'Cooperation agreement',
};

export function writeAgreements(ctx: Context, a: AccountState): void {
  const { rng, ids, cal, w } = ctx;
  if (a.kind !== 'distributor' && a.kind !== 'supplier' && a.kind !== 'partner') return;
  const count = a.kind === 'distributor' && rng.chance(0.3) ? 2 : 1;
  for (let n = 0; n < count; n++) {
    const kind = AGREEMENT[a.kind].pick(rng);
    const signed = rng.int(30, 2500);
    const starts = signed - rng.int(0, 30);
    const ends = starts - 365 * rng.int(1, 5);
    const signedOn = cal.day(signed);
    const third = kind === 'contracting' && rng.chance(0.3) ? rng.pick(THIRD_PARTIES) : null;
    w.write(agreementsTable, {
      id: ids.next(),
      createdAt: `${signedOn}T10:00:00.000Z`,
      accountId: a.id,
      kind,
      title: `${AGREEMENT_TITLE[kind]} ${signedOn.slice(0, 4)}`,
      parties: third ? `${OUR_COMPANY}; ${a.name}; ${third}` : `${OUR_COMPANY}; ${a.name}`,
      signedOn,
      startsOn: cal.day(starts),
      endsOn: cal.day(ends),
      terms: rng.pick(TERMS),
      documentRef: `PA-${signedOn.slice(0, 4)}-${rng.int(10000, 99999)}`,
    });
  }
}
