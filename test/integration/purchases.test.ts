import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/tempDb';
import { refusedWithoutWriting } from '../support/nothingWritten';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const lastYear = (accountId: string) => ({
  accountId,
  productLine: 'Pumps',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  quantity: 40,
  amount: 120000,
  currency: 'NOK',
});

describe('purchases', () => {
  it('records what an account bought, lists, updates and archives it', async () => {
    const account = await t.api.createAccount({ name: 'ACME' });
    const bought = await t.api.createPurchase(lastYear(account.id));
    expect(bought).toMatchObject({ ...lastYear(account.id), archived: false });
    expect(await t.api.getPurchase({ id: bought.id })).toEqual(bought);
    const earlier = await t.api.createPurchase({
      ...lastYear(account.id),
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
    });
    expect((await t.api.listPurchases({ accountId: account.id })).map((p) => p.id)).toEqual([
      bought.id,
      earlier.id,
    ]);

    const updated = await t.api.updatePurchase({ id: bought.id, patch: { amount: 125000 } });
    expect(updated).toEqual({ ...bought, amount: 125000, updatedAt: updated.updatedAt });

    await t.api.archivePurchase({ id: bought.id });
    expect((await t.api.listPurchases({ accountId: account.id })).map((p) => p.id)).toEqual([
      earlier.id,
    ]);
  });

  it('refuses a negative amount and a period that ends before it starts', async () => {
    const account = await t.api.createAccount({ name: 'ACME' });
    const negative = await refusedWithoutWriting(t.api, () =>
      t.api.createPurchase({ ...lastYear(account.id), amount: -5 }),
    );
    expect(negative.issues[0]).toEqual({ field: 'amount', message: 'Amount cannot be negative' });
    const backwards = await refusedWithoutWriting(t.api, () =>
      t.api.createPurchase({ ...lastYear(account.id), periodEnd: '2024-12-31' }),
    );
    expect(backwards.issues[0]).toEqual({
      field: 'periodEnd',
      message: 'Period end cannot be before its start',
    });

    const bought = await t.api.createPurchase(lastYear(account.id));
    const moved = await refusedWithoutWriting(t.api, () =>
      t.api.updatePurchase({ id: bought.id, patch: { periodStart: '2026-01-01' } }),
    );
    expect(moved.issues[0]?.field).toBe('patch.periodEnd');
  });
});
