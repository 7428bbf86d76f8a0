import { z } from 'zod';
import { messages } from './messages';
import { Lifecycle, RelationshipStyle, Tier, type AppRole } from './enums';
import { id } from './fields';

/**
 * Whose accounts the customer-selection chart shows: the member's own (anyone), their
 * team's (a lead or an admin) or every account (an admin).
 */
export const SelectionScope = z.enum(['mine', 'team', 'all'], {
  message: messages.scope({}),
});
export type SelectionScope = z.infer<typeof SelectionScope>;

/** The scopes each role may read; the core refuses the others, the UI does not offer them. */
export const SCOPES_BY_ROLE: Record<AppRole, SelectionScope[]> = {
  rep: ['mine'],
  lead: ['mine', 'team'],
  admin: ['mine', 'team', 'all'],
};

export const SelectionQuery = z.object({ scope: SelectionScope.default('mine') });

/** The order of the chart's x axis, transactional first: `style` holds indexes into it. */
export const STYLES = RelationshipStyle.options;
export const TIERS = Tier.options;
export const LIFECYCLES = Lifecycle.options;

const index = (of: readonly string[]) =>
  z.array(
    z
      .number()
      .int()
      .min(0)
      .max(of.length - 1),
  );

/**
 * Every live account in the scope as columns, one entry per account at the same
 * position in each array: 100k accounts are a few arrays of numbers rather than 100k
 * objects, so the reply stays small and the chart reads it without reshaping. Amounts
 * are in the account's own currency (`currency` indexes `currencies`); accounts whose
 * relationship was ended are left out, as they are no longer anyone's to invest in.
 */
export const SelectionPoints = z.object({
  scope: SelectionScope,
  ids: z.array(id),
  names: z.array(z.string()),
  style: index(STYLES),
  tier: index(TIERS),
  lifecycle: index(LIFECYCLES),
  profit: z.array(z.number().nullable()),
  cost: z.array(z.number().nullable()),
  currency: z.array(z.number().int().min(0)),
  currencies: z.array(z.string()),
});
export type SelectionPoints = z.infer<typeof SelectionPoints>;
