import { z } from 'zod';
import { messages } from './messages';
import { Lifecycle, RelationshipStyle, Tier, type AppRole } from './enums';
import { id, idSet } from './fields';

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

/** 32 hex digits per account: its 16-byte id, lower case. */
const HEX_IDS = /^(?:[0-9a-f]{32})*$/;
/** Three digits per account: its style, tier and lifecycle as indexes into the lists above. */
const CODES = /^(?:[0-4][0-2][0-4])*$/;

/**
 * Whole amounts of at least 0, or null for none, checked in one loop: zod's checks per
 * element cost more than the rest of the reply's check at 94k points.
 */
const amounts = z.custom<(number | null)[]>(
  (v) => Array.isArray(v) && v.every((x) => x === null || (Number.isInteger(x) && x >= 0)),
  { message: messages.wholeAmounts({}) },
);

/**
 * The points of one currency (amounts in different currencies cannot share an axis), most
 * profit potential first, those without one last. Each account is a position `i` in every
 * column: 94k accounts are two strings and two arrays of small numbers rather than 94k
 * objects, so the reply is small, checked in milliseconds and drawn without reshaping.
 * Amounts are rounded to whole units (the chart places and sizes points with them); the
 * names and exact amounts a person reads come by id (`selectionLabels`) for the rows and
 * the point in view.
 */
export const CurrencyPoints = z
  .object({
    currency: z.string(),
    ids: z.string().regex(HEX_IDS, { message: messages.hexIds({}) }),
    codes: z.string().regex(CODES, { message: messages.codeDigits({}) }),
    profit: amounts,
    cost: amounts,
  })
  .refine(
    (p) =>
      p.ids.length === p.profit.length * 32 &&
      p.codes.length === p.profit.length * 3 &&
      p.cost.length === p.profit.length,
    { message: messages.columnLengths({}) },
  );
export type CurrencyPoints = z.infer<typeof CurrencyPoints>;

/**
 * Every live account in the scope, by currency (the one with most points on the chart first); accounts whose
 * relationship was ended are left out, as they are no longer anyone's to invest in.
 */
export const SelectionPoints = z.object({
  scope: SelectionScope,
  byCurrency: z.array(CurrencyPoints),
});
export type SelectionPoints = z.infer<typeof SelectionPoints>;

/** The id of the account at position `i`, as the API speaks ids. */
export function accountIdAt(points: CurrencyPoints, i: number): string {
  const h = points.ids.slice(i * 32, i * 32 + 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const CODE_OFFSET = { style: 0, tier: 1, lifecycle: 2 } as const;

/** The account's style, tier or lifecycle at position `i`, as an index into its list. */
export const codeAt = (points: CurrencyPoints, i: number, of: keyof typeof CODE_OFFSET): number =>
  points.codes.charCodeAt(i * 3 + CODE_OFFSET[of]) - 48;

/** The accounts whose names and exact amounts a table page or a tooltip shows. */
export const SelectionLabelQuery = z.object({
  ids: idSet('Accounts', 'account', 100, 'at a time'),
});

export const SelectionLabel = z.object({
  id,
  name: z.string(),
  profit: z.number().nullable(),
  cost: z.number().nullable(),
});
export type SelectionLabel = z.infer<typeof SelectionLabel>;
