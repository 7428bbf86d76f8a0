import { z } from 'zod';
import { messages } from './messages';
import { OfferingKind, OfferingService, OpportunityStatus, SellingStep } from './enums';
import {
  amount,
  currencyCode,
  id,
  idSet,
  isoDate,
  optionalAmount,
  optionalDate,
  optionalId,
  optionalText,
  patchOf,
  requiredText,
} from './fields';
import { byCore, choice, person } from '../schema/column';
import { fieldsOf, rowOf, table } from '../schema/table';

/** What an account bought, by product line and period. */
export const purchasesTable = table({
  name: 'purchases',
  label: 'Purchase',
  account: 'accountId',
  columns: {
    accountId: person(id, 'uuid', { references: 'accounts' }),
    productLine: person(requiredText('Product line', 100), 'text'),
    periodStart: person(isoDate('Period start'), 'day'),
    periodEnd: person(isoDate('Period end'), 'day'),
    quantity: person(optionalAmount('Quantity'), 'real', { range: [0, Infinity] }),
    amount: person(amount('Amount'), 'real', { range: [0, Infinity] }),
    currency: person(currencyCode, 'text'),
  },
});
const periodInOrder = (p: { periodStart?: string; periodEnd?: string }) =>
  !p.periodStart || !p.periodEnd || p.periodEnd >= p.periodStart;
const periodMessage = { message: messages.periodBackwards({}), path: ['periodEnd'] };
export const PurchaseFields = fieldsOf(purchasesTable);
export const Purchase = rowOf(purchasesTable);
export type Purchase = z.infer<typeof Purchase>;
export const PurchaseCreate = PurchaseFields.refine(periodInOrder, periodMessage);
export const PurchaseUpdate = z.object({
  id,
  patch: patchOf(PurchaseFields).refine(periodInOrder, periodMessage),
});

/**
 * The offerings catalogue: core products, and the optional services (technical help,
 * delivery guarantees, cost reduction, joint promotion…) bundled with them per
 * customer or segment.
 */
export const offeringsTable = table({
  name: 'offerings',
  label: 'Offering',
  account: null,
  columns: {
    kind: choice(OfferingKind, OfferingKind),
    name: person(requiredText('Name'), 'text'),
    /** For a service: which kind of service it is. */
    service: choice(OfferingService, OfferingService.nullable().default(null)),
    productLine: person(optionalText('Product line', 100), 'text'),
    segment: person(optionalText('Segment', 100), 'text'),
    description: person(optionalText('Description'), 'text'),
  },
});
const serviceNamed = (o: { kind?: string; service?: string | null }) =>
  o.kind !== 'service' || !!o.service;
const serviceMessage = { message: messages.serviceKind({}), path: ['service'] };
export const OfferingFields = fieldsOf(offeringsTable);
export const Offering = rowOf(offeringsTable);
export type Offering = z.infer<typeof Offering>;
export const OfferingCreate = OfferingFields.refine(serviceNamed, serviceMessage);
export const OfferingUpdate = z.object({ id, patch: patchOf(OfferingFields) });
export const OfferingListQuery = z
  .object({ kind: OfferingKind.optional(), includeArchived: z.boolean().default(false) })
  .default({ includeArchived: false });

const serviceIds = idSet('Services', 'service', 20, 'in one offering');

/** A deal moving through the seven selling steps, with the offering it proposes. */
export const opportunitiesTable = table({
  name: 'opportunities',
  label: 'Opportunity',
  account: 'accountId',
  columns: {
    accountId: person(id, 'uuid', { references: 'accounts' }),
    name: person(requiredText('Name'), 'text'),
    step: choice(SellingStep, SellingStep.default('prospecting')),
    status: choice(OpportunityStatus, OpportunityStatus.default('open')),
    value: person(optionalAmount('Value'), 'real', { range: [0, Infinity] }),
    currency: person(currencyCode.default('EUR'), 'text'),
    expectedClose: person(optionalDate('Expected close'), 'day'),
    /** The offering: a core product from the catalogue plus chosen services. */
    coreProductId: person(optionalId, 'uuid', { references: 'offerings' }),
    serviceIds: person(serviceIds.default([]), 'json'),
    ownerId: person(optionalId, 'uuid', { references: 'team_members' }),
    notes: person(optionalText('Notes', 10000), 'text'),
  },
});
export const OpportunityFields = fieldsOf(opportunitiesTable);
export const Opportunity = rowOf(opportunitiesTable);
export type Opportunity = z.infer<typeof Opportunity>;
export const OpportunityCreate = OpportunityFields;
/** Moving a deal back past closing needs a reason: it goes into the step history. */
export const OpportunityUpdate = z.object({
  id,
  patch: patchOf(OpportunityFields).extend({
    stepReason: optionalText('Reason for the step change', 500).optional(),
  }),
});

/** Each step an opportunity took: when, who, and why when it went back. */
export const opportunityStepsTable = table({
  name: 'opportunity_steps',
  label: 'Step change',
  account: 'accountId',
  columns: {
    opportunityId: byCore(id, 'uuid', { references: 'opportunities' }),
    accountId: byCore(id, 'uuid', { references: 'accounts' }),
    step: byCore(SellingStep, 'text', { values: SellingStep.options }),
    changedAt: byCore(z.iso.datetime(), 'instant'),
    changedById: byCore(optionalId, 'uuid', { references: 'team_members' }),
    reason: byCore(optionalText('Reason', 500), 'text'),
  },
});
export const OpportunityStep = rowOf(opportunityStepsTable);
export type OpportunityStep = z.infer<typeof OpportunityStep>;

export const OpportunityDetail = z.object({
  opportunity: Opportunity,
  steps: z.array(OpportunityStep),
});
export type OpportunityDetail = z.infer<typeof OpportunityDetail>;
