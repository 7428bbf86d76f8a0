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

describe('assessments', () => {
  it('records a dated review, lists, updates and archives it', async () => {
    const account = await t.api.createAccount({ name: 'ACME' });
    const fields = {
      accountId: account.id,
      assessedOn: '2026-03-01',
      newCompetitors: true,
      trust: 4,
      longTermCommitment: 3,
    };
    const review = await t.api.createAssessment(fields);
    expect(review).toMatchObject({
      ...fields,
      assessedById: adminId,
      costPressure: false,
      responseSpeed: null,
    });
    expect(await t.api.getAssessment({ id: review.id })).toEqual(review);
    expect(await t.api.listAssessments({ accountId: account.id })).toEqual([review]);

    const updated = await t.api.updateAssessment({ id: review.id, patch: { trust: 2 } });
    expect(updated).toEqual({ ...review, trust: 2, updatedAt: updated.updatedAt });

    await t.api.archiveAssessment({ id: review.id });
    expect(await t.api.listAssessments({ accountId: account.id })).toEqual([]);
  });

  it('refuses a measure outside 1 to 5', async () => {
    const account = await t.api.createAccount({ name: 'ACME' });
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.createAssessment({ accountId: account.id, assessedOn: '2026-03-01', trust: 6 }),
    );
    expect(error.issues[0]).toEqual({ field: 'trust', message: 'Trust must be from 1 to 5' });
  });
});

describe('partner agreements', () => {
  it('documents an agreement, lists, updates and archives it', async () => {
    const supplier = await t.api.createAccount({ name: 'Steel AS', kind: 'supplier' });
    const fields = {
      accountId: supplier.id,
      kind: 'supply' as const,
      title: 'Steel supply 2026',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
      documentRef: 'Archive 2026/14',
    };
    const agreement = await t.api.createAgreement(fields);
    expect(agreement).toMatchObject({ ...fields, terms: null, archived: false });
    expect(await t.api.getAgreement({ id: agreement.id })).toEqual(agreement);
    expect(await t.api.listAgreements({ accountId: supplier.id })).toEqual([agreement]);

    const updated = await t.api.updateAgreement({
      id: agreement.id,
      patch: { terms: 'Net 30' },
    });
    expect(updated).toEqual({ ...agreement, terms: 'Net 30', updatedAt: updated.updatedAt });
    await t.api.archiveAgreement({ id: agreement.id });
    expect(await t.api.listAgreements({ accountId: supplier.id })).toEqual([]);
  });

  it('refuses an agreement that ends before it starts, also by a patch of one date', async () => {
    const supplier = await t.api.createAccount({ name: 'Steel AS', kind: 'supplier' });
    const base = { accountId: supplier.id, kind: 'supply' as const, title: 'Steel' };
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.createAgreement({ ...base, startsOn: '2026-06-01', endsOn: '2026-01-01' }),
    );
    expect(error.issues[0]).toEqual({
      field: 'endsOn',
      message: 'An agreement cannot end before it starts',
    });
    const agreement = await t.api.createAgreement({ ...base, startsOn: '2026-06-01' });
    const patched = await refusedWithoutWriting(t.api, () =>
      t.api.updateAgreement({ id: agreement.id, patch: { endsOn: '2026-01-01' } }),
    );
    expect(patched.issues[0]?.field).toBe('patch.endsOn');
  });
});
