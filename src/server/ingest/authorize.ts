import { refusalOf, type WriteFacts, type WriteIntent } from '../../shared/roles/writeRule';
import type { Table } from '../../shared/schema/table';
import type { WireChange } from '../../shared/sync/wire';
import type { DeviceRole } from '../devices';
import { rowValues, type StoredRow } from '../rows';
import type { BatchView } from './view';

/** Who pushes: a device's role and the team member it syncs as. */
export interface Actor {
  readonly role: DeviceRole;
  readonly memberId: string | null;
}

export const DAY_MS = 86_400_000;

/**
 * The roles of DESIGN §9, checked again by the server on every pushed change with the
 * same rule the app's core applies before every write (src/shared/roles), on days the
 * server chooses, never the change's own clock (the device sets that): `days` are
 * today and the day of the device's last pull, so a rep's edit made offline while the
 * rep still covered an account goes up after a hand-over the device had not yet seen,
 * and no earlier. Allowed when allowed on either day. The facts come from the batch's
 * view of storage. Returns null when allowed, else the reason in the user's words.
 */
export function authorize(
  view: BatchView,
  actor: Actor,
  t: Table,
  change: WireChange,
  stored: StoredRow | undefined,
  days: readonly number[],
): string | null {
  if (actor.role === 'admin') return null;
  const intent = intentOf(t, change, stored);
  let refused: string | null = null;
  for (const day of days) {
    const reason = refusalOf(
      { id: actor.memberId ?? '', appRole: actor.role },
      t,
      intent,
      view.facts(day, () => factsOn(view, actor.memberId ?? '', day)),
      day,
    );
    if (reason === null) return null;
    refused ??= reason;
  }
  return refused;
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

/** The write as the rule sees it: the row as the server keeps it, and the values set. */
function intentOf(t: Table, change: WireChange, stored: StoredRow | undefined): WriteIntent {
  if (!stored) return { values: change.values };
  const before = rowValues(t, change.row, stored);
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
