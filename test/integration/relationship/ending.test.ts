import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore, tempDir, type TestCore } from '../../support/tempDb';
import { refusedWithoutWriting } from '../../support/nothingWritten';
import { emptyDevice, firstDevice } from '../../support/devices';
import { changesAfter } from '../../../src/main/sync/log';
import { setProfile } from '../../../src/main/core/core';

let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const today = () => new Date().toISOString().slice(0, 10);
const reason = 'They moved production to a supplier in Asia';

describe('ending a relationship', () => {
  it('sets the lifecycle to ended with the day and reason, and keeps the account in the book', async () => {
    const account = await t.api.createAccount({ name: 'ACME', lifecycle: 'active' });
    const ended = await t.api.endRelationship({ accountId: account.id, reason });
    expect(ended).toEqual({
      ...account,
      lifecycle: 'ended',
      endedOn: today(),
      endedReason: reason,
      updatedAt: ended.updatedAt,
    });
    expect((await t.api.getAccount({ id: account.id })).account).toEqual(ended);
    const list = await t.api.listAccounts({ filter: { lifecycle: ['ended'] } });
    expect(list.rows.map((r) => [r.name, r.archived])).toEqual([['ACME', false]]);
  });

  it('is never ended in passing: the lifecycle alone cannot be set to ended', async () => {
    const account = await t.api.createAccount({ name: 'ACME', lifecycle: 'active' });
    const edit = await refusedWithoutWriting(t.api, () =>
      t.api.updateAccount({ id: account.id, patch: { lifecycle: 'ended' } }),
    );
    expect(edit.issues[0]?.field).toBe('patch.lifecycle');
    expect(edit.issues[0]?.message).toMatch(/End relationship/);
    const made = await refusedWithoutWriting(t.api, () =>
      t.api.createAccount({ name: 'Gone AS', lifecycle: 'ended' }),
    );
    expect(made.issues[0]?.field).toBe('lifecycle');
    // An ended account's other fields can still be edited.
    await t.api.endRelationship({ accountId: account.id, reason });
    const renamed = await t.api.updateAccount({
      id: account.id,
      patch: { name: 'ACME (closed)', lifecycle: 'ended' },
    });
    expect(renamed).toMatchObject({
      name: 'ACME (closed)',
      lifecycle: 'ended',
      endedReason: reason,
    });
  });

  it('logs the ending for sync, as one write of its three fields', async () => {
    const account = await t.api.createAccount({ name: 'ACME', lifecycle: 'active' });
    const seq = t.core.db.prepare('SELECT max(seq) FROM changes').pluck().get() as number;
    await t.api.endRelationship({ accountId: account.id, reason });
    const logged = changesAfter(t.core.db, seq, 100);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      table: 'accounts',
      values: { lifecycle: 'ended', endedOn: today(), endedReason: reason },
    });
  });

  it('is re-opened by setting its lifecycle again, and the last ending stays on record', async () => {
    const account = await t.api.createAccount({ name: 'ACME', lifecycle: 'active' });
    await t.api.endRelationship({ accountId: account.id, reason });
    const reopened = await t.api.updateAccount({
      id: account.id,
      patch: { lifecycle: 'active' },
    });
    expect(reopened).toMatchObject({ lifecycle: 'active', endedOn: today(), endedReason: reason });
    const again = await t.api.endRelationship({ accountId: account.id, reason: 'Went bankrupt' });
    expect(again).toMatchObject({ lifecycle: 'ended', endedReason: 'Went bankrupt' });
  });

  it('refuses a missing, blank or too short reason, naming the reason', async () => {
    const account = await t.api.createAccount({ name: 'ACME' });
    for (const [given, message] of [
      [undefined, 'Reason is required'],
      ['   ', 'Reason is required'],
      ['no', 'Reason must be at least 3 characters'],
      ['x'.repeat(501), 'Reason must be at most 500 characters'],
    ] as const) {
      const error = await refusedWithoutWriting(t.api, () =>
        t.api.endRelationship({ accountId: account.id, reason: given as string }),
      );
      expect(error.code).toBe('validation');
      expect(error.issues[0]).toEqual({ field: 'reason', message });
    }
    expect((await t.api.getAccount({ id: account.id })).account).toEqual(account);
  });

  it('refuses ending an ended relationship again, saying when it ended', async () => {
    const account = await t.api.createAccount({ name: 'ACME' });
    const ended = await t.api.endRelationship({ accountId: account.id, reason });
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.endRelationship({ accountId: account.id, reason: 'Another reason' }),
    );
    expect(error.issues[0]).toEqual({
      field: 'accountId',
      message: `The relationship with ACME was already ended on ${today()}`,
    });
    expect((await t.api.getAccount({ id: account.id })).account).toEqual(ended);
  });

  it('refuses an account that does not exist, and a rep who does not cover the account', async () => {
    const missing = '0190a000-0000-7000-8000-000000000001';
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.endRelationship({ accountId: missing, reason }),
    );
    expect(error.code).toBe('not_found');

    const account = await t.api.createAccount({ name: 'ACME' });
    const rep = await t.api.createTeamMember({ name: 'Ola Rep', salesForce: 'geographic' });
    setProfile(t.core, rep.id);
    const forbidden = await refusedWithoutWriting(t.api, () =>
      t.api.endRelationship({ accountId: account.id, reason }),
    );
    expect(forbidden.code).toBe('forbidden');
  });

  it('reaches another laptop through sync with its day and reason', async () => {
    const dir = tempDir();
    const a = firstDevice(`folder:${dir.dir}`);
    const b = emptyDevice(`folder:${dir.dir}`);
    try {
      const account = await a.api.createAccount({ name: 'ACME', lifecycle: 'active' });
      await a.sync();
      await b.sync();
      await a.api.endRelationship({ accountId: account.id, reason });
      await a.sync();
      await b.sync();
      expect((await b.api.getAccount({ id: account.id })).account).toEqual(
        (await a.api.getAccount({ id: account.id })).account,
      );
      expect((await b.api.getAccount({ id: account.id })).account).toMatchObject({
        lifecycle: 'ended',
        endedOn: today(),
        endedReason: reason,
      });
    } finally {
      a.close();
      b.close();
      dir.cleanup();
    }
  });
});
