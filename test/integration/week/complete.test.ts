import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import type { AgendaRef } from '../../../src/shared/domain/week';
import { refusedWithoutWriting } from '../../support/nothingWritten';
import { runOnDay } from '../../support/clock';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { line, saraGreeting, weekBook, type WeekBook } from './weekBook';

// The book's follow-ups fall in March 2027 and later, and a new one cannot be due in
// the past: the tests run on a day before them, whatever today is.
runOnDay('2027-02-01T12:00:00Z');
let t: TestCore;
let b: WeekBook;
beforeEach(async () => {
  t = openTestCore();
  b = await weekBook(t.api);
  // The rep marks their own agenda done: the write rules are a rep's.
  setProfile(t.core, b.rep.id);
});
afterEach(() => t.close());

const agenda = async () =>
  (await t.api.myWeek({ memberId: b.rep.id, from: '2027-03-08' })).items.map(line);

const greeting = (over: Partial<Extract<AgendaRef, { kind: 'greeting' }>> = {}) =>
  saraGreeting(b, over);

describe('marking a follow-up done', () => {
  it("closes it and records what was done, the contact's way, as the rep", async () => {
    const done = await t.api.completeAgendaItem({
      item: { kind: 'follow_up', interactionId: b.due.id },
      occurredAt: '2027-03-10T14:00:00Z',
      outcome: 'They start the trial in April',
    });
    expect(done.closed).toMatchObject({ id: b.due.id, nextStepDone: true });
    expect(done.recorded).toMatchObject({
      accountId: b.acme.id,
      memberId: b.rep.id,
      kind: 'email',
      occurredAt: '2027-03-10T14:00:00.000Z',
      subject: 'Call about the trial',
      outcome: 'They start the trial in April',
      contactIds: [b.sara.id],
      nextStepDue: null,
    });
    const logged = await t.api.listInteractions({ accountId: b.acme.id });
    expect(logged.find((i) => i.id === done.recorded.id)).toEqual(done.recorded);
    expect(logged.find((i) => i.id === b.due.id)?.nextStepDone).toBe(true);
    expect((await agenda()).filter((l) => l.includes('Call about the trial'))).toEqual([]);
  });

  it('records it the way the rep says it was done, or as last time when there is no channel', async () => {
    const visit = await t.api.completeAgendaItem({
      item: { kind: 'follow_up', interactionId: b.overdue.id },
      kind: 'visit',
    });
    expect(visit.recorded).toMatchObject({ kind: 'visit', subject: 'Send the quote' });
    // No contact was named; the step came from a visit.
    const asBefore = await t.api.completeAgendaItem({
      item: { kind: 'follow_up', interactionId: b.later.id },
    });
    expect(asBefore.recorded).toMatchObject({ kind: 'visit', contactIds: [] });
  });

  it('refuses a follow-up that does not exist or is already done, writing nothing', async () => {
    const missing = await refusedWithoutWriting(t.api, () =>
      t.api.completeAgendaItem({
        item: { kind: 'follow_up', interactionId: '018cc251-f400-7000-8000-000000000000' },
      }),
    );
    expect(missing.code).toBe('not_found');
    const twice = await refusedWithoutWriting(t.api, () =>
      t.api.completeAgendaItem({ item: { kind: 'follow_up', interactionId: b.done.id } }),
    );
    expect(twice).toMatchObject({
      code: 'conflict',
      message: 'The follow-up "Book the demo" is already done',
    });
  });

  it('refuses a follow-up at an account the rep does not cover, writing nothing', async () => {
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.completeAgendaItem({ item: { kind: 'follow_up', interactionId: b.logged.id } }),
    );
    expect(error).toMatchObject({
      code: 'forbidden',
      message: 'You can only change accounts you cover, and Globex is not one of them',
    });
  });
});

describe('marking a greeting done', () => {
  it('records a greeting to the contact; their other occasions stay on the agenda', async () => {
    const done = await t.api.completeAgendaItem({
      item: greeting(),
      occurredAt: '2027-03-10T08:00:00Z',
      notes: 'Sent flowers',
    });
    expect(done.closed).toBeNull();
    expect(done.recorded).toMatchObject({
      accountId: b.acme.id,
      memberId: b.rep.id,
      kind: 'greeting',
      subject: 'Birthday',
      notes: 'Sent flowers',
      contactIds: [b.sara.id],
    });
    const logged = await t.api.listInteractions({ accountId: b.acme.id });
    expect(logged.find((i) => i.id === done.recorded.id)).toEqual(done.recorded);
    expect((await agenda()).filter((l) => l.includes('Sara Ahmadi'))).toEqual([
      '2027-03-01 | follow_up | Send the quote | ACME | Sara Ahmadi | email |  | overdue',
      '2027-03-08 | holiday | Kvinnedagen | ACME | Sara Ahmadi | email |  | ',
      '2027-03-10 | follow_up | Call about the trial | ACME | Sara Ahmadi | email |  | ',
    ]);
  });

  it("greets one contact for a holiday and leaves the others' greetings owed", async () => {
    await t.api.completeAgendaItem({
      item: greeting({ occasion: 'holiday', date: '2027-03-08', name: 'Kvinnedagen' }),
      occurredAt: '2027-03-04T09:00:00Z',
    });
    expect((await agenda()).filter((l) => l.includes('Kvinnedagen'))).toEqual([
      '2027-03-08 | holiday | Kvinnedagen | ACME | Ola Berg | - | do not contact | ',
    ]);
    // A greeting sent early still counts when the week of the holiday comes.
    const later = await t.api.myWeek({ memberId: b.rep.id, from: '2027-03-05', days: 4 });
    expect(later.items.filter((i) => i.ref.kind === 'greeting').map(line)).toEqual([
      '2027-03-08 | holiday | Kvinnedagen | ACME | Ola Berg | - | do not contact | ',
    ]);
  });

  it('refuses a greeting recorded more than a month from its occasion', async () => {
    const early = await refusedWithoutWriting(t.api, () =>
      t.api.completeAgendaItem({ item: greeting(), occurredAt: '2027-02-06T09:00:00Z' }),
    );
    expect(early.issues).toEqual([
      {
        field: 'occurredAt',
        message: 'A greeting for the birthday on 2027-03-10 is recorded within 31 days of it',
      },
    ]);
  });

  it('refuses a greeting to a contact marked do not contact, naming them', async () => {
    const error = await refusedWithoutWriting(t.api, () =>
      t.api.completeAgendaItem({
        item: greeting({
          occasion: 'holiday',
          date: '2027-03-08',
          name: 'Kvinnedagen',
          contactId: b.ola.id,
        }),
      }),
    );
    expect(error.issues).toEqual([
      {
        field: 'item.contactId',
        message: 'Ola Berg is marked do not contact: no greeting is recorded for them',
      },
    ]);
  });

  it('refuses an occasion that is not there, a greeting given twice, or another kind', async () => {
    const wrongDay = await refusedWithoutWriting(t.api, () =>
      t.api.completeAgendaItem({ item: greeting({ date: '2027-03-11' }) }),
    );
    expect(wrongDay.code).toBe('not_found');
    const notHers = await refusedWithoutWriting(t.api, () =>
      t.api.completeAgendaItem({ item: greeting({ contactId: b.ola.id }) }),
    );
    expect(notHers.code).toBe('not_found');
    const asCall = await refusedWithoutWriting(t.api, () =>
      t.api.completeAgendaItem({ item: greeting(), kind: 'call' }),
    );
    expect(asCall.issues[0]?.field).toBe('kind');

    const onTheDay = '2027-03-10T09:00:00Z';
    await t.api.completeAgendaItem({ item: greeting(), occurredAt: onTheDay });
    const twice = await refusedWithoutWriting(t.api, () =>
      t.api.completeAgendaItem({ item: greeting(), occurredAt: onTheDay }),
    );
    expect(twice).toMatchObject({
      code: 'conflict',
      message: 'Sara Ahmadi was already greeted for the birthday on 2027-03-10',
    });
  });
});

describe('marking done an occasion at an account with no contacts', () => {
  it('greets the account itself, once, from the ref the agenda gave', async () => {
    const initech = await t.api.createAccount({
      name: 'Initech',
      country: 'SE',
      ownerId: b.rep.id,
      customerSince: '2020-03-09',
    });
    const owed = async () =>
      (await t.api.myWeek({ memberId: b.rep.id, from: '2027-03-08' })).items.filter(
        (i) => i.account.id === initech.id,
      );
    const [anniversary] = await owed();
    expect(anniversary && line(anniversary)).toBe(
      '2027-03-09 | account_anniversary | Initech | Initech | - | - |  | ',
    );
    expect(anniversary?.years).toBe(7);
    const done = await t.api.completeAgendaItem({
      item: anniversary!.ref,
      occurredAt: '2027-03-09T10:00:00Z',
    });
    expect(done.recorded).toMatchObject({
      accountId: initech.id,
      kind: 'greeting',
      subject: 'Customer anniversary',
      contactIds: [],
    });
    expect(await owed()).toEqual([]);
    const twice = await refusedWithoutWriting(t.api, () =>
      t.api.completeAgendaItem({ item: anniversary!.ref, occurredAt: '2027-03-09T11:00:00Z' }),
    );
    expect(twice.message).toBe(
      'The account was already greeted for the customer anniversary on 2027-03-09',
    );
  });
});
