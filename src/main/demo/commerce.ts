/**
 * What accounts buy and are offered: purchases by product line, the offerings
 * catalogue (core products and services), and opportunities in the seven selling
 * steps with the history of the steps they took.
 */
import {
  offeringsTable,
  opportunitiesTable,
  opportunityStepsTable,
  purchasesTable,
} from '../../shared/domain/commerce';
import { SellingStep } from '../../shared/domain/enums';
import type {
  OfferingService,
  RelationshipStyle,
  SalesForce,
  Tier,
} from '../../shared/domain/enums';
import type { AccountState, Context } from './context';

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
const STEPS: readonly SellingStep[] = SellingStep.options;
const DEAL_KINDS = ['expansion', 'renewal', 'retrofit', 'framework agreement', 'pilot', 'new line'];
const DEAL_NOTES = [
  'Competing against a lower-priced local supplier.',
  'Decision expected after the board meeting.',
  'Needs approval from head office.',
  'Technical trial went well.',
  'Bundle with service contract.',
];
const BACK_REASONS = [
  'Customer asked for a revised offer',
  'New decision maker after a reorganisation',
  'Budget cut; the scope is being reworked',
  'Trial results called for another presentation',
];
const BASE_VALUE: Record<Tier, number> = { A: 400_000, B: 80_000, C: 15_000 };

type Product = readonly [line: string, name: string, segment: string | null, description: string];
/** The core products: a standard range per product line, and some made for a segment. */
const PRODUCTS: readonly Product[] = [
  ['Hydraulic pumps', 'HP series hydraulic pumps', null, 'Gear and piston pumps, 5–250 kW'],
  [
    'Hydraulic pumps',
    'AquaFlow sea-water pumps',
    'Aquaculture',
    'Corrosion-proof pumps for fish farms',
  ],
  ['Control valves', 'CV ball and butterfly valves', null, 'Control valves DN15–DN600'],
  [
    'Control valves',
    'Hygienic process valves',
    'Food & Beverage',
    'EHEDG-certified valves for dairies and breweries',
  ],
  ['Pressure sensors', 'PS-100 pressure transmitters', null, 'Pressure transmitters with HART'],
  [
    'Pressure sensors',
    'Ex-certified pressure sensors',
    'Oil & Gas',
    'ATEX sensors for offshore and refineries',
  ],
  ['Drive units', 'Variable-speed drive units', null, 'Drives from 0.75 to 400 kW'],
  [
    'Drive units',
    'Assembly-line drive packages',
    'Automotive',
    'Drives and gearboxes for conveyor lines',
  ],
  ['Filtration systems', 'Process filtration systems', null, 'Bag, cartridge and backwash filters'],
  [
    'Filtration systems',
    'Clean-room filtration',
    'Pharmaceuticals',
    'HEPA filtration validated to GMP',
  ],
  ['Spare parts', 'Spare-parts kits', null, 'Wear-part kits for our installed base'],
  [
    'Service contracts',
    'Preventive maintenance contract',
    null,
    'Scheduled inspections and wear-part swaps',
  ],
  [
    'Automation software',
    'Line automation software',
    null,
    'Monitoring and control of pump and valve lines',
  ],
  [
    'Seals & gaskets',
    'Seals and gaskets',
    null,
    'Mechanical seals and gaskets for our pumps and valves',
  ],
  ['Heat exchangers', 'Plate heat exchangers', null, 'Gasketed and brazed plate exchangers'],
  [
    'Heat exchangers',
    'Pasteurisation heat exchangers',
    'Food & Beverage',
    'Heat exchangers for pasteurisers',
  ],
];
type Service = readonly [
  service: OfferingService,
  name: string,
  segment: string | null,
  description: string,
];
/** The optional services bundled with a core product, per customer or segment. */
const SERVICES: readonly Service[] = [
  [
    'technical_help',
    'On-site application engineering',
    null,
    'Our engineers help size and commission the installation',
  ],
  [
    'technical_help',
    'Dedicated application engineer',
    'Key accounts',
    'One named engineer who knows the customer’s plants',
  ],
  [
    'delivery_guarantee',
    'Delivery within 48 hours',
    null,
    'Stock items within 48 hours, or a credit note',
  ],
  [
    'delivery_guarantee',
    'Consignment stock at the distributor',
    'Distributors',
    'Our stock on the partner’s shelves, invoiced when used',
  ],
  [
    'cost_reduction',
    'Annual cost-reduction review',
    'Collaborative customers',
    'A yearly review of energy use, wear parts and stock',
  ],
  [
    'joint_promotion',
    'Co-branded campaign',
    'Collaborative customers',
    'A joint campaign for the customer’s own products',
  ],
  [
    'joint_promotion',
    'Dealer marketing fund',
    'Distributors',
    'Co-funded trade fairs and catalogues',
  ],
  [
    'training',
    'Operator and maintenance training',
    null,
    'Courses on site or at our training centre',
  ],
  [
    'other',
    'Extended five-year warranty',
    'Transactional customers',
    'Warranty extended from two to five years',
  ],
  ['other', 'Remote monitoring', null, 'Alarms and monthly reports from installed equipment'],
];
/** How many services a deal bundles, by how collaborative the relationship is. */
const SERVICE_COUNT: Record<RelationshipStyle, readonly [number, number]> = {
  transactional: [0, 0],
  leaning_transactional: [0, 1],
  balanced: [0, 2],
  leaning_collaborative: [1, 3],
  collaborative: [2, 4],
};

export interface Catalogue {
  /** core-product ids per product line */
  readonly products: ReadonlyMap<string, readonly string[]>;
  /** service ids a strategic, geographic or distributor deal may bundle */
  readonly services: Readonly<Record<SalesForce, readonly string[]>>;
}

/** The offerings catalogue: core products and the services bundled with them. */
export function writeOfferings(ctx: Context): Catalogue {
  const { ids, w } = ctx;
  const products = new Map<string, string[]>();
  for (const [productLine, name, segment, description] of PRODUCTS) {
    const id = ids.next();
    w.write(offeringsTable, {
      id,
      createdAt: ctx.created,
      kind: 'core_product',
      name,
      productLine,
      segment,
      description,
    });
    const list = products.get(productLine) ?? [];
    list.push(id);
    products.set(productLine, list);
  }
  const services: Record<SalesForce, string[]> = { strategic: [], geographic: [], distributor: [] };
  for (const [service, name, segment, description] of SERVICES) {
    const id = ids.next();
    w.write(offeringsTable, {
      id,
      createdAt: ctx.created,
      kind: 'service',
      name,
      service,
      segment,
      description,
    });
    if (segment !== 'Distributors') {
      services.strategic.push(id);
      if (segment !== 'Key accounts') services.geographic.push(id);
    }
    if (segment === null || segment === 'Distributors') services.distributor.push(id);
  }
  return { products, services };
}

export function writePurchases(ctx: Context, a: AccountState): void {
  const { rng, ids, cal, w } = ctx;
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
      w.write(purchasesTable, {
        id: ids.next(),
        createdAt: `${y + 1}-01-05T08:00:00.000Z`,
        accountId: a.id,
        productLine: line,
        periodStart: `${y}-01-01`,
        periodEnd: `${y}-12-31`,
        quantity,
        amount: rounded,
        currency: a.currency,
      });
    }
  }
}

/** Reused for every deal: the services it bundles. */
const chosen: string[] = [];

export function writeOpportunities(ctx: Context, a: AccountState, catalogue: Catalogue): void {
  const { rng, ids, cal, w } = ctx;
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
    const reached = a.kind === 'prospect' ? rng.int(0, 4) : rng.int(0, STEPS.length - 1);
    const step = STEPS[reached] as SellingStep;
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
    // Days ago: when the deal was opened, and when its last step was taken.
    const opened = rng.int(status === 'open' ? 5 : 400, status === 'open' ? 300 : 700);
    const closedAgo = rng.int(10, 399);
    const last = status === 'open' ? rng.int(0, Math.min(opened, 60)) : closedAgo;
    const close = status === 'open' ? cal.day(-rng.int(7, 240)) : cal.day(closedAgo);
    const value = Math.round((BASE_VALUE[a.tier] * (0.2 + rng.next()) * a.rate) / 100) * 100;
    const products = catalogue.products.get(line) ?? [];
    const coreProductId = products.length > 0 && rng.chance(0.9) ? rng.pick(products) : null;
    const offered = catalogue.services[a.force];
    const [fewest, most] = SERVICE_COUNT[a.style];
    const services = coreProductId === null ? 0 : Math.min(offered.length, rng.int(fewest, most));
    chosen.length = 0;
    const first = rng.int(0, offered.length - 1);
    for (let n = 0; n < services; n++) {
      chosen.push(offered[(first + n) % offered.length] as string);
    }
    const id = ids.next();
    w.write(opportunitiesTable, {
      id,
      createdAt: cal.at(opened, 6),
      accountId: a.id,
      name,
      step,
      status,
      value,
      currency: a.currency,
      expectedClose: close,
      coreProductId,
      serviceIds: chosen,
      ownerId: a.ownerId,
      notes: rng.chance(0.25) ? rng.pick(DEAL_NOTES) : null,
    });
    writeSteps(ctx, a, id, reached, opened, last);
  }
}

/**
 * The steps a deal went through, from prospecting to the one it is at, spread from
 * when it was opened to its last change; now and then it went back a step, with the
 * reason why.
 */
function writeSteps(
  ctx: Context,
  a: AccountState,
  opportunityId: string,
  reached: number,
  opened: number,
  last: number,
): void {
  const { rng, ids, cal, w } = ctx;
  const back = reached >= 4 && rng.chance(0.1) ? rng.int(3, reached - 1) : -1;
  const changes = reached + 1 + (back >= 0 ? 2 : 0);
  let change = 0;
  const take = (step: number, reason: string | null): void => {
    const ago =
      changes === 1 ? opened : opened - Math.round(((opened - last) * change) / (changes - 1));
    // later steps on the same day come later in the day
    const changedAt = cal.at(ago, 6 + change * 9);
    change++;
    w.write(opportunityStepsTable, {
      id: ids.next(),
      createdAt: changedAt,
      opportunityId,
      accountId: a.id,
      step: STEPS[step] as SellingStep,
      changedAt,
      changedById: a.ownerId,
      reason,
    });
  };
  for (let s = 0; s <= reached; s++) {
    take(s, null);
    if (s === back + 1 && back >= 0) {
      take(back, rng.pick(BACK_REASONS));
      take(s, null);
    }
  }
}
