import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestCore, type TestCore } from '../support/tempDb';
import { refusedWithoutWriting } from '../support/nothingWritten';

let t: TestCore;
let adminId: string;
beforeEach(async () => {
  // The visits below are in March 2026, their follow-ups still to do: it is 1 March.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T12:00:00Z'));
  t = openTestCore();
  adminId = (await t.api.profile({})).member!.id;
});
afterEach(() => {
  t.close();
  vi.useRealTimers();
});

async function accountWithContacts() {
  const account = await t.api.createAccount({ name: 'ACME', country: 'NO' });
  const sara = await t.api.createContact({ accountId: account.id, name: 'Sara Ahmadi' });
  const ola = await t.api.createContact({ accountId: account.id, name: 'Ola Berg' });
  return { account, sara, ola };
}

const visit = (accountId: string, contactIds: string[]) => ({
  accountId,
  kind: 'visit' as const,
  occurredAt: '2026-03-02T09:00:00Z',
  subject: 'Plant tour',
  contactIds,
  outcome: 'They want a quote',
  nextStep: 'Send the quote',
  nextStepDue: '2026-03-09',
});

describe('interactions', () => {
  it('refuses a contact named twice, with the field and the reason', async () => {
    const { account, sara } = await accountWithContacts();
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.createInteraction(visit(account.id, [sara.id, sara.id])),
    );
    expect(error.issues).toEqual([{ field: 'contactIds', message: 'A contact is listed twice' }]);
  });

  it('logs a visit with the contacts present, lists, updates and archives it', async () => {
    const { account, sara, ola } = await accountWithContacts();
    const logged = await t.api.createInteraction(visit(account.id, [sara.id, ola.id]));
    expect(logged).toMatchObject({
      ...visit(account.id, [sara.id, ola.id]),
      occurredAt: '2026-03-02T09:00:00.000Z',
      memberId: adminId,
      nextStepDone: false,
      notes: null,
      archived: false,
    });
    expect(await t.api.getInteraction({ id: logged.id })).toEqual(logged);
    expect(await t.api.listInteractions({ accountId: account.id })).toEqual([logged]);

    const updated = await t.api.updateInteraction({
      id: logged.id,
      patch: { outcome: 'Quote sent', contactIds: [ola.id] },
    });
    expect(updated).toEqual({
      ...logged,
      outcome: 'Quote sent',
      contactIds: [ola.id],
      updatedAt: updated.updatedAt,
    });

    await t.api.archiveInteraction({ id: logged.id });
    expect(await t.api.listInteractions({ accountId: account.id })).toEqual([]);
    const all = await t.api.listInteractions({ accountId: account.id, includeArchived: true });
    expect(all.map((i) => i.archived)).toEqual([true]);
  });

  it('refuses a follow-up due before its interaction, also when a patch moves only one date', async () => {
    const { account, sara } = await accountWithContacts();
    const early = await refusedWithoutWriting(t.api, () =>
      t.api.createInteraction({ ...visit(account.id, [sara.id]), nextStepDue: '2026-03-01' }),
    );
    expect(early.issues[0]).toEqual({
      field: 'nextStepDue',
      message: 'Next step due cannot be before the interaction itself',
    });

    const logged = await t.api.createInteraction(visit(account.id, [sara.id]));
    const moved = await refusedWithoutWriting(t.api, () =>
      t.api.updateInteraction({ id: logged.id, patch: { occurredAt: '2026-03-10T09:00:00Z' } }),
    );
    expect(moved.issues[0]).toEqual({
      field: 'patch.nextStepDue',
      message: 'Next step due cannot be before the interaction itself',
    });
  });

  it('refuses naming a contact of another account', async () => {
    const { account, sara } = await accountWithContacts();
    const other = await t.api.createAccount({ name: 'Globex' });
    const mai = await t.api.createContact({ accountId: other.id, name: 'Lê Thị Mai' });
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.createInteraction(visit(account.id, [sara.id, mai.id])),
    );
    expect(error.issues[0]?.field).toBe('contactIds.1');
    expect(error.message).toMatch(/works at another account/);

    const logged = await t.api.createInteraction(visit(account.id, [sara.id]));
    const moved = await refusedWithoutWriting(t.api, () =>
      t.api.updateInteraction({ id: logged.id, patch: { accountId: other.id } }),
    );
    expect(moved.issues[0]?.field).toBe('patch.contactIds.0');
  });

  it('lists open follow-ups by due date until they are done', async () => {
    const { account, sara } = await accountWithContacts();
    const colleague = await t.api.createTeamMember({ name: 'Ola Rep', salesForce: 'geographic' });
    const late = await t.api.createInteraction({
      ...visit(account.id, [sara.id]),
      nextStepDue: '2026-03-20',
    });
    const soon = await t.api.createInteraction(visit(account.id, [sara.id]));
    const theirs = await t.api.createInteraction({
      ...visit(account.id, []),
      memberId: colleague.id,
      nextStepDue: '2026-03-05',
    });
    await t.api.createInteraction({ ...visit(account.id, []), nextStep: null, nextStepDue: null });

    const ids = async (q: { memberId?: string; dueBefore: string }) =>
      (await t.api.listFollowUps(q)).map((i) => i.id);
    expect(await ids({ dueBefore: '2026-04-01' })).toEqual([theirs.id, soon.id, late.id]);
    expect(await ids({ dueBefore: '2026-03-20' })).toEqual([theirs.id, soon.id]);
    expect(await ids({ memberId: adminId, dueBefore: '2026-04-01' })).toEqual([soon.id, late.id]);

    await t.api.updateInteraction({ id: soon.id, patch: { nextStepDone: true } });
    expect(await ids({ memberId: adminId, dueBefore: '2026-04-01' })).toEqual([late.id]);
  });

  it('reads open follow-ups from the partial index of open follow-ups', () => {
    const plan = t.core.db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM interactions
         WHERE next_step_due IS NOT NULL AND next_step_done = 0 AND deleted = 0
           AND next_step_due < 1 AND archived = 0 ORDER BY next_step_due, occurred_at`,
      )
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/interactions_due/);
  });
});
