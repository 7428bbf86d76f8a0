import { z } from 'zod';

/** The domain's fixed vocabularies (PRODUCT.md). Labels live in the i18n files. */
export const AccountKind = z.enum(['customer', 'prospect', 'distributor', 'supplier', 'partner']);
export const SalesForce = z.enum(['strategic', 'geographic', 'distributor']);
export const Lifecycle = z.enum(['prospect', 'active', 'at_risk', 'dormant', 'ended']);
export const RelationshipStyle = z.enum([
  'transactional',
  'leaning_transactional',
  'balanced',
  'leaning_collaborative',
  'collaborative',
]);
export const Tier = z.enum(['A', 'B', 'C']);
export const BuyingRole = z.enum([
  'decision_maker',
  'influencer',
  'champion',
  'gatekeeper',
  'user',
  'economic_buyer',
]);
export const Channel = z.enum(['email', 'phone', 'visit', 'mail', 'fax', 'video']);
export const MemberFunction = z.enum([
  'sales',
  'application_engineer',
  'quality_engineer',
  'service',
  'sales_manager',
  'channel_manager',
  'other',
]);
/** What the person may do in Rapport (DESIGN §1): enforced by the core. */
export const AppRole = z.enum(['rep', 'lead', 'admin']);
export const CoverageRole = z.enum([
  'account_manager',
  'sales',
  'application_engineer',
  'quality_engineer',
  'service',
  'executive_sponsor',
  'territory_rep',
  'distributor_rep',
]);
export const InteractionKind = z.enum([
  'call',
  'visit',
  'email',
  'letter',
  'meeting',
  'greeting',
  'fax',
]);
/** The seven steps of the selling process, in order. */
export const SellingStep = z.enum([
  'prospecting',
  'pre_approach',
  'approach',
  'presentation',
  'objections',
  'closing',
  'follow_up',
]);
export const OpportunityStatus = z.enum(['open', 'won', 'lost']);
export const OfferingService = z.enum([
  'technical_help',
  'delivery_guarantee',
  'cost_reduction',
  'joint_promotion',
  'training',
  'other',
]);
export const AgreementKind = z.enum(['supply', 'distribution', 'contracting', 'service', 'other']);

export type AccountKind = z.infer<typeof AccountKind>;
export type SalesForce = z.infer<typeof SalesForce>;
export type Lifecycle = z.infer<typeof Lifecycle>;
export type RelationshipStyle = z.infer<typeof RelationshipStyle>;
export type Tier = z.infer<typeof Tier>;
export type BuyingRole = z.infer<typeof BuyingRole>;
export type Channel = z.infer<typeof Channel>;
export type MemberFunction = z.infer<typeof MemberFunction>;
export type AppRole = z.infer<typeof AppRole>;
export type CoverageRole = z.infer<typeof CoverageRole>;
export type InteractionKind = z.infer<typeof InteractionKind>;
export type SellingStep = z.infer<typeof SellingStep>;
export const OfferingKind = z.enum(['core_product', 'service']);
/** How a holiday's date is found each year: a fixed day, or a day of the Persian or lunar calendar. */
export const HolidayCalendar = z.enum(['gregorian', 'persian', 'lunar']);
export type OpportunityStatus = z.infer<typeof OpportunityStatus>;
export type OfferingService = z.infer<typeof OfferingService>;
export type AgreementKind = z.infer<typeof AgreementKind>;
export type OfferingKind = z.infer<typeof OfferingKind>;
export type HolidayCalendar = z.infer<typeof HolidayCalendar>;
