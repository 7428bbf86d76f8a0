import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/tempDb';
import { refusedWithoutWriting } from '../support/nothingWritten';

let t: TestCore;
let adminId: string;
beforeEach(async () => {
  t = openTestCore();
  adminId = (await t.api.profile({})).member!.id;
});
afterEach(() => t.close());

async function catalogue() {
  const account = await t.api.createAccount({ name: 'ACME' });
  const pump = await t.api.createOffering({ kind: 'core_product', name: 'Pump P-200' });
  const parts = await t.api.createOffering({
    kind: 'service',
    name: 'Next-day parts',
    service: 'delivery_guarantee',
  });
  return { account, pump, parts };
}

describe('opportunities', () => {
  it('creates a deal with its offering, lists, updates and archives it', async () => {
    const { account, pump, parts } = await catalogue();
    const fields = {
      accountId: account.id,
      name: 'New pump line',
      value: 250000,
      currency: 'NOK',
      expectedClose: '2026-09-30',
      coreProductId: pump.id,
      serviceIds: [parts.id],
    };
    const deal = await t.api.createOpportunity(fields);
    expect(deal).toMatchObject({ ...fields, step: 'prospecting', status: 'open', archived: false });
    expect(await t.api.listOpportunities({ accountId: account.id })).toEqual([deal]);

    const updated = await t.api.updateOpportunity({ id: deal.id, patch: { value: 300000 } });
    expect(updated).toEqual({ ...deal, value: 300000, updatedAt: updated.updatedAt });

    await t.api.archiveOpportunity({ id: deal.id });
    expect(await t.api.listOpportunities({ accountId: account.id })).toEqual([]);
  });

  it('keeps the step history: who, when and why', async () => {
    const { account } = await catalogue();
    const deal = await t.api.createOpportunity({ accountId: account.id, name: 'Deal' });
    await t.api.updateOpportunity({ id: deal.id, patch: { step: 'presentation' } });
    await t.api.updateOpportunity({ id: deal.id, patch: { step: 'closing' } });
    await t.api.updateOpportunity({ id: deal.id, patch: { notes: 'No step change' } });
    await t.api.updateOpportunity({
      id: deal.id,
      patch: { step: 'objections', stepReason: 'New competitor cut prices' },
    });
    const detail = await t.api.getOpportunity({ id: deal.id });
    expect(detail.opportunity.step).toBe('objections');
    expect(detail.steps.map((s) => [s.step, s.reason])).toEqual([
      ['prospecting', null],
      ['presentation', null],
      ['closing', null],
      ['objections', 'New competitor cut prices'],
    ]);
    for (const s of detail.steps) {
      expect(s).toMatchObject({
        opportunityId: deal.id,
        accountId: account.id,
        changedById: adminId,
      });
      expect(Date.now() - Date.parse(s.changedAt)).toBeLessThan(60_000);
    }
  });

  it('refuses moving a deal back from closing without a reason', async () => {
    const { account } = await catalogue();
    const deal = await t.api.createOpportunity({
      accountId: account.id,
      name: 'Deal',
      step: 'follow_up',
    });
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.updateOpportunity({ id: deal.id, patch: { step: 'approach' } }),
    );
    expect(error.issues[0]).toEqual({
      field: 'patch.stepReason',
      message: 'Moving a deal back from closing or follow-up needs a reason',
    });
  });

  it('closes a deal as won or lost only with a reason, kept in its history', async () => {
    const { account } = await catalogue();
    const deal = await t.api.createOpportunity({ accountId: account.id, name: 'Deal' });
    await t.api.updateOpportunity({ id: deal.id, patch: { step: 'closing' } });
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.updateOpportunity({ id: deal.id, patch: { status: 'won' } }),
    );
    expect(error.issues[0]).toEqual({
      field: 'patch.stepReason',
      message: 'Closing a deal as won or lost needs a reason',
    });
    await t.api.updateOpportunity({
      id: deal.id,
      patch: { status: 'won', stepReason: 'Delivery guarantee beat the price' },
    });
    const back = await refusedWithoutWriting(t.api, () =>
      t.api.updateOpportunity({ id: deal.id, patch: { step: 'approach', status: 'open' } }),
    );
    expect(back.issues[0]?.message).toBe(
      'Moving a deal back from closing or follow-up needs a reason',
    );
    const detail = await t.api.getOpportunity({ id: deal.id });
    expect(detail.opportunity.status).toBe('won');
    expect(detail.steps.map((s) => [s.step, s.reason])).toEqual([
      ['prospecting', null],
      ['closing', null],
      ['closing', 'Delivery guarantee beat the price'],
    ]);
  });

  it('refuses a step outside the seven and an offering that is not in the catalogue', async () => {
    const { account, pump, parts } = await catalogue();
    const step = await refusedWithoutWriting(t.api, () =>
      t.api.createOpportunity({
        accountId: account.id,
        name: 'Deal',
        step: 'negotiation' as 'closing',
      }),
    );
    expect(step.issues[0]?.field).toBe('step');

    const product = await refusedWithoutWriting(t.api, () =>
      t.api.createOpportunity({ accountId: account.id, name: 'Deal', coreProductId: parts.id }),
    );
    expect(product.issues[0]).toEqual({
      field: 'coreProductId',
      message: 'Next-day parts is not a core product of the catalogue',
    });
    const service = await refusedWithoutWriting(t.api, () =>
      t.api.createOpportunity({ accountId: account.id, name: 'Deal', serviceIds: [pump.id] }),
    );
    expect(service.issues[0]?.field).toBe('serviceIds.0');
  });
});
