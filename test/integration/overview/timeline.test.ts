import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineCursor } from '../../../src/shared/domain/overview';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { refusal } from '../../support/refusal';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const KINDS = ['call', 'visit', 'email'] as const;

/** 120 interactions, three at each moment (so pages must break ties), every third with Sara. */
async function longHistory() {
  const account = await t.api.createAccount({ name: 'ACME' });
  const sara = await t.api.createContact({ accountId: account.id, name: 'Sara Ahmadi' });
  const ids: string[] = [];
  for (let n = 0; n < 120; n++) {
    const day = String(1 + Math.floor(n / 3)).padStart(2, '0');
    const month = n < 90 ? '01' : '02';
    const logged = await t.api.createInteraction({
      accountId: account.id,
      kind: KINDS[n % 3]!,
      occurredAt: `2026-${month}-${n < 90 ? day : String(Number(day) - 30).padStart(2, '0')}T09:00:00Z`,
      subject: `Contact ${n}`,
      contactIds: n % 3 === 0 ? [sara.id] : [],
    });
    ids.push(logged.id);
  }
  return { account, sara, ids };
}

/** Every page from the first on, by following `next`. */
async function allPages(query: {
  accountId: string;
  kind?: 'call';
  contactId?: string;
  limit: number;
}) {
  const pages: string[][] = [];
  let before: TimelineCursor | undefined;
  do {
    const page = await t.api.listTimeline({ ...query, before });
    pages.push(page.interactions.map((i) => i.id));
    before = page.next ?? undefined;
  } while (before);
  return pages;
}

describe('timeline pages (load more)', () => {
  it('pages through the whole history newest first, each interaction once', async () => {
    const { account } = await longHistory();
    const everything = await t.api.listInteractions({ accountId: account.id });
    const pages = await allPages({ accountId: account.id, limit: 50 });
    expect(pages.map((p) => p.length)).toEqual([50, 50, 20]);
    expect(pages.flat()).toEqual(everything.map((i) => i.id));
  });

  it('filters by kind and by contact, and pages within the filter', async () => {
    const { account, sara, ids } = await longHistory();
    const calls = ids.filter((_, n) => n % 3 === 0).reverse();
    expect((await allPages({ accountId: account.id, kind: 'call', limit: 15 })).flat()).toEqual(
      calls,
    );
    const withSara = await allPages({ accountId: account.id, contactId: sara.id, limit: 25 });
    expect(withSara.map((p) => p.length)).toEqual([25, 15]);
    expect(withSara.flat()).toEqual(calls);
  });

  it('leaves out interactions put away', async () => {
    const { account, ids } = await longHistory();
    await t.api.archiveInteraction({ id: ids[119]! });
    const first = await t.api.listTimeline({ accountId: account.id, limit: 1 });
    expect(first.interactions.map((i) => i.id)).toEqual([ids[118]]);
  });

  it('refuses a contact of another account, an unknown account and a bad page size', async () => {
    const { account } = await longHistory();
    const other = await t.api.createAccount({ name: 'Globex' });
    const mai = await t.api.createContact({ accountId: other.id, name: 'Lê Thị Mai' });
    const foreign = await refusal(t.api.listTimeline({ accountId: account.id, contactId: mai.id }));
    expect(foreign.issues[0]?.field).toBe('contactId');
    expect(foreign.message).toMatch(/works at another account/);
    const unknown = '01890000-0000-7000-8000-000000000000';
    const missing = await refusal(t.api.listTimeline({ accountId: unknown }));
    expect(missing.issues).toEqual([
      { field: 'accountId', message: `Account ${unknown} does not exist` },
    ]);
    const tooMany = await refusal(t.api.listTimeline({ accountId: account.id, limit: 500 }));
    expect(tooMany.issues).toEqual([{ field: 'limit', message: 'Limit must be from 1 to 200' }]);
    const badCursor = await refusal(
      t.api.listTimeline({
        accountId: account.id,
        before: { occurredAt: 'yesterday', id: account.id },
      }),
    );
    expect(badCursor.issues[0]?.field).toBe('before.occurredAt');
  });
});
