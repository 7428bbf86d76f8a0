import { z } from 'zod';
import { AccountKind, Lifecycle, RelationshipStyle, SalesForce, Tier } from './enums';
import {
  countryCode,
  currencyCode,
  id,
  optionalAmount,
  optionalDate,
  optionalId,
  optionalText,
  requiredText,
  patchOf,
} from './fields';
import { messages } from './messages';
import { byCore, choice, person } from '../schema/column';
import { fieldsOf, rowOf, sortName, table } from '../schema/table';
import { COLLATED_LANGUAGES, sortKey } from '../collation';

/** An account: a customer, prospect or partner company, or one site of a global customer. */
export const accountsTable = table({
  name: 'accounts',
  label: 'Account',
  account: 'id',
  columns: {
    name: person(requiredText('Name'), 'text', { searched: true }),
    kind: choice(AccountKind, AccountKind.default('customer')),
    parentId: person(optionalId, 'uuid', { references: 'accounts' }),
    industry: person(optionalText('Industry', 100), 'text', { searched: true }),
    country: person(countryCode, 'text', { searched: true }),
    region: person(optionalText('Region', 100), 'text', { searched: true }),
    city: person(optionalText('City', 100), 'text', { searched: true }),
    postcode: person(optionalText('Postcode', 20), 'text', { searched: true }),
    address: person(optionalText('Address', 300), 'text', { searched: true }),
    website: person(optionalText('Website', 300), 'text'),
    phone: person(optionalText('Phone', 50), 'text'),
    lifecycle: choice(Lifecycle, Lifecycle.default('prospect')),
    relationshipStyle: choice(RelationshipStyle, RelationshipStyle.default('balanced')),
    tier: choice(Tier, Tier.default('C')),
    salesForce: choice(SalesForce, SalesForce.default('geographic'), { managersOnly: true }),
    territoryId: person(optionalId, 'uuid', { references: 'territories', managersOnly: true }),
    /** The distributor account an end customer is served via (its reps see both). */
    servedViaId: person(optionalId, 'uuid', { references: 'accounts', managersOnly: true }),
    /** Territory rules leave this account where it is. */
    excludeFromRules: person(z.boolean().default(false), 'boolean', { managersOnly: true }),
    costToServe: person(optionalAmount('Cost to serve'), 'real', { range: [0, Infinity] }),
    profitPotential: person(optionalAmount('Profit potential'), 'real', { range: [0, Infinity] }),
    currency: person(currencyCode.default('EUR'), 'text'),
    needs: person(optionalText('Needs'), 'text', { searched: true }),
    capabilities: person(optionalText('Capabilities'), 'text'),
    /** When the relationship began: its anniversary is a key date. */
    customerSince: person(optionalDate('Customer since'), 'day'),
    notes: person(optionalText('Notes', 10000), 'text', { searched: true }),
    /**
     * When and why the relationship was last ended on purpose (endRelationship): kept
     * after a re-opening, as its history.
     */
    endedOn: byCore(optionalDate('Ended on'), 'day'),
    endedReason: byCore(optionalText('Reason for ending', 500), 'text'),
    /** The id another system gave it (a Salesforce Id): an import of its export matches by it. */
    externalId: person(optionalText('External id', 100), 'text'),
  },
  // The folded name, and one key per language whose alphabet orders names otherwise
  // (src/shared/collation.ts).
  derived: [
    sortName,
    ...COLLATED_LANGUAGES.map((language) => ({
      column: `sort_${language}`,
      storage: 'text' as const,
      from: ['name'],
      compute: (row: Record<string, unknown>) => sortKey(String(row.name ?? ''), language),
    })),
  ],
  // Its latest interaction's time and its latest assessment's health score, for the list.
  kept: ['last_contact_at', 'health'],
});

/** What a person can set on an account; the same schema checks the form and the core. */
export const AccountFields = fieldsOf(accountsTable);
export type AccountFields = z.infer<typeof AccountFields>;

export const Account = rowOf(accountsTable);
export type Account = z.infer<typeof Account>;

/**
 * A new account may name its owner: the core makes that the account's owner
 * assignment (an account's owner has one source of truth, DESIGN §9). A rep who
 * creates an account becomes its owner.
 */
export const AccountCreate = AccountFields.extend({ ownerId: optionalId });
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
  /** Never contacted first, then the longest ago. */
  'lastContact',
  /** Never assessed first, then the weakest. */
  'health',
]);
/** The longest "not contacted in N days" a list asks for: ten years. */
export const MAX_NOT_CONTACTED_DAYS = 3650;
const NOT_CONTACTED_DAYS = messages.notWhole({
  label: 'Not contacted in (days)',
  min: 1,
  max: MAX_NOT_CONTACTED_DAYS,
});

export const AccountListQuery = z.object({
  filter: z
    .object({
      kind: z.array(AccountKind).optional(),
      salesForce: z.array(SalesForce).optional(),
      lifecycle: z.array(Lifecycle).optional(),
      ownerId: z.array(id).optional(),
      parentId: id.optional(),
      /** End customers served via this distributor account. */
      servedViaId: id.optional(),
      includeArchived: z.boolean().optional(),
      /** Accounts nobody has had contact with in this many days (or ever). */
      notContactedInDays: z
        .number({ message: NOT_CONTACTED_DAYS })
        .int({ message: NOT_CONTACTED_DAYS })
        .min(1, { message: NOT_CONTACTED_DAYS })
        .max(MAX_NOT_CONTACTED_DAYS, { message: NOT_CONTACTED_DAYS })
        .optional(),
    })
    .default({}),
  sort: z.object({ key: AccountSortKey, desc: z.boolean() }).default({ key: 'name', desc: false }),
  /** Names sort in this language's alphabetical order (Norwegian Æ Ø Å after Z, …). */
  language: z.enum(['en', ...COLLATED_LANGUAGES]).default('en'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(1000).default(200),
});
export type AccountListQuery = z.input<typeof AccountListQuery>;

/** One row of the account list: the account plus names the list shows. */
export const AccountListRow = z
  .object({
    id,
    name: z.string(),
    kind: AccountKind,
    city: z.string().nullable(),
    country: z.string().nullable(),
    lifecycle: Lifecycle,
    tier: Tier,
    salesForce: SalesForce,
    ownerId: id.nullable(),
    ownerName: z.string().nullable(),
    parentName: z.string().nullable(),
    archived: z.boolean(),
    /** When someone last had contact with the account (its latest interaction). */
    lastContactAt: z.iso.datetime().nullable(),
    /** The health score (0–100) of its latest assessment; null when never assessed. */
    health: z.number().int().min(0).max(100).nullable(),
  })
  .strict();
export type AccountListRow = z.infer<typeof AccountListRow>;

export const AccountPage = z.object({
  rows: z.array(AccountListRow),
  total: z.number().int().min(0),
  offset: z.number().int().min(0),
});
export type AccountPage = z.infer<typeof AccountPage>;
