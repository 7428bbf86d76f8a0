/**
 * How accounts are spread over kinds, tiers, lifecycles and relationship styles, and
 * the short texts they carry.
 */
import type { AccountKind, Lifecycle, RelationshipStyle, Tier } from '../../shared/domain/enums';
import { CITIES, COUNTRIES, type City, type Culture } from './places';
import { Weighted } from './random';
import { cityShare } from './territories';

export const KINDS = new Weighted<AccountKind>([
  ['customer', 60],
  ['prospect', 22],
  ['distributor', 7],
  ['supplier', 6],
  ['partner', 5],
]);
export const TIERS: Record<AccountKind, Weighted<Tier>> = {
  customer: new Weighted<Tier>([
    ['A', 8],
    ['B', 30],
    ['C', 62],
  ]),
  prospect: new Weighted<Tier>([
    ['A', 5],
    ['B', 30],
    ['C', 65],
  ]),
  distributor: new Weighted<Tier>([
    ['A', 15],
    ['B', 45],
    ['C', 40],
  ]),
  supplier: new Weighted<Tier>([
    ['A', 4],
    ['B', 36],
    ['C', 60],
  ]),
  partner: new Weighted<Tier>([
    ['A', 4],
    ['B', 36],
    ['C', 60],
  ]),
};
export const CUSTOMER_LIFE = new Weighted<Lifecycle>([
  ['active', 68],
  ['at_risk', 12],
  ['dormant', 12],
  ['ended', 8],
]);
export const PARTNER_LIFE = new Weighted<Lifecycle>([
  ['active', 80],
  ['at_risk', 8],
  ['dormant', 8],
  ['ended', 4],
]);
export const STYLES: Record<Tier, Weighted<RelationshipStyle>> = {
  A: new Weighted<RelationshipStyle>([
    ['transactional', 2],
    ['leaning_transactional', 5],
    ['balanced', 20],
    ['leaning_collaborative', 35],
    ['collaborative', 38],
  ]),
  B: new Weighted<RelationshipStyle>([
    ['transactional', 10],
    ['leaning_transactional', 20],
    ['balanced', 40],
    ['leaning_collaborative', 20],
    ['collaborative', 10],
  ]),
  C: new Weighted<RelationshipStyle>([
    ['transactional', 40],
    ['leaning_transactional', 30],
    ['balanced', 20],
    ['leaning_collaborative', 7],
    ['collaborative', 3],
  ]),
};
export const CULTURES = new Weighted<Culture>(COUNTRIES.map((c) => [c.culture, c.weight] as const));
export const PLACES = new Weighted<City>(CITIES.map((c) => [c, cityShare(c)] as const));
export const COST: Record<Tier, readonly [number, number]> = {
  A: [20_000, 150_000],
  B: [5_000, 40_000],
  C: [500, 10_000],
};
export const POTENTIAL: Record<Tier, readonly [number, number]> = {
  A: [100_000, 2_000_000],
  B: [20_000, 300_000],
  C: [1_000, 50_000],
};
export const NEEDS = [
  'Shorter lead times on spare parts',
  'Technical training for new maintenance staff',
  'Lower total cost of ownership',
  'Energy-efficient pumps for the new line',
  'A single supplier for valves and sensors',
  'Faster response on service calls',
];
export const CAPABILITIES = [
  'In-house engineering team',
  'ISO 9001 certified',
  'Own fleet for regional delivery',
  'Strong e-commerce channel',
  '24/7 production with planned shutdowns in July',
  'Large installed base of our drive units',
];
export const NOTES = [
  'Annual budget is set in October.',
  'Prefers meetings in the morning.',
  'Head office decides on contracts above 50k.',
  'Uses framework agreements with three suppliers.',
  'Visitors need safety training before entering the plant.',
];
