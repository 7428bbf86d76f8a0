import { hlcMillis, SERVER_TOLERANCE_MS } from '../../../src/shared/hlc';
import { tableNamed } from '../../../src/shared/schema/tables';
import type { WireChange } from '../../../src/shared/sync/wire';
import type { BookModel } from './model';

/** A device of the randomized test: who it syncs as. */
export interface Actor {
  readonly name: string;
  readonly role: 'rep' | 'lead' | 'admin';
  readonly memberId: string | null;
}

/**
 * Why an accepted change is outside what its device may do (a leak), or null. The
 * rules of DESIGN §9 written out again on their own, against the test's model of the
 * book as it stood when the change was judged (today, by the server's clock):
 * - a rep writes only to accounts they cover and what belongs to them, never reference
 *   data or a managers-only field, and assigns only themself as the owner of an
 *   account nobody covers;
 * - a lead writes only to the team's book (covered by the lead's teams, or by nobody),
 *   their own team and its members and territories, and shared offerings and holidays;
 * - an admin writes anything.
 */
export function leak(
  model: BookModel,
  actor: Actor,
  change: WireChange,
  day: string,
): string | null {
  if (actor.role === 'admin') return null;
  const t = tableNamed(change.table);
  if (!t) return `a change to the unknown table ${change.table} was stored`;
  const me = actor.memberId as string;
  const isNew = !model.has(t.name, change.row);
  if (t.account === null) return referenceLeak(model, actor, change, isNew);
  if (actor.role === 'rep') {
    if (t.name === 'assignments') {
      const { accountId, memberId, isOwner } = change.values;
      const claim =
        isNew &&
        memberId === me &&
        isOwner === true &&
        typeof accountId === 'string' &&
        model.coveringOn(accountId, day).length === 0;
      return claim ? null : `rep ${actor.name} changed assignment ${change.row}`;
    }
    for (const [field, value] of Object.entries(change.values)) {
      if (!t.columns[field]?.managersOnly) continue;
      const baseline = isNew
        ? t.columns[field].zod.safeParse(undefined).data
        : model.value(t.name, change.row, field);
      if (JSON.stringify(value) !== JSON.stringify(baseline ?? null)) {
        return `rep ${actor.name} changed the managers-only ${t.name}.${field}`;
      }
    }
  }
  // A new account (a prospect) is anyone's to make; its owner is then claimed.
  if (t.account === 'id' && isNew) return null;
  for (const account of accountsTouched(model, t.name, t.account, change)) {
    const allowed =
      actor.role === 'rep'
        ? model.coveringOn(account, day).includes(me)
        : model.inTeamBook(me, account, day);
    if (!allowed)
      return `${actor.role} ${actor.name} changed ${t.name} ${change.row} of account ${account}`;
  }
  return null;
}

function accountsTouched(model: BookModel, table: string, field: string, change: WireChange) {
  const t = tableNamed(table)!;
  const accounts = new Set<string>();
  const before = model.accountOf(t, change.row);
  if (typeof before === 'string') accounts.add(before);
  const after = field === 'id' ? change.row : change.values[field];
  if (typeof after === 'string') accounts.add(after);
  return [...accounts];
}

function referenceLeak(
  model: BookModel,
  actor: Actor,
  change: WireChange,
  isNew: boolean,
): string | null {
  if (actor.role === 'rep') return `rep ${actor.name} changed shared ${change.table}`;
  const teams = model.leadTeams(actor.memberId as string);
  const mine = (team: unknown) => typeof team === 'string' && teams.includes(team);
  if (change.table === 'teams' && (isNew || !teams.includes(change.row))) {
    return `lead ${actor.name} changed team ${change.row}`;
  }
  if (change.table === 'team_members' || change.table === 'territories') {
    const before = isNew ? [] : [model.value(change.table, change.row, 'teamId')];
    const after = 'teamId' in change.values ? [change.values.teamId] : [];
    const all = [...before, ...after];
    if (all.length === 0 || !all.every(mine)) {
      return `lead ${actor.name} changed ${change.table} ${change.row} outside their team`;
    }
  }
  return null;
}

/** Why an accepted change's clock should not have been taken, or null. */
export function clockLeak(
  change: WireChange,
  now: number,
  last: { seq: number; hlc: number } | undefined,
): string | null {
  if (hlcMillis(change.hlc) - now > SERVER_TOLERANCE_MS) return `clock ${change.hlc} in the future`;
  if (last && change.seq > last.seq && change.hlc < last.hlc)
    return `clock ${change.hlc} went back`;
  return null;
}

/**
 * The accounts a member's device may hold: a rep's covered ones, a lead's team book
 * (by the covers in force: one handed over that day has gone);
 * with the customers served via those of them that are distributors; and with every
 * account all of these point up to (parents, distributors).
 */
export function scopeOf(model: BookModel, actor: Actor, day: string): Set<string> {
  const held = new Set<string>();
  for (const account of model.ids('accounts')) {
    const mine =
      actor.role === 'admin' ||
      (actor.role === 'rep'
        ? model.coveringOn(account, day, true).includes(actor.memberId as string)
        : model.inTeamBook(actor.memberId as string, account, day, true));
    if (!mine) continue;
    for (const a of [account, ...model.servedVia(account)]) {
      for (const up of model.withLinked(a)) held.add(up);
    }
  }
  return held;
}
