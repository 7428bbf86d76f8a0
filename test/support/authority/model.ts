import { compareStamps } from '../../../src/shared/hlc';
import type { Table } from '../../../src/shared/schema/table';
import { tableNamed } from '../../../src/shared/schema/tables';
import type { WireChange } from '../../../src/shared/sync/wire';

type Clocked = { v: unknown; h: number; n: string };
type Row = Map<string, Clocked>;

/**
 * The team's book as the randomized authority test keeps it, apart from the server:
 * every row's fields, last writer wins by (hlc, node), fed with the changes the server
 * accepted, in the order it accepted them. The oracle (oracle.ts) asks it who covers
 * what, which team a member is in and who leads a team, as DESIGN §9 states the rules.
 */
export class BookModel {
  private readonly rows = new Map<string, Map<string, Row>>();

  apply(change: WireChange): void {
    const table = this.rows.get(change.table) ?? new Map<string, Row>();
    this.rows.set(change.table, table);
    const row = table.get(change.row) ?? new Map<string, Clocked>();
    table.set(change.row, row);
    for (const [field, value] of Object.entries(change.values)) {
      const kept = row.get(field);
      if (kept && compareStamps(change, { hlc: kept.h, node: kept.n }) <= 0) continue;
      row.set(field, { v: value, h: change.hlc, n: change.node });
    }
  }

  has(table: string, id: string): boolean {
    return this.rows.get(table)?.has(id) ?? false;
  }

  /** The row's field, or the column's default when never set. */
  value(table: string, id: string, field: string): unknown {
    const kept = this.rows.get(table)?.get(id)?.get(field);
    if (kept) return kept.v;
    const column = tableNamed(table)?.columns[field];
    return column
      ? (column.zod.safeParse(undefined).data ?? null)
      : field === 'archived'
        ? false
        : null;
  }

  ids(table: string): string[] {
    return [...(this.rows.get(table)?.keys() ?? [])];
  }

  /** Every set field of a row, in API form. */
  values(table: string, id: string): Record<string, unknown> {
    return Object.fromEntries(
      [...(this.rows.get(table)?.get(id)?.entries() ?? [])].map(([f, c]) => [f, c.v]),
    );
  }

  /** The account a row belongs to (itself for an account), or undefined when unknown. */
  accountOf(t: Table, id: string): string | null | undefined {
    if (t.account === null) return null;
    if (t.account === 'id') return id;
    if (!this.has(t.name, id)) return undefined;
    const account = this.value(t.name, id, t.account);
    return typeof account === 'string' ? account : undefined;
  }

  /**
   * The members with an assignment to the account current on `day` (YYYY-MM-DD). In
   * force only (`inForce`, what scope follows): one ending that day gives way to another
   * of the account's starting that day.
   */
  coveringOn(account: string, day: string, inForce = false): string[] {
    const covers = this.ids('assignments').flatMap((id) => {
      const a = (f: string) => this.value('assignments', id, f);
      const [accountId, memberId, from, to] = [
        a('accountId'),
        a('memberId'),
        a('validFrom'),
        a('validTo'),
      ];
      if (accountId !== account || typeof memberId !== 'string' || typeof from !== 'string')
        return [];
      return [{ id, memberId, from, to: typeof to === 'string' ? to : null }];
    });
    const startsToday = (id: string) => covers.some((c) => c.id !== id && c.from === day);
    return covers
      .filter((c) => c.from <= day && (c.to === null || c.to >= day))
      .filter((c) => !inForce || c.to !== day || !startsToday(c.id))
      .map((c) => c.memberId);
  }

  /** The member's team; undefined when there is no such member. */
  teamOf(member: string): string | null | undefined {
    if (!this.has('team_members', member)) return undefined;
    const team = this.value('team_members', member, 'teamId');
    return typeof team === 'string' ? team : null;
  }

  /** The teams a lead leads, and their own. */
  leadTeams(lead: string): string[] {
    const teams = new Set(
      this.ids('teams').filter((t) => this.value('teams', t, 'leadId') === lead),
    );
    const own = this.teamOf(lead);
    if (own) teams.add(own);
    return [...teams];
  }

  /** Covered by someone of the lead's teams on `day`, or by no known member at all. */
  inTeamBook(lead: string, account: string, day: string, inForce = false): boolean {
    const teams = this.leadTeams(lead);
    let anyone = 0;
    let ours = 0;
    for (const member of this.coveringOn(account, day, inForce)) {
      const team = this.teamOf(member);
      if (team === undefined) continue;
      anyone += 1;
      if (team !== null && teams.includes(team)) ours += 1;
    }
    return anyone === 0 || ours > 0;
  }

  /**
   * An account and every account it points up to, again and again: its parent (a
   * site's company) and the distributor it is served via.
   */
  withLinked(account: string): string[] {
    const out = [account];
    for (let i = 0; i < out.length && out.length < 1000; i++) {
      for (const field of ['parentId', 'servedViaId']) {
        const up = this.value('accounts', out[i]!, field);
        if (typeof up === 'string' && !out.includes(up)) out.push(up);
      }
    }
    return out;
  }

  /** The accounts served via a distributor account. */
  servedVia(distributor: string): string[] {
    return this.ids('accounts').filter(
      (a) => this.value('accounts', a, 'servedViaId') === distributor,
    );
  }
}
