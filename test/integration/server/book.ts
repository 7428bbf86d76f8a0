import crypto from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { hlcAt } from '../../../src/shared/hlc';
import type { WireChange } from '../../../src/shared/sync/wire';

/** One device's changes, as its log would number and clock them. */
export class Writer {
  readonly node = crypto.randomBytes(8).toString('hex');
  private seq = 0;
  private last = 0;

  /** A write to a row; `at` (ms) clocks it on another moment, e.g. yesterday. */
  change(table: string, row: string, values: Record<string, unknown>, at?: number): WireChange {
    const hlc = at === undefined ? Math.max(hlcAt(Date.now()), this.last + 1) : hlcAt(at);
    if (at === undefined) this.last = hlc;
    const seq = this.seq + 1;
    this.seq += Object.keys(values).length || 1;
    return {
      node: this.node,
      seq,
      hlc,
      table,
      row,
      values: values as WireChange['values'],
      bases: null,
    };
  }

  insert(table: string, values: Record<string, unknown>): WireChange {
    return this.change(table, uuidv7(), values);
  }
}

export const DAY_MS = 86_400_000;
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A small team book: lead Lena leads team North with reps Ada and Bo; Oskar is a rep of
 * another team. Acme Site (a site of Acme Group) is Ada's, Beta is Bo's, Gamma is
 * Oskar's, Delta and Acme Group are covered by nobody.
 */
export function teamBook(admin: Writer) {
  const id = () => uuidv7();
  const ids = {
    north: id(),
    south: id(),
    territory: id(),
    lena: id(),
    ada: id(),
    bo: id(),
    oskar: id(),
    sven: id(),
    group: id(),
    site: id(),
    beta: id(),
    gamma: id(),
    delta: id(),
  };
  const contacts: Record<string, string> = {};
  const assignments: Record<string, string> = {};
  const changes: WireChange[] = [];
  const add = (table: string, row: string, values: Record<string, unknown>) =>
    changes.push(admin.change(table, row, values));
  const member = (row: string, name: string, appRole: string, teamId: string) =>
    add('team_members', row, { name, salesForce: 'geographic', appRole, teamId });
  // In the order a core writes them: a row is made before any row that points to it.
  add('teams', ids.north, { name: 'North', salesForce: 'geographic' });
  add('teams', ids.south, { name: 'South', salesForce: 'geographic' });
  add('territories', ids.territory, { name: 'North coast', teamId: ids.north });
  member(ids.lena, 'Lena Lead', 'lead', ids.north);
  member(ids.ada, 'Ada Rep', 'rep', ids.north);
  member(ids.bo, 'Bo Rep', 'rep', ids.north);
  member(ids.sven, 'Sven Lead', 'lead', ids.south);
  member(ids.oskar, 'Oskar Rep', 'rep', ids.south);
  add('teams', ids.north, { leadId: ids.lena });
  add('teams', ids.south, { leadId: ids.sven });
  const account = (row: string, name: string, parentId: string | null = null) => {
    add('accounts', row, { name, country: 'NO', parentId, salesForce: 'geographic' });
    contacts[row] = id();
    add('contacts', contacts[row], { accountId: row, name: `Contact at ${name}` });
  };
  account(ids.group, 'Acme Group');
  account(ids.site, 'Acme Site', ids.group);
  account(ids.beta, 'Beta');
  account(ids.gamma, 'Gamma');
  account(ids.delta, 'Delta');
  const cover = (accountId: string, memberId: string) => {
    assignments[accountId] = id();
    add('assignments', assignments[accountId], {
      accountId,
      memberId,
      role: 'account_manager',
      isOwner: true,
      creditShare: 100,
      validFrom: '2020-01-01',
    });
  };
  cover(ids.site, ids.ada);
  cover(ids.beta, ids.bo);
  cover(ids.gamma, ids.oskar);
  return { ids, contacts, assignments, changes };
}
export type TeamBook = ReturnType<typeof teamBook>;
