/**
 * What accounts buy and are offered: purchases by product line, offerings (a core
 * product plus services), opportunities in the seven selling steps, relationship
 * assessments, and the written agreements with partners.
 */
import type { z } from 'zod';
import { OfferingService as OfferingServices, SellingStep } from '../../shared/domain/enums';
import type { Tier } from '../../shared/domain/enums';
import type { AccountState, Context } from './context';

type OfferingService = z.infer<typeof OfferingServices>;

export const PRODUCT_LINES = [
  'Hydraulic pumps',
  'Control valves',
  'Pressure sensors',
  'Drive units',
  'Filtration systems',
  'Spare parts',
  'Service contracts',
  'Automation software',
  'Seals & gaskets',
  'Heat exchangers',
];
const SEGMENTS = [
  'Aquaculture',
  'Oil & Gas',
  'Food & Beverage',
  'Collaborative customers',
  'Transactional customers',
  'Distributors',
  'Automotive',
  'Pharmaceuticals',
];
const BUNDLES = [
  'Uptime Plus',
  'Essentials',
  'Partner Pack',
  'Lean Cost',
  'Launch Support',
  'Care 24/7',
];
const SERVICES: readonly OfferingService[] = OfferingServices.options;
const SERVICE_TEXT: Record<OfferingService, string> = {
  technical_help: 'On-site application engineering',
  delivery_guarantee: 'Delivery within 48 hours or a credit note',
  cost_reduction: 'Annual cost-reduction review',
  joint_promotion: 'Co-branded campaign with the customer',
  training: 'Operator and maintenance training',
  other: 'Spare-parts consignment stock',
};
const STEPS: readonly SellingStep[] = SellingStep.options;
const DEAL_KINDS = ['expansion', 'renewal', 'retrofit', 'framework agreement', 'pilot', 'new line'];
const DEAL_NOTES = [
  'Competing against a lower-priced local supplier.',
  'Decision expected after the board meeting.',
  'Needs approval from head office.',
  'Technical trial went well.',
  'Bundle with service contract.',
];
const BASE_VALUE: Record<Tier, number> = { A: 400_000, B: 80_000, C: 15_000 };

/** Segment offerings; customer-specific ones are added for the first key accounts. */
export function writeOfferings(ctx: Context, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const core = PRODUCT_LINES[i % PRODUCT_LINES.length] as string;
    const bundle = BUNDLES[i % BUNDLES.length] as string;
    const segment = SEGMENTS[i % SEGMENTS.length] as string;
    out.push(offering(ctx, `${core} ${bundle}`, core, segment, null));
  }
  return out;
}

export function offering(
  ctx: Context,
  name: string,
  core: string,
  segment: string | null,
  accountId: string | null,
): string {
  const { rng, ids, st } = ctx;
  const id = ids.next();
  st.offerings.run(
    id,
    ctx.created,
    ctx.hlc,
    name,
    core,
    segment,
    accountId,
    `${core} with services for ${segment ?? 'one customer'}`,
  );
  const services = rng.int(1, 4);
  const start = rng.int(0, SERVICES.length - 1);
  for (let s = 0; s < services; s++) {
    const service = SERVICES[(start + s) % SERVICES.length] as OfferingService;
    st.offering_services.run(ids.next(), ctx.created, ctx.hlc, id, service, SERVICE_TEXT[service]);
  }
  return id;
}

export function writePurchases(ctx: Context, a: AccountState): void {
  const { rng, ids, cal, st } = ctx;
  if (a.lifecycle === 'prospect' || (a.kind !== 'customer' && a.kind !== 'distributor')) return;
  const lines = a.tier === 'A' ? rng.int(2, 4) : a.tier === 'B' ? rng.int(1, 3) : rng.int(1, 2);
  const lastYear = cal.year - 1 - (a.lifecycle === 'dormant' ? 1 : a.lifecycle === 'ended' ? 2 : 0);
  const firstLine = rng.int(0, PRODUCT_LINES.length - 1);
  for (let l = 0; l < lines; l++) {
    const line = PRODUCT_LINES[(firstLine + l * 3) % PRODUCT_LINES.length] as string;
    const years = rng.int(1, 3);
    let amount = BASE_VALUE[a.tier] * 0.3 * (0.5 + rng.next()) * a.rate;
    for (let y = lastYear - years + 1; y <= lastYear; y++) {
      amount *= 0.85 + rng.next() * 0.4;
      const rounded = Math.round(amount / 10) * 10;
      const quantity = Math.max(1, Math.round(rounded / (a.rate * rng.int(200, 2000))));
      st.purchases.run(
        ids.next(),
        `${y + 1}-01-05T08:00:00.000Z`,
        ctx.hlc,
        a.id,
        line,
        `${y}-01-01`,
        `${y}-12-31`,
        quantity,
        rounded,
        a.currency,
      );
    }
  }
}

export function writeOpportunities(
  ctx: Context,
  a: AccountState,
  offerings: readonly string[],
): void {
  const { rng, ids, cal, st } = ctx;
  const chance =
    a.kind === 'prospect'
      ? 0.6
      : a.kind === 'customer'
        ? a.tier === 'A'
          ? 0.8
          : 0.28
        : a.kind === 'distributor'
          ? 0.25
          : 0.05;
  if (a.lifecycle === 'ended' || !rng.chance(chance)) return;
  const deals = a.tier === 'A' && rng.chance(0.4) ? 2 : 1;
  for (let d = 0; d < deals; d++) {
    const line = rng.pick(PRODUCT_LINES);
    const name =
      a.kind === 'prospect' ? `First order: ${line}` : `${line} – ${rng.pick(DEAL_KINDS)}`;
    const step = a.kind === 'prospect' ? (STEPS[rng.int(0, 4)] as SellingStep) : rng.pick(STEPS);
    const roll = rng.next();
    const status =
      step === 'follow_up'
        ? roll < 0.8
          ? 'won'
          : 'open'
        : step === 'closing'
          ? roll < 0.6
            ? 'open'
            : roll < 0.85
              ? 'won'
              : 'lost'
          : roll < 0.82
            ? 'open'
            : 'lost';
    const close = status === 'open' ? cal.day(-rng.int(7, 240)) : cal.day(rng.int(10, 400));
    const value = Math.round((BASE_VALUE[a.tier] * (0.2 + rng.next()) * a.rate) / 100) * 100;
    const offeringId = rng.chance(0.5) ? rng.pick(offerings) : null;
    const notes = rng.chance(0.25) ? rng.pick(DEAL_NOTES) : null;
    const created = cal.at(rng.int(status === 'open' ? 5 : 400, status === 'open' ? 300 : 700), 6);
    st.opportunities.run(
      ids.next(),
      created,
      ctx.hlc,
      a.id,
      name,
      step,
      status,
      value,
      a.currency,
      close,
      offeringId,
      a.ownerId,
      notes,
    );
  }
}
