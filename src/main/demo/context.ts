import type Database from 'better-sqlite3';
import type {
  AccountKind,
  Lifecycle,
  RelationshipStyle,
  SalesForce,
  Tier,
} from '../../shared/domain/enums';
import type { Calendar } from './calendar';
import type { Culture } from './places';
import type { IdFactory, Rng } from './random';
import type { Writers } from './writers';

/** What every part of the generator shares while it runs. */
export interface Context {
  readonly db: Database.Database;
  readonly rng: Rng;
  readonly ids: IdFactory;
  readonly cal: Calendar;
  /** the INSERTs, derived from the table declarations */
  readonly w: Writers;
  /** when rows that have no better date of their own were made (ISO instant) */
  readonly created: string;
}

export const DIAL: Record<Culture, string> = { en: '44', no: '47', sv: '46', fa: '98', vi: '84' };

export function phoneNumber(ctx: Context, dial: string): string {
  const { rng } = ctx;
  return `+${dial} ${rng.int(20, 99)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`;
}

export function mobileNumber(ctx: Context, dial: string): string {
  const { rng } = ctx;
  return `+${dial} ${rng.int(900, 999)} ${rng.int(10, 99)} ${rng.int(100, 999)}`;
}

/**
 * The account being written, shared with the activity writers. One object is reused
 * for every account so that a 100,000-account run does not churn the heap.
 */
export interface AccountState {
  id: string;
  name: string;
  kind: AccountKind;
  tier: Tier;
  force: SalesForce;
  lifecycle: Lifecycle;
  style: RelationshipStyle;
  culture: Culture;
  currency: string;
  /** how many times a euro amount this currency's amounts are */
  rate: number;
  ownerId: string;
  /** a second member on the account (application engineer), if any */
  helperId: string | null;
  /** how many days ago the account was created */
  since: number;
  readonly contactIds: string[];
}

/** Rough exchange rates: amounts are drawn in euros and shown in the account's currency. */
export const RATES: Record<string, number> = { EUR: 1, GBP: 0.85, USD: 1.1, NOK: 11.5, SEK: 11.3 };
