import type { z } from 'zod';
import { accountsTable } from '../../shared/domain/account';
import { contactsTable } from '../../shared/domain/contact';
import { AccountKind } from '../../shared/domain/enums';
import { reasonText, type ImportKind } from '../../shared/imports';
import type { Table } from '../../shared/schema/table';
import { normalize } from '../../shared/text';
import type { Words } from '../../shared/words';
import type { ColumnPlan } from './columns';
import { countryCodeOf } from './countries';

/** One good row: the record's fields (API form) and how it is matched and linked. */
export interface ImportRecord {
  values: Record<string, unknown>;
  /** normalize(name): an account is matched by it and its country, a contact within its account. */
  nameKey: string;
  externalId: string | null;
  /** Accounts: the parent's external id. Contacts: the account's external id. */
  parentRef: string | null;
  /** Contacts: the account's name, when no id is given. */
  accountName: string | null;
}

type Read = { record: ImportRecord } | { reason: string };

const TABLES: Record<ImportKind, Table> = { accounts: accountsTable, contacts: contactsTable };
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_FIELDS = new Set(['customerSince', 'birthday']);
/** Fields kept for matching and linking, not written as they are. */
const REFERENCES = new Set([
  'parentExternalId',
  'accountExternalId',
  'accountName',
  'firstName',
  'lastName',
]);

/** Salesforce's and HubSpot's account types ("Customer - Direct", "Channel Partner / Reseller") as a kind. */
const KIND_WORDS: [RegExp, z.infer<typeof AccountKind>][] = [
  [/prospect|lead/i, 'prospect'],
  [/distributor|reseller|channel/i, 'distributor'],
  [/supplier|vendor/i, 'supplier'],
  [/partner/i, 'partner'],
  [/customer|client/i, 'customer'],
];

/**
 * A file's row as the record it describes, each value checked by its field's own
 * schema (the table declaration's), or the first reason it cannot be taken. An empty
 * cell gives no value: it leaves a matched record's field as it is.
 */
export function readRecord(
  kind: ImportKind,
  cells: readonly string[],
  plan: ColumnPlan,
  w: Words,
): Read {
  const raw: Record<string, string> = {};
  for (const [column, field] of plan.fields) {
    const text = (cells[column] ?? '').trim();
    if (text !== '') raw[field] = text;
  }
  if (kind === 'contacts' && !raw.name && (raw.firstName || raw.lastName)) {
    raw.name = [raw.firstName, raw.lastName].filter(Boolean).join(' ');
  }
  if (!raw.name) return { reason: reasonText(w, 'required', { field: w.import.fields.name }) };
  const values: Record<string, unknown> = {};
  for (const [field, text] of Object.entries(raw)) {
    if (REFERENCES.has(field)) continue;
    const value = valueOf(TABLES[kind], field, text, w);
    if ('reason' in value) return value;
    values[field] = value.value;
  }
  return {
    record: {
      values,
      nameKey: normalize(raw.name),
      externalId: raw.externalId ?? null,
      parentRef: raw.parentExternalId ?? raw.accountExternalId ?? null,
      accountName: raw.accountName ?? null,
    },
  };
}

function valueOf(
  t: Table,
  field: string,
  text: string,
  w: Words,
): { value: unknown } | { reason: string } {
  const label = w.import.fields[field as keyof Words['import']['fields']];
  if (field === 'country') {
    const code = countryCodeOf(text);
    return code ? { value: code } : { reason: reasonText(w, 'unknownCountry', { value: text }) };
  }
  if (field === 'kind') {
    const kind = KIND_WORDS.find(([pattern]) => pattern.test(text))?.[1];
    return kind ? { value: kind } : { reason: reasonText(w, 'unknownKind', { value: text }) };
  }
  if (DATE_FIELDS.has(field) && !isDay(text)) {
    return { reason: reasonText(w, 'notADate', { field: label, value: text }) };
  }
  const parsed = t.columns[field]!.zod.safeParse(text);
  if (parsed.success) return { value: parsed.data };
  const message = parsed.error.issues[0]?.message ?? '';
  return { reason: reasonText(w, 'badValue', { field: label, value: text, message }) };
}

/** A real day written YYYY-MM-DD: never a guess between 31/12 and 12/31. */
function isDay(text: string): boolean {
  const parts = DAY.exec(text);
  if (!parts) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}
