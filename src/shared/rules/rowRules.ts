import { messages } from '../domain/messages';

/**
 * The rules that span fields of one row (DESIGN §9, issue 19), in one place that every
 * side asks with the row as it will stand after a write: the core's write path before
 * it writes, the sync server before it stores a pushed change, and a laptop before it
 * applies a received one. A rule the server enforced but a laptop did not (or the
 * other way round) would let one accepted change stop every laptop's pull.
 */
export interface RowRefusal {
  /** The field the message is about (the later of two dates, for instance). */
  readonly field: string;
  readonly message: string;
}

type Row = Readonly<Record<string, unknown>>;

interface RowRule {
  /** The fields the rule reads: a write that sets none of them cannot break it. */
  readonly fields: readonly string[];
  check(row: Row): RowRefusal | null;
}

/** One date of a row is not before another; moments compare by their day. */
const inOrder = (first: string, then: string, message: string): RowRule => ({
  fields: [first, then],
  check(row) {
    const day = (v: unknown) => (typeof v === 'string' ? v.slice(0, 10) : null);
    const [start, end] = [day(row[first]), day(row[then])];
    return start && end && end < start ? { field: then, message } : null;
  },
});

const RULES: Readonly<Record<string, readonly RowRule[]>> = {
  assignments: [inOrder('validFrom', 'validTo', messages.endBeforeStart({}))],
  team_members: [inOrder('startedOn', 'leftOn', messages.leftBeforeStarted({}))],
  purchases: [inOrder('periodStart', 'periodEnd', messages.periodBackwards({}))],
  partner_agreements: [inOrder('startsOn', 'endsOn', messages.agreementBackwards({}))],
  interactions: [inOrder('occurredAt', 'nextStepDue', messages.dueBeforeInteraction({}))],
  contacts: [
    {
      fields: ['reportsToId'],
      check: (row) =>
        row.reportsToId && row.reportsToId === row.id
          ? { field: 'reportsToId', message: messages.reportsToSelf({}) }
          : null,
    },
  ],
  offerings: [
    {
      fields: ['kind', 'service'],
      check: (row) =>
        row.kind === 'service' && !row.service
          ? { field: 'service', message: messages.serviceKind({}) }
          : null,
    },
  ],
};

/**
 * The first rule of the table that the row breaks, or null. `changed` (the fields a
 * write sets) limits the check to the rules those fields can break: a row that was
 * already wrong (written before the rule) can still be edited elsewhere.
 */
export function rowRefusal(
  table: string,
  row: Row,
  changed?: readonly string[],
): RowRefusal | null {
  for (const rule of RULES[table] ?? []) {
    if (changed && !rule.fields.some((f) => changed.includes(f))) continue;
    const refused = rule.check(row);
    if (refused) return refused;
  }
  return null;
}

/** Every field read by a rule of the table that reads one of `fields`. */
export function ruleFields(table: string, fields: ReadonlySet<string>): string[] {
  return (RULES[table] ?? [])
    .filter((rule) => rule.fields.some((f) => fields.has(f)))
    .flatMap((rule) => rule.fields);
}

/**
 * A row that belongs to an account stays with it: its history travels with that
 * account to the devices that hold it (sync scope), so a row that moved would arrive
 * on a laptop naming an account it does not hold. Null unless `values` moves it.
 */
export function accountMoveRefusal(
  accountField: string | null,
  before: Readonly<Record<string, unknown>>,
  values: Readonly<Record<string, unknown>>,
): RowRefusal | null {
  if (accountField === null || accountField === 'id' || !(accountField in values)) return null;
  return values[accountField] === before[accountField]
    ? null
    : { field: accountField, message: messages.staysWithAccount({}) };
}
