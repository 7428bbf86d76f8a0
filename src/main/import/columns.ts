import { IMPORT_FIELDS, type ImportKind, type ImportMap } from '../../shared/imports';

/**
 * Column names other systems' exports use, by the field they fill: Salesforce's
 * (Account Name, BillingCountry…), HubSpot's (Company name, Country/Region…) and a plain
 * Excel list's (Name, Country…). Compared without case, spaces or punctuation.
 */
const KNOWN: Record<ImportKind, Record<string, readonly string[]>> = {
  accounts: {
    name: ['Account Name', 'Company name', 'Name', 'Company', 'Organization', 'Organisation'],
    externalId: ['Account ID', 'Record ID', 'Company ID', 'External ID', 'ID'],
    parentExternalId: ['Parent Account ID', 'Parent ID', 'Parent Company ID', 'Parent Company'],
    kind: ['Type', 'Account Type', 'Company Type', 'Kind'],
    industry: ['Industry'],
    country: ['Billing Country', 'Country/Region', 'Country', 'Shipping Country'],
    region: ['Billing State/Province', 'Billing State', 'State/Region', 'State', 'Region'],
    city: ['Billing City', 'City', 'Town'],
    postcode: ['Billing Zip/Postal Code', 'Billing Postal Code', 'Postal Code', 'Zip', 'Postcode'],
    address: ['Billing Street', 'Street Address', 'Address'],
    website: ['Website', 'Company Domain Name', 'Domain', 'Web'],
    phone: ['Phone', 'Phone Number', 'Telephone'],
    customerSince: ['Customer Since', 'Became a Customer Date'],
    notes: ['Description', 'Notes', 'About'],
  },
  contacts: {
    name: ['Name', 'Full Name', 'Contact Name'],
    firstName: ['First Name', 'Given Name'],
    lastName: ['Last Name', 'Surname', 'Family Name'],
    title: ['Title', 'Job Title'],
    email: ['Email', 'Email Address', 'E-mail'],
    phone: ['Phone', 'Phone Number', 'Business Phone'],
    mobile: ['Mobile', 'Mobile Phone', 'Mobile Phone Number', 'Cell'],
    accountExternalId: ['Account ID', 'Company ID', 'Associated Company ID', 'Record ID (Company)'],
    accountName: ['Account Name', 'Company Name', 'Company', 'Associated Company', 'Organization'],
    birthday: ['Birthdate', 'Birthday', 'Date of Birth'],
    notes: ['Description', 'Notes'],
  },
};

/** "Billing Country", "BillingCountry" and "billing_country" are one name. */
export const headerKey = (header: string): string =>
  header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

const byKey = Object.fromEntries(
  Object.entries(KNOWN).map(([kind, fields]) => [
    kind,
    new Map(
      Object.entries(fields).flatMap(([field, names]) => names.map((n) => [headerKey(n), field])),
    ),
  ]),
) as Record<ImportKind, Map<string, string>>;

export interface ColumnPlan {
  /** The field each column fills, by the column's place (absent: ignored). */
  fields: Map<number, string>;
  /** Columns that fill no field, by their header. */
  ignored: string[];
}

/**
 * Which field each of the file's columns fills: the map's word first (by the header as
 * written, or compared as known names are), then the known names. A field is filled
 * by one column only: the mapped one, else the first that names it. A column the map
 * gives null is left out, whatever its name.
 */
export function planColumns(
  kind: ImportKind,
  header: readonly string[],
  map: ImportMap,
): ColumnPlan {
  const mapped = new Map(Object.entries(map).map(([column, field]) => [headerKey(column), field]));
  const mapOf = (name: string) =>
    Object.hasOwn(map, name) ? map[name] : mapped.get(headerKey(name));
  const allowed: readonly string[] = IMPORT_FIELDS[kind];
  const fields = new Map<number, string>();
  const take = (guess: (name: string) => string | null | undefined) =>
    header.forEach((name, column) => {
      const field = guess(name);
      const taken = [...fields.values()].includes(field ?? '');
      if (field && allowed.includes(field) && !fields.has(column) && !taken)
        fields.set(column, field);
    });
  take(mapOf);
  take((name) => (mapOf(name) === null ? undefined : byKey[kind].get(headerKey(name))));
  return { fields, ignored: header.filter((_, column) => !fields.has(column)) };
}
