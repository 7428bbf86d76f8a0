import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { refusedWithoutWriting } from '../../support/nothingWritten';

/**
 * Issue 13's bad input: each refused with a validation error whose message names the
 * field, and not one row or change-log entry written.
 */
let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => {
  vi.useRealTimers();
  t.close();
});

const dayFromNow = (days: number) => {
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000 + days * 86_400_000);
  return local.toISOString().slice(0, 10);
};

async function twoAccounts() {
  const acme = await t.api.createAccount({ name: 'ACME' });
  const globex = await t.api.createAccount({ name: 'Globex' });
  const sara = await t.api.createContact({ accountId: acme.id, name: 'Sara Ahmadi' });
  const mai = await t.api.createContact({ accountId: globex.id, name: 'Lê Thị Mai' });
  return { acme, globex, sara, mai };
}

const call = (accountId: string, nextStepDue: string | null, contactIds: string[] = []) => ({
  accountId,
  kind: 'call' as const,
  occurredAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
  subject: 'Quarterly call',
  nextStep: 'Send the price list',
  nextStepDue,
  contactIds,
});

describe('a follow-up due in the past', () => {
  it('is refused on create, naming next step due; today and later are taken', async () => {
    const { acme } = await twoAccounts();
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.createInteraction(call(acme.id, dayFromNow(-1))),
    );
    expect(error.code).toBe('validation');
    expect(error.issues).toEqual([
      {
        field: 'nextStepDue',
        message: `Next step due cannot be in the past (today is ${dayFromNow(0)})`,
      },
    ]);
    expect((await t.api.createInteraction(call(acme.id, dayFromNow(0)))).nextStepDue).toBe(
      dayFromNow(0),
    );
    await t.api.createInteraction(call(acme.id, dayFromNow(7)));
  });

  it('is taken when the step is already done: logging what happened last week', async () => {
    const { acme } = await twoAccounts();
    const done = await t.api.createInteraction({
      ...call(acme.id, dayFromNow(-2)),
      nextStepDone: true,
    });
    expect(done).toMatchObject({ nextStepDue: dayFromNow(-2), nextStepDone: true });
  });

  it('is refused when a patch moves the due date into the past', async () => {
    const { acme } = await twoAccounts();
    const logged = await t.api.createInteraction(call(acme.id, dayFromNow(3)));
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.updateInteraction({ id: logged.id, patch: { nextStepDue: dayFromNow(-1) } }),
    );
    expect(error.issues[0]?.field).toBe('patch.nextStepDue');
    expect(error.message).toMatch(/^Next step due cannot be in the past/);
    expect(await t.api.getInteraction({ id: logged.id })).toEqual(logged);
  });

  it('still lets an overdue follow-up be edited and marked done', async () => {
    const { acme } = await twoAccounts();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 10 * 86_400_000);
    const logged = await t.api.createInteraction(call(acme.id, dayFromNow(2)));
    vi.useRealTimers();
    expect(logged.nextStepDue! < dayFromNow(0)).toBe(true);
    const edited = await t.api.updateInteraction({
      id: logged.id,
      patch: { outcome: 'They asked for a new quote' },
    });
    expect(edited.outcome).toBe('They asked for a new quote');
    const done = await t.api.updateInteraction({ id: logged.id, patch: { nextStepDone: true } });
    expect(done.nextStepDone).toBe(true);
  });
});

describe('an interaction with a contact of another account', () => {
  it('is refused on create and on update, naming the contact field', async () => {
    const { acme, sara, mai } = await twoAccounts();
    const created = await refusedWithoutWriting(t.api, () =>
      t.api.createInteraction(call(acme.id, null, [sara.id, mai.id])),
    );
    expect(created.code).toBe('validation');
    expect(created.issues[0]?.field).toBe('contactIds.1');
    expect(created.message).toBe(
      `Contact ${mai.id} works at another account; only this account's contacts can be named`,
    );

    const logged = await t.api.createInteraction(call(acme.id, null, [sara.id]));
    const updated = await refusedWithoutWriting(t.api, () =>
      t.api.updateInteraction({ id: logged.id, patch: { contactIds: [mai.id] } }),
    );
    expect(updated.issues[0]?.field).toBe('patch.contactIds.0');
    expect(updated.message).toMatch(/^Contact .* works at another account/);
    expect(await t.api.getInteraction({ id: logged.id })).toEqual(logged);
  });
});

describe('a score outside its range', () => {
  it('is refused for an assessment measure on create and update, naming the measure', async () => {
    const { acme } = await twoAccounts();
    const base = { accountId: acme.id, assessedOn: dayFromNow(0) };
    for (const [given, message] of [
      [6, 'Trust must be from 1 to 5'],
      [0, 'Trust must be from 1 to 5'],
      [2.5, 'Trust must be a whole number from 1 to 5'],
    ] as const) {
      const error = await refusedWithoutWriting(t.api, () =>
        t.api.createAssessment({ ...base, trust: given }),
      );
      expect(error.code).toBe('validation');
      expect(error.issues[0]).toEqual({ field: 'trust', message });
    }
    const review = await t.api.createAssessment({ ...base, responseSpeed: 3 });
    const patched = await refusedWithoutWriting(t.api, () =>
      t.api.updateAssessment({ id: review.id, patch: { responseSpeed: 9 } }),
    );
    expect(patched.issues[0]).toEqual({
      field: 'patch.responseSpeed',
      message: 'Speed of response must be from 1 to 5',
    });
    expect(await t.api.getAssessment({ id: review.id })).toEqual(review);
  });

  it("is refused for a contact's influence, naming it", async () => {
    const { acme } = await twoAccounts();
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.createContact({ accountId: acme.id, name: 'Ola Berg', influence: 7 }),
    );
    expect(error.issues[0]).toEqual({
      field: 'influence',
      message: 'Influence must be from 1 to 5',
    });
  });
});

describe('an opportunity moved back past closing without a reason', () => {
  type Step = 'prospecting' | 'approach' | 'presentation' | 'objections' | 'closing' | 'follow_up';
  const deal = async (step: Step, status: 'open' | 'won' | 'lost' = 'open') => {
    const { id } = await t.api.createAccount({ name: 'ACME' });
    return t.api.createOpportunity({ accountId: id, name: 'Pumps', step, status });
  };

  it('is refused from closing, from follow-up, and for a won or lost deal', async () => {
    const cases = [
      [await deal('closing'), 'presentation', 'from closing or follow-up'],
      [await deal('follow_up'), 'closing', 'from closing or follow-up'],
      [await deal('presentation', 'won'), 'approach', 'won deal back to an earlier step'],
      [await deal('objections', 'lost'), 'prospecting', 'lost deal back to an earlier step'],
    ] as const;
    for (const [opportunity, step, words] of cases) {
      const error = await refusedWithoutWriting(t.api, () =>
        t.api.updateOpportunity({ id: opportunity.id, patch: { step, stepReason: '  ' } }),
      );
      expect(error.code).toBe('validation');
      expect(error.issues[0]?.field).toBe('patch.stepReason');
      expect(error.message).toMatch(new RegExp(`^Moving a .*${words}.* needs a reason$`));
      expect((await t.api.getOpportunity({ id: opportunity.id })).opportunity).toEqual(opportunity);
    }
  });

  it('is taken with a reason, kept in the step history; an open deal goes back freely', async () => {
    const won = await deal('presentation', 'won');
    await t.api.updateOpportunity({ id: won.id, patch: { step: 'objections' } });
    const back = await t.api.updateOpportunity({
      id: won.id,
      patch: { step: 'approach', status: 'open', stepReason: 'Their budget was cut' },
    });
    expect(back).toMatchObject({ step: 'approach', status: 'open' });
    const steps = (await t.api.getOpportunity({ id: won.id })).steps;
    expect(steps.map((s) => [s.step, s.reason])).toEqual([
      ['presentation', null],
      ['objections', null],
      ['approach', 'Their budget was cut'],
    ]);
    const open = await deal('objections');
    const moved = await t.api.updateOpportunity({ id: open.id, patch: { step: 'approach' } });
    expect(moved.step).toBe('approach');
  });
});

describe('a contact made to report to someone at another account', () => {
  it('is refused on create and update, naming reports to and where the manager works', async () => {
    const { acme, globex, sara, mai } = await twoAccounts();
    const message = 'Reports to must be someone at the same account: Lê Thị Mai works at Globex';
    const created = await refusedWithoutWriting(t.api, () =>
      t.api.createContact({ accountId: acme.id, name: 'Ola Berg', reportsToId: mai.id }),
    );
    expect(created.code).toBe('validation');
    expect(created.issues).toEqual([{ field: 'reportsToId', message }]);

    const updated = await refusedWithoutWriting(t.api, () =>
      t.api.updateContact({ id: sara.id, patch: { reportsToId: mai.id } }),
    );
    expect(updated.issues).toEqual([{ field: 'reportsToId', message }]);

    const ola = await t.api.createContact({ accountId: acme.id, name: 'Ola Berg' });
    const boss = await t.api.createContact({ accountId: acme.id, name: 'Kari Nord' });
    await t.api.updateContact({ id: ola.id, patch: { reportsToId: boss.id } });
    const moved = await refusedWithoutWriting(t.api, () =>
      t.api.updateContact({ id: ola.id, patch: { accountId: globex.id, reportsToId: boss.id } }),
    );
    expect(moved.message).toBe(
      'Reports to must be someone at the same account: Kari Nord works at ACME',
    );
    expect(await t.api.getContact({ id: ola.id })).toMatchObject({
      accountId: acme.id,
      reportsToId: boss.id,
    });
  });
});
