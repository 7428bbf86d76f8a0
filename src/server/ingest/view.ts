import type { WriteFacts } from '../../shared/roles/writeRule';
import type { Table } from '../../shared/schema/table';
import type { WireChange } from '../../shared/sync/wire';
import type { DeviceRole } from '../devices';
import { noProjections, project, type Coverage, type Merged, type StoredRow } from '../rows';
import { selectIn } from '../storage/selectIn';
import type { Sql } from '../storage/storage';
import { rowKey } from './write';
import type { Cover } from '../../shared/rules/coverage';
import { referencesOf } from '../../shared/schema/references';

/** A change of the batch that passed the checks that need no storage. */
export interface Candidate {
  readonly t: Table;
  readonly change: WireChange;
}

/** The server's state as one push batch sees it: what storage held, plus the batch's own accepted changes. */
interface State {
  /** Kept rows by `rowKey`; null when storage has none. */
  readonly rows: Map<string, StoredRow | null>;
  /** Accounts whose coverage was read: only these may be asked about. */
  readonly accounts: Set<string>;
  /** Assignment → what it covers, and each account's assignments. */
  readonly coverage: Map<string, Coverage>;
  readonly byAccount: Map<string, Set<string>>;
  /** Team member → team, for the members read (a member absent here has no team row). */
  readonly members: Map<string, string | null>;
  readonly membersRead: Set<string>;
  /** Team → lead, for the teams the pushing lead leads and those the batch changes. */
  readonly teams: Map<string, string | null>;
}

const ROWS = `SELECT row_id AS "row", account_id AS "accountId", state FROM rows
  WHERE tbl = :tbl AND row_id IN (:keys)`;
const COVERAGE = `SELECT row_id AS "row", account_id AS "accountId", member_id AS "memberId",
  is_owner AS "isOwner", valid_from AS "validFrom", valid_to AS "validTo" FROM scope_assignments`;

/**
 * The facts a push batch can need, read set-wise before the batch is judged (a few
 * queries in all, not several per change), and kept up to date in memory as each
 * accepted change is merged: a change is judged against storage plus the batch's
 * earlier changes, exactly as if those had been written one by one.
 */
export class BatchView {
  /** The rule's facts per day of a change's clock, made once a batch. */
  private readonly byDay = new Map<number, WriteFacts>();

  private constructor(
    private readonly s: State,
    private readonly memberId: string,
  ) {}

  facts(day: number, make: () => WriteFacts): WriteFacts {
    let found = this.byDay.get(day);
    if (!found) {
      found = make();
      this.byDay.set(day, found);
    }
    return found;
  }

  static async load(
    sql: Sql,
    actor: { role: DeviceRole; memberId: string | null },
    candidates: readonly Candidate[],
  ): Promise<BatchView> {
    const s: State = {
      rows: new Map(),
      accounts: new Set(),
      coverage: new Map(),
      byAccount: new Map(),
      members: new Map(),
      membersRead: new Set(),
      teams: new Map(),
    };
    const view = new BatchView(s, actor.memberId ?? '');
    await view.readRows(sql, [
      ...candidates.map(({ t, change }) => [t.name, change.row] as const),
      ...candidates.flatMap(({ t, change }) =>
        [...referencesOf(t, change.values)].map(({ target, id }) => [target, id] as const),
      ),
    ]);
    // The rows the stored rows point to as well: a rule may ask about a reference the
    // change leaves as it is (a contact moved to another account keeps its manager).
    await view.readRows(
      sql,
      candidates.flatMap(({ t, change }) => {
        const kept = s.rows.get(rowKey(t.name, change.row));
        if (!kept) return [];
        const values = Object.fromEntries(Object.entries(kept.state).map(([f, c]) => [f, c.v]));
        return [...referencesOf(t, values)].map(({ target, id }) => [target, id] as const);
      }),
    );
    // And their accounts, for the names a message gives.
    const accounts = [...s.rows.values()].flatMap((r) => (r?.accountId ? [r.accountId] : []));
    await view.readRows(
      sql,
      accounts.map((id) => ['accounts', id] as const),
    );
    await view.readAccounts(sql, candidates);
    await view.readCoveringRows(sql, candidates);
    if (actor.role === 'admin') return view;
    await view.readMembers(sql, candidates);
    const led = await sql.all<{ row: string; lead: string | null }>(
      'SELECT row_id AS "row", lead_id AS "lead" FROM scope_teams WHERE lead_id = :member',
      { member: view.memberId },
    );
    const changed = candidates.filter((c) => c.t.name === 'teams').map((c) => c.change.row);
    const teams = await selectIn<{ row: string; lead: string | null }>(
      sql,
      'SELECT row_id AS "row", lead_id AS "lead" FROM scope_teams WHERE row_id IN (:keys)',
      [...new Set(changed)],
    );
    for (const { row, lead } of [...led, ...teams]) s.teams.set(row, lead);
    return view;
  }

  /** The row as kept, or undefined when the server never saw it. */
  row(t: Table, id: string): StoredRow | undefined {
    return this.kept(t.name, id);
  }

  /** Whether the server has the row (stored, or made earlier in the batch); it must have been read. */
  has(table: string, id: string): boolean {
    return this.kept(table, id) !== undefined;
  }

  /** A row the batch read (a change's row, or one a change or its row points to), as kept. */
  kept(table: string, id: string): StoredRow | undefined {
    const key = rowKey(table, id);
    if (!this.s.rows.has(key)) throw new Error(`The server did not read ${table} ${id}`);
    return this.s.rows.get(key) ?? undefined;
  }

  /** The account's assignments as the coverage rules read them (all, ended ones included). */
  assignmentsOf(account: string): Cover[] {
    if (!this.s.accounts.has(account)) {
      throw new Error(`The server did not read the coverage of account ${account}`);
    }
    return [...(this.s.byAccount.get(account) ?? [])].map((row) => {
      const c = this.s.coverage.get(row)!;
      const state = this.s.rows.get(rowKey('assignments', row))?.state;
      const name = this.s.rows.get(rowKey('team_members', c.memberId))?.state.name?.v;
      const share = state?.creditShare?.v;
      return {
        id: row,
        memberName: typeof name === 'string' ? name : `Team member ${c.memberId}`,
        isOwner: c.isOwner === 1,
        overlay: state?.overlay?.v === true,
        creditShare: typeof share === 'number' ? share : 0,
        validFrom: c.validFrom,
        validTo: c.validTo,
      };
    });
  }

  /** An accepted change: later changes of the batch see its row and projections. */
  apply(t: Table, change: WireChange, merged: Merged): void {
    if (merged.dirty) this.s.rows.set(rowKey(t.name, change.row), merged.row);
    if (!merged.touched) return;
    const p = noProjections();
    project(p, t.name, change.row, merged.row.state);
    for (const [member, team] of p.members) {
      this.s.members.set(member, team);
      this.s.membersRead.add(member);
    }
    for (const [team, lead] of p.teams) this.s.teams.set(team, lead);
    for (const [row, c] of p.coverage) this.cover(row, c);
  }

  /** The assignments to an account current on `day` (ISO dates compare as text). */
  coverageOn(account: string, day: string): Coverage[] {
    if (!this.s.accounts.has(account)) {
      throw new Error(`The server did not read the coverage of account ${account}`);
    }
    const current: Coverage[] = [];
    for (const row of this.s.byAccount.get(account) ?? []) {
      const c = this.s.coverage.get(row)!;
      if (c.validFrom <= day && (c.validTo === null || c.validTo >= day)) current.push(c);
    }
    return current;
  }

  /** The team a member is in; undefined when the server has no such member. */
  teamOf(member: string): string | null | undefined {
    if (!this.s.membersRead.has(member))
      throw new Error(`The server did not read member ${member}`);
    return this.s.members.get(member);
  }

  /** The pushing lead's teams: those they lead, and their own. */
  leadTeams(): string[] {
    const teams = new Set<string>();
    for (const [team, lead] of this.s.teams) if (lead === this.memberId) teams.add(team);
    const own = this.teamOf(this.memberId);
    if (own) teams.add(own);
    return [...teams];
  }

  accountName(account: string): string {
    const name = this.s.rows.get(rowKey('accounts', account))?.state.name?.v;
    return typeof name === 'string' ? name : `Account ${account}`;
  }

  private async readRows(sql: Sql, keys: readonly (readonly [string, string])[]): Promise<void> {
    const byTable = new Map<string, Set<string>>();
    for (const [table, row] of keys) {
      if (this.s.rows.has(rowKey(table, row))) continue;
      const rows = byTable.get(table) ?? new Set<string>();
      rows.add(row);
      byTable.set(table, rows);
    }
    for (const [tbl, ids] of byTable) {
      for (const id of ids) this.s.rows.set(rowKey(tbl, id), null);
      const found = await selectIn<{ row: string; accountId: string | null; state: string }>(
        sql,
        ROWS,
        [...ids],
        { tbl },
      );
      for (const r of found) {
        this.s.rows.set(rowKey(tbl, r.row), { accountId: r.accountId, state: JSON.parse(r.state) });
      }
    }
  }

  /** Every account a change can touch: their names, and who covers them. */
  private async readAccounts(sql: Sql, candidates: readonly Candidate[]): Promise<void> {
    const accounts = new Set<string>();
    for (const { t, change } of candidates) {
      if (t.account === 'id') accounts.add(change.row);
      if (t.account === null || t.account === 'id') continue;
      const named = change.values[t.account];
      if (typeof named === 'string') accounts.add(named);
      const stored = this.s.rows.get(rowKey(t.name, change.row))?.accountId;
      if (stored) accounts.add(stored);
    }
    const ids = [...accounts];
    await this.readRows(
      sql,
      ids.map((id) => ['accounts', id]),
    );
    const assignments = candidates.filter((c) => c.t.name === 'assignments');
    const covered = [
      ...(await selectIn<Coverage & { row: string }>(
        sql,
        `${COVERAGE} WHERE account_id IN (:keys)`,
        ids,
      )),
      ...(await selectIn<Coverage & { row: string }>(sql, `${COVERAGE} WHERE row_id IN (:keys)`, [
        ...new Set(assignments.map((c) => c.change.row)),
      ])),
    ];
    for (const id of ids) this.s.accounts.add(id);
    for (const { row, ...c } of covered) this.cover(row, { ...c, isOwner: c.isOwner ? 1 : 0 });
  }

  /** The assignments of every account an assignment of the batch is to, and their members: the coverage rules read them. */
  private async readCoveringRows(sql: Sql, candidates: readonly Candidate[]): Promise<void> {
    const accounts = new Set<string>();
    for (const { t, change } of candidates) {
      if (t.name !== 'assignments') continue;
      const named = change.values.accountId;
      if (typeof named === 'string') accounts.add(named);
      const stored = this.s.rows.get(rowKey(t.name, change.row))?.accountId;
      if (stored) accounts.add(stored);
    }
    const keys: [string, string][] = [];
    for (const account of accounts) {
      for (const row of this.s.byAccount.get(account) ?? []) {
        keys.push(['assignments', row], ['team_members', this.s.coverage.get(row)!.memberId]);
      }
    }
    await this.readRows(sql, keys);
  }

  /** The pushing member, every member covering a read account, and every member the batch names. */
  private async readMembers(sql: Sql, candidates: readonly Candidate[]): Promise<void> {
    const members = new Set<string>([this.memberId]);
    for (const c of this.s.coverage.values()) members.add(c.memberId);
    for (const { t, change } of candidates) {
      if (t.name === 'team_members') members.add(change.row);
      if (t.name !== 'assignments') continue;
      const named = change.values.memberId;
      if (typeof named === 'string') members.add(named);
      const kept = this.s.rows.get(rowKey(t.name, change.row))?.state.memberId?.v;
      if (typeof kept === 'string') members.add(kept);
    }
    const ids = [...members];
    const found = await selectIn<{ row: string; team: string | null }>(
      sql,
      'SELECT row_id AS "row", team_id AS "team" FROM scope_members WHERE row_id IN (:keys)',
      ids,
    );
    for (const id of ids) this.s.membersRead.add(id);
    for (const { row, team } of found) this.s.members.set(row, team);
  }

  private cover(row: string, c: Coverage): void {
    const before = this.s.coverage.get(row);
    if (before) this.s.byAccount.get(before.accountId)?.delete(row);
    this.s.coverage.set(row, c);
    const rows = this.s.byAccount.get(c.accountId) ?? new Set<string>();
    rows.add(row);
    this.s.byAccount.set(c.accountId, rows);
  }
}
