import { describe, expect, it } from 'vitest';
import { accountReadRefusal } from '../../../src/shared/roles/readRule';
import type { WriteActor, WriteFacts } from '../../../src/shared/roles/writeRule';

const TODAY = 20_000;

/** Rep covers Acme, covered Initech until yesterday; rival (another team) covers Globex. */
const covering: Record<string, { member: string; to: number | null }[]> = {
  acme: [{ member: 'rep', to: null }],
  initech: [{ member: 'rep', to: TODAY - 1 }],
  globex: [{ member: 'rival', to: null }],
};
const ours = new Set(['lead', 'rep']);
const live = (account: string, day: number) =>
  (covering[account] ?? []).filter((c) => c.to === null || c.to >= day);
const facts: Pick<WriteFacts, 'covers' | 'inTeamBook' | 'accountName'> = {
  covers: (member, account, day) => live(account, day).some((c) => c.member === member),
  inTeamBook: (_lead, account, day) => {
    const now = live(account, day);
    return now.length === 0 || now.some((c) => ours.has(c.member));
  },
  accountName: (account) => account.charAt(0).toUpperCase() + account.slice(1),
};
const read = (appRole: WriteActor['appRole'], id: string, account: string) =>
  accountReadRefusal({ id, appRole }, account, facts, TODAY);

describe("who may read an account's history", () => {
  it('lets a rep read the accounts they cover today, and no other', () => {
    expect(read('rep', 'rep', 'acme')).toBeNull();
    expect(read('rep', 'rep', 'initech')).toBe(
      'You can only see accounts you cover, and Initech is not one of them',
    );
    expect(read('rep', 'rep', 'globex')).toBe(
      'You can only see accounts you cover, and Globex is not one of them',
    );
  });

  it("lets a lead read their team's book (and what nobody covers), an admin everything", () => {
    expect(read('lead', 'lead', 'acme')).toBeNull();
    expect(read('lead', 'lead', 'initech')).toBeNull();
    expect(read('lead', 'lead', 'globex')).toBe("Globex is not in your team's book");
    expect(read('admin', 'admin', 'globex')).toBeNull();
  });
});
