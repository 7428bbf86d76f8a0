import { hlcMillis } from '../../shared/hlc';
import { refusalOf, type WriteFacts, type WriteIntent } from '../../shared/roles/writeRule';
import type { Table } from '../../shared/schema/table';
import type { WireChange } from '../../shared/sync/wire';
import type { DeviceRole } from '../devices';
import type { StoredRow } from '../rows';
import type { BatchView } from './view';

/** Who pushes: a device's role and the team member it syncs as. */
export interface Actor {
  readonly role: DeviceRole;
  readonly memberId: string | null;
}

const DAY_MS = 86_400_000;

/**
 * The roles of DESIGN §9, checked again by the server on every pushed change with the
 * same rule the app's core applies before every write (src/shared/roles), dated the
 * day of the change's clock: a rep's edits made offline before a reassignment still go
 * up. The facts come from the batch's view of storage (read before the batch is
 * judged). Returns null when allowed, else the reason in the user's words.
 */
export function authorize(
  view: BatchView,
  actor: Actor,
  t: Table,
  change: WireChange,
  stored: StoredRow | undefined,
): string | null {
  if (actor.role === 'admin') return null;
  const dayNumber = Math.floor(hlcMillis(change.hlc) / DAY_MS);
  return refusalOf(
    { id: actor.memberId ?? '', appRole: actor.role },
    t,
    intentOf(t, change, stored),
    view.facts(dayNumber, () => factsOn(view, actor.memberId ?? '', dayNumber)),
    dayNumber,
  );
}

/** The rule's questions, answered from the batch's view as of one day. */
function factsOn(view: BatchView, member: string, dayNumber: number): WriteFacts {
  const day = new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
  return {
    covers: (_member, account) => view.coverageOn(account, day).some((c) => c.memberId === member),
    inTeamBook: (_lead, account) => inTeamBook(view, account, day),
    isCovered: (account) => view.coverageOn(account, day).length > 0,
    teamsLedBy: () => view.leadTeams(),
    accountName: (account) => view.accountName(account),
  };
}

const defaults = new WeakMap<Table, Readonly<Record<string, unknown>>>();

/** The value each managers-only field has on a row that never set it. */
function managersDefaults(t: Table): Readonly<Record<string, unknown>> {
  let found = defaults.get(t);
  if (!found) {
    const values: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(t.columns)) {
      if (column.managersOnly) values[field] = column.zod.safeParse(undefined).data ?? null;
    }
    found = values;
    defaults.set(t, found);
  }
  return found;
}

/** The write as the rule sees it: the row as the server keeps it, and the values set. */
function intentOf(t: Table, change: WireChange, stored: StoredRow | undefined): WriteIntent {
  if (!stored) return { values: change.values };
  // A managers-only field never set on the row has its default, as it has on a laptop.
  const before: Record<string, unknown> = { id: change.row, ...managersDefaults(t) };
  for (const [field, kept] of Object.entries(stored.state)) before[field] = kept.v;
  if (t.account && t.account !== 'id') before[t.account] = stored.accountId;
  return { before, values: change.values };
}

/**
 * Covered by a member of the lead's teams, or by nobody at all (so it can be staffed).
 * An assignment of someone the server has no member row for counts for neither.
 */
function inTeamBook(view: BatchView, account: string, day: string): boolean {
  const teams = view.leadTeams();
  let anyone = 0;
  let ours = 0;
  for (const c of view.coverageOn(account, day)) {
    const team = view.teamOf(c.memberId);
    if (team === undefined) continue;
    anyone += 1;
    if (team !== null && teams.includes(team)) ours += 1;
  }
  return anyone === 0 || ours > 0;
}
