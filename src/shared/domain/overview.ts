import { z } from 'zod';
import { messages } from './messages';
import { Account } from './account';
import { CoverageRow } from './assignment';
import { Offering, Opportunity } from './commerce';
import { Contact } from './contact';
import { InteractionKind, SellingStep } from './enums';
import { id, instant } from './fields';
import { Interaction } from './interaction';
import { Agreement, Assessment } from './relationship';

/**
 * Everything the Account 360 page shows, read in one call (issue 13): each panel
 * answers one question a rep asks about the account.
 */

const Named = z.object({ id, name: z.string() });

/** Where a timeline page ends: the next page starts strictly before it. */
export const TimelineCursor = z.object({ occurredAt: instant('Before'), id });
export type TimelineCursor = z.infer<typeof TimelineCursor>;

const pageSize = z
  .number({ message: messages.notWhole({ label: 'Limit', min: 1, max: 200 }) })
  .int({ message: messages.notWhole({ label: 'Limit', min: 1, max: 200 }) })
  .min(1, { message: messages.outOfRange({ label: 'Limit', min: 1, max: 200 }) })
  .max(200, { message: messages.outOfRange({ label: 'Limit', min: 1, max: 200 }) })
  .default(50);

/** A page of an account's interactions, newest first, optionally of one kind or contact. */
export const TimelineQuery = z.object({
  accountId: id,
  kind: InteractionKind.optional(),
  contactId: id.optional(),
  before: TimelineCursor.optional(),
  limit: pageSize,
});
export type TimelineQuery = z.input<typeof TimelineQuery>;

export const TimelinePage = z.object({
  interactions: z.array(Interaction),
  /** Pass as `before` for the next page; null when this page is the last. */
  next: TimelineCursor.nullable(),
});
export type TimelinePage = z.infer<typeof TimelinePage>;

/** The timeline panel: its first page, and how many interactions of each kind there are. */
export const OverviewTimeline = TimelinePage.extend({
  total: z.number().int().min(0),
  byKind: z.record(InteractionKind, z.number().int().min(0)),
});

/** A key contact with when we last had an interaction with them (null: never). */
export const OverviewContact = Contact.extend({
  lastInteractionAt: instant('Last interaction').nullable(),
});
export type OverviewContact = z.infer<typeof OverviewContact>;

const money = z.number().min(0);

/** One product line's purchases in one currency, this year against the two before. */
export const PurchaseLine = z.object({
  productLine: z.string(),
  currency: z.string(),
  thisYear: money,
  lastYear: money,
  yearBefore: money,
  /** Every year on record. */
  total: money,
});

/** A product line's purchases in one period (a year, or a month as `2025-03`). */
export const PurchasePeriod = z.object({
  productLine: z.string(),
  currency: z.string(),
  period: z.string(),
  amount: money,
  quantity: money.nullable(),
});

/**
 * What the account bought, by product line and period. A purchase counts in the year
 * and month its period starts. Amounts in another currency than the account's are
 * kept apart (own rows with their currency), never added to the account's.
 */
export const PurchaseSummary = z.object({
  currency: z.string(),
  thisYear: z.number().int(),
  lines: z.array(PurchaseLine),
  years: z.array(PurchasePeriod),
  months: z.array(PurchasePeriod),
});
export type PurchaseSummary = z.infer<typeof PurchaseSummary>;

const OfferingRef = Offering.pick({
  id: true,
  name: true,
  kind: true,
  service: true,
  productLine: true,
});

/** A deal with its place among the seven selling steps and its offering, named. */
export const OverviewOpportunity = Opportunity.extend({
  /** 1 (prospecting & qualifying) to 7 (follow-up & maintenance). */
  stepNumber: z.number().int().min(1).max(SellingStep.options.length),
  coreProduct: OfferingRef.nullable(),
  services: z.array(OfferingRef),
});
export type OverviewOpportunity = z.infer<typeof OverviewOpportunity>;

export const AccountOverview = z.object({
  account: Account,
  owner: Named.nullable(),
  territory: Named.nullable(),
  /** The newest assessment (the health badge is computed from `assessments`). */
  latestAssessment: Assessment.nullable(),
  parent: Named.nullable(),
  /** The distributor this end customer is served via. */
  servedVia: Named.nullable(),
  sites: z.array(Named.extend({ city: z.string().nullable(), country: z.string().nullable() })),
  contacts: z.array(OverviewContact),
  /** The covering team now, the owner first. */
  team: z.array(CoverageRow),
  timeline: OverviewTimeline,
  purchases: PurchaseSummary,
  opportunities: z.array(OverviewOpportunity),
  /** Oldest first: the trend reads them in order. */
  assessments: z.array(Assessment),
  agreements: z.array(Agreement),
});
export type AccountOverview = z.infer<typeof AccountOverview>;
