import { describe, expect, it } from 'vitest';
import {
  refusalOf,
  type WriteActor,
  type WriteFacts,
  type WriteIntent,
} from '../../../src/shared/roles/writeRule';
import { tableNamed } from '../../../src/shared/schema/tables';
import type { Table } from '../../../src/shared/schema/table';

const TODAY = 20_000;
const YESTERDAY = TODAY - 1;

const admin: WriteActor = { id: 'admin', appRole: 'admin' };
const lead: WriteActor = { id: 'lead', appRole: 'lead' };
const rep: WriteActor = { id: 'rep', appRole: 'rep' };

/**
 * A small book: the lead leads team north, where rep works; rival (team south) covers
 * Globex; rep covers Acme, and covered Initech until yesterday; Umbrella has nobody.
 */
const covers = [
  { member: 'rep', account: 'acme', from: 0, to: null as number | null },
  { member: 'rep', account: 'initech', from: 0, to: YESTERDAY },
  { member: 'rival', account: 'globex', from: 0, to: null },
];
const teamOf: Record<string, string> = { lead: 'north', rep: 'north', rival: 'south' };
const names: Record<string, string> = { acme: 'Acme', globex: 'Globex', initech: 'Initech' };

const counts = (c: (typeof covers)[number], day: number) =>
  c.from <= day && (c.to === null || c.to >= day);

const facts: WriteFacts = {
  covers: (member, account, day) =>
    covers.some((c) => c.member === member && c.account === account && counts(c, day)),
  isCovered: (account, day) => covers.some((c) => c.account === account && counts(c, day)),
  inTeamBook: (leadId, account, day) => {
    const current = covers.filter((c) => c.account === account && counts(c, day));
    return current.length === 0 || current.some((c) => teamOf[c.member] === teamOf[leadId]);
  },
  teamsLedBy: (leadId) => (leadId === 'lead' ? ['north'] : []),
  accountName: (account) => names[account] ?? `Account ${account}`,
};

const table = (name: string): Table => {
  const t = tableNamed(name);
  if (!t) throw new Error(`no table ${name}`);
  return t;
};
const refusal = (actor: WriteActor, name: string, intent: WriteIntent, day = TODAY) =>
  refusalOf(actor, table(name), intent, facts, day);

describe('refusalOf: admin', () => {
  it('lets an admin create teams and reassign any account', () => {
    expect(refusal(admin, 'teams', { values: { name: 'East' } })).toBeNull();
    expect(
      refusal(admin, 'assignments', { values: { accountId: 'globex', memberId: 'rep' } }),
    ).toBeNull();
  });
});

describe('refusalOf: reference data', () => {
  it('refuses a rep any change to reference data', () => {
    expect(refusal(rep, 'offerings', { values: { name: 'Support' } })).toBe(
      'Offering: only a lead or an admin may make this change',
    );
    expect(refusal(rep, 'teams', { before: { id: 'north' }, values: { name: 'N' } })).toBe(
      'Team: only a lead or an admin may make this change',
    );
  });

  it('lets a lead change shared reference data such as offerings', () => {
    expect(refusal(lead, 'offerings', { values: { name: 'Support' } })).toBeNull();
  });

  it('lets a lead rename their own team but not create one or edit another', () => {
    expect(refusal(lead, 'teams', { before: { id: 'north' }, values: { name: 'N' } })).toBeNull();
    const ownOnly = 'A lead may change their own team only; an admin creates teams';
    expect(refusal(lead, 'teams', { values: { name: 'East' } })).toBe(ownOnly);
    expect(refusal(lead, 'teams', { before: { id: 'south' }, values: { name: 'S' } })).toBe(
      ownOnly,
    );
  });

  it("keeps a lead's member and territory edits within their own team", () => {
    expect(refusal(lead, 'team_members', { values: { name: 'New', teamId: 'north' } })).toBeNull();
    expect(
      refusal(lead, 'team_members', { before: { teamId: 'north' }, values: { teamId: 'south' } }),
    ).toBe('Team member: a lead may change those of their own team only');
    expect(refusal(lead, 'team_members', { values: { name: 'Teamless' } })).toBe(
      'Team member: a lead may change those of their own team only',
    );
    expect(refusal(lead, 'territories', { before: { teamId: 'south' }, values: {} })).toBe(
      'Territory: a lead may change those of their own team only',
    );
  });
});

describe('refusalOf: assignments by a rep', () => {
  const claim = { accountId: 'umbrella', memberId: 'rep', isOwner: true };

  it('lets a rep claim an account nobody covers as its owner', () => {
    expect(refusal(rep, 'assignments', { values: claim })).toBeNull();
  });

  it('refuses a rep any other assignment', () => {
    const onlyManagers = 'Only a lead or an admin may assign or reassign accounts';
    expect(refusal(rep, 'assignments', { values: { ...claim, accountId: 'globex' } })).toBe(
      onlyManagers,
    );
    expect(refusal(rep, 'assignments', { values: { ...claim, memberId: 'rival' } })).toBe(
      onlyManagers,
    );
    expect(refusal(rep, 'assignments', { values: { ...claim, isOwner: false } })).toBe(
      onlyManagers,
    );
    expect(refusal(rep, 'assignments', { before: claim, values: { creditShare: 50 } })).toBe(
      onlyManagers,
    );
  });
});

describe('refusalOf: fields for managers', () => {
  it('lets a rep create an account leaving territory and force as they come by default', () => {
    expect(
      refusal(rep, 'accounts', {
        values: { name: 'New', salesForce: 'geographic', territoryId: null },
      }),
    ).toBeNull();
  });

  it('refuses a rep setting a territory on a new account', () => {
    expect(refusal(rep, 'accounts', { values: { name: 'New', territoryId: 'west' } })).toBe(
      'Territory: only a lead or an admin may change this on an account',
    );
  });

  it('compares an update with the row as it is', () => {
    const before = { id: 'acme', salesForce: 'strategic' };
    expect(refusal(rep, 'accounts', { before, values: { salesForce: 'strategic' } })).toBeNull();
    expect(refusal(rep, 'accounts', { before, values: { salesForce: 'geographic' } })).toBe(
      'Sales force: only a lead or an admin may change this on an account',
    );
    expect(refusal(lead, 'accounts', { before, values: { salesForce: 'geographic' } })).toBeNull();
  });
});

describe('refusalOf: whose accounts', () => {
  it('lets a rep change what belongs to accounts they cover, and nothing else', () => {
    expect(refusal(rep, 'contacts', { values: { accountId: 'acme', name: 'Ann' } })).toBeNull();
    expect(refusal(rep, 'contacts', { values: { accountId: 'globex', name: 'Gus' } })).toBe(
      'You can only change accounts you cover, and Globex is not one of them',
    );
  });

  it('refuses moving a row from an account one may change to one one may not', () => {
    expect(
      refusal(rep, 'contacts', { before: { accountId: 'acme' }, values: { accountId: 'globex' } }),
    ).toBe('You can only change accounts you cover, and Globex is not one of them');
    expect(
      refusal(lead, 'contacts', { before: { accountId: 'globex' }, values: { accountId: 'acme' } }),
    ).toBe("Globex is not in your team's book");
  });

  it("lets a lead change their team's book and accounts nobody covers", () => {
    expect(refusal(lead, 'accounts', { before: { id: 'acme' }, values: { tier: 'A' } })).toBeNull();
    expect(
      refusal(lead, 'assignments', { values: { accountId: 'umbrella', memberId: 'rep' } }),
    ).toBeNull();
    expect(refusal(lead, 'accounts', { before: { id: 'globex' }, values: { tier: 'A' } })).toBe(
      "Globex is not in your team's book",
    );
  });

  it('names an account it cannot find by its id', () => {
    expect(refusal(rep, 'contacts', { values: { accountId: 'umbrella' } })).toBe(
      'You can only change accounts you cover, and Account umbrella is not one of them',
    );
  });
});

describe('refusalOf: the day of the change', () => {
  const intent = { before: { accountId: 'initech' }, values: { name: 'Ian' } };

  it('allows a change dated on a day the rep covered the account', () => {
    expect(refusal(rep, 'contacts', intent, YESTERDAY)).toBeNull();
  });

  it('refuses the same change dated a day they no longer cover it', () => {
    expect(refusal(rep, 'contacts', intent, TODAY)).toBe(
      'You can only change accounts you cover, and Initech is not one of them',
    );
  });

  it('judges a claim by whether anyone covers the account on that day', () => {
    const claim = { values: { accountId: 'initech', memberId: 'rep', isOwner: true } };
    expect(refusal(rep, 'assignments', claim, TODAY)).toBeNull();
    expect(refusal(rep, 'assignments', claim, YESTERDAY)).toBe(
      'Only a lead or an admin may assign or reassign accounts',
    );
  });
});
