import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import path from 'node:path';
import { openTestCore, tempDir, type TestCore } from '../../support/tempDb';
import { openCore } from '../../../src/main/core/core';
import { generateDemo } from '../../../src/main/demo';
import { healthScore } from '../../../src/shared/domain/health';
import { directClient } from '../../../src/main/api/dispatch';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(Date.now() - n * DAY).toISOString();

const namesIn = async (query: Parameters<TestCore['api']['listAccounts']>[0]) =>
  (await t.api.listAccounts(query)).rows.map((r) => r.name);

describe('last contact and health on the account list', () => {
  it('shows the latest current interaction and follows edits and archiving', async () => {
    const acme = await t.api.createAccount({ name: 'Acme' });
    const call = { accountId: acme.id, kind: 'call' as const, subject: 'Call' };
    const old = await t.api.createInteraction({ ...call, occurredAt: daysAgo(40) });
    const recent = await t.api.createInteraction({ ...call, occurredAt: daysAgo(3) });
    const row = async () => (await t.api.listAccounts({})).rows[0]!;
    expect((await row()).lastContactAt).toBe(recent.occurredAt);

    await t.api.archiveInteraction({ id: recent.id, archived: true });
    expect((await row()).lastContactAt).toBe(old.occurredAt);
    const moved = await t.api.updateInteraction({
      id: old.id,
      patch: { occurredAt: daysAgo(100) },
    });
    expect((await row()).lastContactAt).toBe(moved.occurredAt);
    await t.api.archiveInteraction({ id: old.id, archived: true });
    expect((await row()).lastContactAt).toBeNull();
  });

  it('scores the latest current assessment with the shared formula', async () => {
    const acme = await t.api.createAccount({ name: 'Acme' });
    const weak = { trust: 2, lateDeliveries: true, newCompetitors: true };
    await t.api.createAssessment({ accountId: acme.id, assessedOn: '2025-01-10', trust: 5 });
    const latest = await t.api.createAssessment({
      accountId: acme.id,
      assessedOn: '2025-06-01',
      ...weak,
    });
    const row = async () => (await t.api.listAccounts({})).rows[0]!;
    expect((await row()).health).toBe(healthScore(latest));
    // trust 2 of 5: 15 of 60; a warning sign and a commitment failure: 28 of 40
    expect((await row()).health).toBe(43);
    await t.api.updateAssessment({ id: latest.id, patch: { trust: 4 } });
    expect((await row()).health).toBe(healthScore({ ...latest, trust: 4 }));
    await t.api.archiveAssessment({ id: latest.id, archived: true });
    expect((await row()).health).toBe(100);
  });

  it('sorts by last contact and by health, empty first, and pages without overlap', async () => {
    const make = async (name: string, contactDaysAgo: number | null, trust: number | null) => {
      const a = await t.api.createAccount({ name });
      if (contactDaysAgo !== null)
        await t.api.createInteraction({
          accountId: a.id,
          kind: 'visit',
          subject: 'Visit',
          occurredAt: daysAgo(contactDaysAgo),
        });
      if (trust !== null)
        await t.api.createAssessment({ accountId: a.id, assessedOn: '2025-03-01', trust });
    };
    await make('Fresh', 1, 5);
    await make('Stale', 200, 1);
    await make('Never', null, null);
    await make('Middling', 30, 3);
    expect(await namesIn({ sort: { key: 'lastContact', desc: false } })).toEqual([
      'Never',
      'Stale',
      'Middling',
      'Fresh',
    ]);
    expect(await namesIn({ sort: { key: 'lastContact', desc: true } })).toEqual([
      'Fresh',
      'Middling',
      'Stale',
      'Never',
    ]);
    expect(await namesIn({ sort: { key: 'health', desc: false } })).toEqual([
      'Never',
      'Stale',
      'Middling',
      'Fresh',
    ]);
    const pages = [
      ...(await namesIn({ sort: { key: 'health', desc: true }, limit: 2 })),
      ...(await namesIn({ sort: { key: 'health', desc: true }, limit: 2, offset: 2 })),
    ];
    expect(pages).toEqual(['Fresh', 'Middling', 'Stale', 'Never']);

    const notContacted = await t.api.listAccounts({ filter: { notContactedInDays: 60 } });
    expect(notContacted.total).toBe(2);
    expect(notContacted.rows.map((r) => r.name).sort()).toEqual(['Never', 'Stale']);
  });

  it('refuses a "not contacted in" that is not a whole number of days, naming the field', async () => {
    for (const notContactedInDays of [0, 2.5, 5000])
      await expect(t.api.listAccounts({ filter: { notContactedInDays } })).rejects.toThrow(
        /Not contacted in \(days\) must be a whole number from 1 to 3650/,
      );
  });

  it('orders by last contact on its index, not by sorting the book', () => {
    const plan = t.core.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT a.id FROM accounts a WHERE a.deleted = 0 AND a.archived = 0
         ORDER BY a.last_contact_at DESC, a.id DESC LIMIT 200`,
      )
      .all() as { detail: string }[];
    const details = plan.map((p) => p.detail).join('\n');
    expect(details).toMatch(/USING (COVERING )?INDEX accounts_last_contact\b/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });
});

describe('a bulk load', () => {
  it('gives every demo account the same figures the triggers keep', () => {
    const { dir, cleanup } = tempDir();
    const core = openCore(path.join(dir, 'demo.db'), { create: true });
    try {
      generateDemo(core.db, { accounts: 200, seed: 3 });
      const check = new Database(path.join(dir, 'demo.db'), { readonly: true });
      check.function('rapport_health', { varargs: true }, () => null);
      const stale = check
        .prepare(
          `SELECT count(*) FROM accounts a WHERE a.last_contact_at IS NOT
             (SELECT max(occurred_at) FROM interactions i
              WHERE i.account_id = a.id AND i.deleted = 0 AND i.archived = 0)`,
        )
        .pluck()
        .get();
      expect(stale).toBe(0);
      const contacted = check
        .prepare('SELECT count(*) FROM accounts WHERE last_contact_at IS NOT NULL')
        .pluck()
        .get() as number;
      expect(contacted).toBeGreaterThan(100);
      check.close();
      // Health as the account page computes it, for every assessed account.
      const api = directClient(core);
      const rows = core.db
        .prepare(
          'SELECT lower(hex(id)) AS id, health FROM accounts WHERE health IS NOT NULL LIMIT 20',
        )
        .all() as { id: string; health: number }[];
      expect(rows.length).toBeGreaterThan(0);
      return Promise.all(
        rows.map(async (r) => {
          const id = `${r.id.slice(0, 8)}-${r.id.slice(8, 12)}-${r.id.slice(12, 16)}-${r.id.slice(16, 20)}-${r.id.slice(20)}`;
          const current = (await api.listAssessments({ accountId: id })).filter((a) => !a.archived);
          const latest = current.sort(
            (x, y) => y.assessedOn.localeCompare(x.assessedOn) || y.id.localeCompare(x.id),
          )[0]!;
          expect(r.health).toBe(healthScore(latest));
        }),
      );
    } finally {
      core.close();
      cleanup();
    }
  });
});
