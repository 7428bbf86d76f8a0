import { z } from 'zod';
import { AccountKind, Lifecycle, RelationshipStyle, SalesForce, Tier } from './enums';
import {
  countryCode,
  currencyCode,
  id,
  optionalAmount,
  optionalId,
  optionalText,
  requiredText,
  syncedRow,
  patchOf,
} from './fields';

/** What a person can set on an account; the same schema checks the form and the core. */
export const AccountFields = z.object({
  name: requiredText('Name'),
  kind: AccountKind.default('customer'),
  parentId: optionalId,
  industry: optionalText('Industry', 100),
  country: countryCode,
  region: optionalText('Region', 100),
  city: optionalText('City', 100),
  postcode: optionalText('Postcode', 20),
  address: optionalText('Address', 300),
  website: optionalText('Website', 300),
  phone: optionalText('Phone', 50),
  lifecycle: Lifecycle.default('prospect'),
  relationshipStyle: RelationshipStyle.default('balanced'),
  tier: Tier.default('C'),
  salesForce: SalesForce.default('geographic'),
  territoryId: optionalId,
  ownerId: optionalId,
  costToServe: optionalAmount('Cost to serve'),
  profitPotential: optionalAmount('Profit potential'),
  currency: currencyCode.default('EUR'),
  needs: optionalText('Needs'),
  capabilities: optionalText('Capabilities'),
  notes: optionalText('Notes', 10000),
});
export type AccountFields = z.infer<typeof AccountFields>;

export const Account = AccountFields.extend(syncedRow);
export type Account = z.infer<typeof Account>;

export const AccountCreate = AccountFields;
export type AccountCreateInput = z.input<typeof AccountCreate>;

/** A patch names only the fields that change; defaults must not reset the others. */
export const AccountUpdate = z.object({
  id,
  patch: patchOf(AccountFields),
});
export type AccountUpdateInput = z.input<typeof AccountUpdate>;

export const AccountSortKey = z.enum([
  'name',
  'city',
  'country',
  'lifecycle',
  'tier',
  'owner',
  'updated',
]);
export const AccountListQuery = z.object({
  filter: z
    .object({
      kind: z.array(AccountKind).optional(),
      salesForce: z.array(SalesForce).optional(),
      lifecycle: z.array(Lifecycle).optional(),
      ownerId: z.array(id).optional(),
      parentId: id.optional(),
      includeArchived: z.boolean().optional(),
    })
    .default({}),
  sort: z.object({ key: AccountSortKey, desc: z.boolean() }).default({ key: 'name', desc: false }),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type AccountListQuery = z.input<typeof AccountListQuery>;

/** One row of the account list: the account plus names the list shows. */
export interface AccountListRow {
  id: string;
  name: string;
  kind: AccountKind;
  city: string | null;
  country: string | null;
  lifecycle: Lifecycle;
  tier: Tier;
  salesForce: SalesForce;
  ownerId: string | null;
  ownerName: string | null;
  parentName: string | null;
  archived: boolean;
}
export interface AccountPage {
  rows: AccountListRow[];
  total: number;
  offset: number;
}
