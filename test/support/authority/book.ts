import { v7 as uuid } from 'uuid';
import type { WireChange } from '../../../src/shared/sync/wire';
import { Writer } from '../../integration/server/book';

/**
 * The team the randomized authority test starts from, written by an admin in the order a
 * core writes (a row before any row that points to it): teams North (lead Lena: reps Ada
 * and Bo) and South (lead Sven: rep Oskar), and Uma, a rep of no team who covers
 * nothing (the outsider); 24 accounts, some sites of a parent, each with contacts, a
 * purchase, an interaction and an opportunity; Ada, Bo and Oskar each own some, six are
 * covered by nobody.
 */
export function authorityBook(admin: Writer) {
  const changes: WireChange[] = [];
  const add = (table: string, row: string, values: Record<string, unknown>) => {
    changes.push(admin.change(table, row, values));
    return row;
  };
  const north = add('teams', uuid(), { name: 'North', salesForce: 'strategic' });
  const south = add('teams', uuid(), { name: 'South', salesForce: 'geographic' });
  const member = (name: string, appRole: string, teamId: string | null) =>
    add('team_members', uuid(), { name, salesForce: 'geographic', appRole, teamId });
  const people = {
    lena: member('Lena Lead', 'lead', north),
    ada: member('Ada Rep', 'rep', north),
    bo: member('Bo Rep', 'rep', north),
    sven: member('Sven Lead', 'lead', south),
    oskar: member('Oskar Rep', 'rep', south),
    uma: member('Uma Outsider', 'rep', null),
  };
  add('teams', north, { leadId: people.lena });
  add('teams', south, { leadId: people.sven });
  for (const [i, teamId] of [north, south].entries()) {
    add('territories', uuid(), { name: `Territory ${i}`, teamId });
  }
  add('offerings', uuid(), { kind: 'core_product', name: 'Valve line', productLine: 'Valves' });
  add('holidays', uuid(), { name: 'Constitution Day', country: 'NO', month: 5, day: 17 });
  const owners = [people.ada, people.ada, people.bo, people.oskar, people.oskar, null];
  const accounts: string[] = [];
  for (let i = 0; i < 24; i++) {
    const parentId = i % 4 === 3 ? accounts[i - 1]! : null;
    const account = add('accounts', uuid(), {
      name: `Kunde ${i} AS`,
      country: 'NO',
      city: i % 2 ? 'Tromsø' : 'Yazd',
      parentId,
    });
    accounts.push(account);
    const boss = add('contacts', uuid(), { accountId: account, name: `Sara ${i}` });
    const contact = add('contacts', uuid(), {
      accountId: account,
      name: `Nguyễn ${i}`,
      reportsToId: boss,
    });
    add('purchases', uuid(), {
      accountId: account,
      productLine: 'Valves',
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      amount: 1000 + i,
      currency: 'NOK',
    });
    add('interactions', uuid(), {
      accountId: account,
      kind: 'visit',
      occurredAt: '2026-02-01T09:00:00.000Z',
      subject: 'Visit',
      contactIds: [contact],
    });
    add('opportunities', uuid(), { accountId: account, name: `Deal ${i}`, value: 5000 });
    const owner = owners[i % owners.length];
    if (owner) {
      add('assignments', uuid(), {
        accountId: account,
        memberId: owner,
        role: 'account_manager',
        isOwner: true,
        creditShare: 100,
        validFrom: '2024-01-01',
      });
    }
  }
  return { changes, people, teams: { north, south }, accounts };
}
export type AuthorityBook = ReturnType<typeof authorityBook>;
