import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, type TestCore } from '../support/tempDb';
import { refusedWithoutWriting } from '../support/nothingWritten';
import { setProfile } from '../../src/main/core/core';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

describe('offerings catalogue', () => {
  it('holds core products and services; lists by kind, updates and archives', async () => {
    const pump = await t.api.createOffering({
      kind: 'core_product',
      name: 'Pump P-200',
      productLine: 'Pumps',
    });
    expect(pump).toMatchObject({
      kind: 'core_product',
      name: 'Pump P-200',
      productLine: 'Pumps',
      service: null,
      archived: false,
    });
    const parts = await t.api.createOffering({
      kind: 'service',
      name: 'Next-day parts',
      service: 'delivery_guarantee',
    });
    expect(await t.api.getOffering({ id: parts.id })).toEqual(parts);
    expect((await t.api.listOfferings({})).map((o) => o.name)).toEqual([
      'Pump P-200',
      'Next-day parts',
    ]);
    expect((await t.api.listOfferings({ kind: 'service' })).map((o) => o.id)).toEqual([parts.id]);

    const updated = await t.api.updateOffering({ id: pump.id, patch: { segment: 'Offshore' } });
    expect(updated).toEqual({ ...pump, segment: 'Offshore', updatedAt: updated.updatedAt });

    await t.api.archiveOffering({ id: pump.id });
    expect((await t.api.listOfferings({})).map((o) => o.id)).toEqual([parts.id]);
  });

  it('refuses a service without its kind of service, also by a patch', async () => {
    const missing = await refusedWithoutWriting(t.api, () =>
      t.api.createOffering({ kind: 'service', name: 'Help' }),
    );
    expect(missing.issues[0]).toEqual({
      field: 'service',
      message: 'A service needs its kind of service',
    });
    const pump = await t.api.createOffering({ kind: 'core_product', name: 'Pump' });
    const patched = await refusedWithoutWriting(t.api, () =>
      t.api.updateOffering({ id: pump.id, patch: { kind: 'service' } }),
    );
    expect(patched.issues[0]?.field).toBe('patch.service');
  });

  it('is changed by leads and admins only', async () => {
    const rep = await t.api.createTeamMember({ name: 'Ola Rep', salesForce: 'geographic' });
    setProfile(t.core, rep.id);
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.createOffering({ kind: 'core_product', name: 'Pump' }),
    );
    expect(error.code).toBe('forbidden');
  });
});
