import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setProfile } from '../../../src/main/core/core';
import { refusal } from '../../support/refusal';
import { runOnDay } from '../../support/clock';
import { openTestCore, type TestCore } from '../../support/tempDb';
import { OPEN_FOLLOW_UPS } from '../../../src/main/services/week/followUps';
import { myWeek, systemLocale } from '../../../src/main/services/week/agenda';
import { firstDayOfWeek, weekLocale, weekStartOf } from '../../../src/shared/calendar/weekStart';
import { line, saraGreeting, weekBook } from './weekBook';

// The book's follow-ups fall in March 2027 and later, and a new one cannot be due in
// the past: the tests run on a day before them, whatever today is.
runOnDay('2027-02-01T12:00:00Z');
let t: TestCore;
beforeEach(() => {
  t = openTestCore();
});
afterEach(() => t.close());

const lines = async (memberId: string, from: string, days = 7) =>
  (await t.api.myWeek({ memberId, from, days })).items.map(line);

describe('my week', () => {
  it("lists the rep's follow-ups, overdue first, and the occasions at their accounts, by day", async () => {
    const b = await weekBook(t.api);
    const week = await t.api.myWeek({ memberId: b.rep.id, from: '2027-03-08' });
    expect(week).toMatchObject({ memberId: b.rep.id, from: '2027-03-08', to: '2027-03-14' });
    expect(week.items.map(line)).toEqual([
      '2027-03-01 | follow_up | Send the quote | ACME | Sara Ahmadi | email |  | overdue',
      '2027-03-08 | holiday | Kvinnedagen | ACME | Ola Berg | - | do not contact | ',
      '2027-03-08 | holiday | Kvinnedagen | ACME | Sara Ahmadi | email |  | ',
      '2027-03-10 | follow_up | Call about the trial | ACME | Sara Ahmadi | email |  | ',
      '2027-03-10 | birthday | Sara Ahmadi | ACME | Sara Ahmadi | email |  | ',
      '2027-03-12 | follow_up | Send the brochure | Globex | Lê Thị Mai | - |  | ',
    ]);
  });

  it("carries what a rep needs to reach the contact, and the follow-up's own interaction", async () => {
    const b = await weekBook(t.api);
    const { items } = await t.api.myWeek({ memberId: b.rep.id, from: '2027-03-08' });
    const birthday = items.find((i) => i.kind === 'birthday')!;
    expect(birthday).toEqual({
      ref: saraGreeting(b),
      day: '2027-03-10',
      kind: 'birthday',
      overdue: false,
      title: 'Sara Ahmadi',
      years: 47,
      interactionId: null,
      account: { id: b.acme.id, name: 'ACME', country: 'NO' },
      contact: {
        id: b.sara.id,
        name: 'Sara Ahmadi',
        title: null,
        email: 'sara@acme.no',
        phone: '+47 22 33 44 55',
        mobile: null,
      },
      channel: 'email',
      doNotContact: false,
    });
    const followUp = items.find((i) => i.title === 'Call about the trial')!;
    expect(followUp.ref).toEqual({ kind: 'follow_up', interactionId: b.due.id });
    expect(followUp.interactionId).toBe(b.due.id);
  });

  it("leaves out a colleague's week: their own accounts and steps are theirs", async () => {
    const b = await weekBook(t.api);
    expect(await lines(b.colleague.id, '2027-03-08')).toEqual([
      '2027-03-01 | follow_up | Send the quote | ACME | Sara Ahmadi | email |  | overdue',
      '2027-03-08 | holiday | Quốc tế Phụ nữ | Globex | Lê Thị Mai | - |  | ',
      '2027-03-09 | follow_up | Their own step | Globex | - | - |  | ',
      '2027-03-10 | birthday | Lê Thị Mai | Globex | Lê Thị Mai | - |  | ',
      '2027-03-12 | follow_up | Send the brochure | Globex | Lê Thị Mai | - |  | ',
    ]);
  });

  it('shows a follow-up due later once the window reaches it, and one done never', async () => {
    const b = await weekBook(t.api);
    const titles = (await t.api.myWeek({ memberId: b.rep.id, from: '2027-03-15', days: 14 })).items
      .filter((i) => i.kind === 'follow_up')
      .map((i) => `${i.title}${i.overdue ? ' (overdue)' : ''}`);
    expect(titles).toEqual([
      'Send the quote (overdue)',
      'Call about the trial (overdue)',
      'Send the brochure (overdue)',
      'Ask for the reference',
    ]);
  });

  it('is the signed-in member’s week, the one that holds today, unless told otherwise', async () => {
    const b = await weekBook(t.api);
    setProfile(t.core, b.rep.id);
    const week = await t.api.myWeek({});
    // 1 February 2027 is a Monday: the week starts where this computer's region starts it.
    const firstDay = firstDayOfWeek(systemLocale());
    expect(week).toMatchObject({ memberId: b.rep.id, from: weekStartOf('2027-02-01', firstDay) });
    // Every follow-up of the book is due after today: none is owed yet.
    expect(week.items.filter((i) => i.kind === 'follow_up')).toEqual([]);
  });

  it('starts a Persian week on Saturday and a Norwegian one on Monday', async () => {
    const b = await weekBook(t.api);
    setProfile(t.core, b.rep.id);
    const persian = myWeek(t.core, { days: 7 }, firstDayOfWeek(weekLocale('fa', 'en-US')));
    expect(persian).toMatchObject({ from: '2027-01-30', to: '2027-02-05' });
    const norwegian = myWeek(t.core, { days: 7 }, firstDayOfWeek(weekLocale('nb', 'en-US')));
    expect(norwegian).toMatchObject({ from: '2027-02-01', to: '2027-02-07' });
  });

  it('refuses a window longer than a month, an unknown member, or nobody to show', async () => {
    const days = await refusal(t.api.myWeek({ days: 32 }));
    expect(days.issues[0]).toEqual({ field: 'days', message: 'Days must be from 1 to 31' });
    const unknown = '018cc251-f400-7000-8000-000000000000';
    const member = await refusal(t.api.myWeek({ memberId: unknown }));
    expect(member.issues[0]).toEqual({
      field: 'memberId',
      message: `Team member ${unknown} does not exist`,
    });
    t.core.db.prepare("DELETE FROM meta WHERE key = 'profile_member_id'").run();
    const nobody = await refusal(t.api.myWeek({}));
    expect(nobody.issues[0]?.field).toBe('memberId');
  });
});

describe('my week across the calendar', () => {
  async function northBook() {
    const rep = await t.api.createTeamMember({ name: 'Ola Rep', salesForce: 'geographic' });
    const acme = await t.api.createAccount({
      name: 'ACME',
      country: 'NO',
      ownerId: rep.id,
      customerSince: '2019-01-02',
    });
    const per = await t.api.createContact({
      accountId: acme.id,
      name: 'Per Dahl',
      birthday: '1975-01-02',
      preferredChannel: 'mail',
    });
    await t.api.createContact({
      accountId: acme.id,
      name: 'Kari Nilsen',
      birthday: '1990-12-30',
      preferredChannel: 'phone',
    });
    await t.api.createContact({ accountId: acme.id, name: 'Leap Lund', birthday: '1992-02-29' });
    await t.api.createHoliday({ country: 'NO', name: "New Year's Day", month: 1, day: 1 });
    await t.api.createHoliday({ country: 'NO', name: 'Christmas Day', month: 12, day: 25 });
    return { rep, acme, per };
  }

  it('spans New Year: December and January occasions, and a follow-up due in either year', async () => {
    const { rep, acme, per } = await northBook();
    const step = (nextStep: string, nextStepDue: string) =>
      t.api.createInteraction({
        accountId: acme.id,
        kind: 'call',
        occurredAt: '2027-12-01T09:00:00Z',
        subject: 'Year-end call',
        contactIds: [per.id],
        nextStep,
        nextStepDue,
      });
    await step('Confirm the 2028 prices', '2027-12-20');
    await step('Send the new catalogue', '2028-01-03');
    await step('Plan the spring visit', '2028-01-04');
    expect(await lines(rep.id, '2027-12-28')).toEqual([
      '2027-12-20 | follow_up | Confirm the 2028 prices | ACME | Per Dahl | mail |  | overdue',
      '2027-12-30 | birthday | Kari Nilsen | ACME | Kari Nilsen | phone |  | ',
      "2028-01-01 | holiday | New Year's Day | ACME | Kari Nilsen | phone |  | ",
      "2028-01-01 | holiday | New Year's Day | ACME | Leap Lund | - |  | ",
      "2028-01-01 | holiday | New Year's Day | ACME | Per Dahl | mail |  | ",
      '2028-01-02 | birthday | Per Dahl | ACME | Per Dahl | mail |  | ',
      '2028-01-02 | account_anniversary | ACME | ACME | Kari Nilsen | phone |  | ',
      '2028-01-02 | account_anniversary | ACME | ACME | Leap Lund | - |  | ',
      '2028-01-02 | account_anniversary | ACME | ACME | Per Dahl | mail |  | ',
      '2028-01-03 | follow_up | Send the new catalogue | ACME | Per Dahl | mail |  | ',
    ]);
    const { items } = await t.api.myWeek({ memberId: rep.id, from: '2027-12-28' });
    expect(items.find((i) => i.kind === 'birthday' && i.day === '2028-01-02')?.years).toBe(53);
    expect(items.find((i) => i.kind === 'account_anniversary')?.years).toBe(9);
  });

  it('greets a 29 February birthday on 28 February in a common year, and on the day in a leap year', async () => {
    const { rep } = await northBook();
    const leap = async (from: string, days: number) =>
      (await t.api.myWeek({ memberId: rep.id, from, days })).items
        .filter((i) => i.kind === 'birthday')
        .map((i) => `${i.day} ${i.title} ${i.years}`);
    expect(await leap('2027-02-22', 7)).toEqual(['2027-02-28 Leap Lund 35']);
    expect(await leap('2028-02-27', 5)).toEqual(['2028-02-29 Leap Lund 36']);
    expect(await leap('2028-02-27', 2)).toEqual([]);
  });

  it("places Nowruz and Tết on their own calendars' days", async () => {
    const rep = await t.api.createTeamMember({ name: 'Ola Rep', salesForce: 'geographic' });
    const parsian = await t.api.createAccount({ name: 'Parsian', country: 'IR', ownerId: rep.id });
    const hanoi = await t.api.createAccount({
      name: 'Hanoi Steel',
      country: 'VN',
      ownerId: rep.id,
    });
    await t.api.createContact({
      accountId: parsian.id,
      name: 'Sara Ahmadi',
      preferredChannel: 'fax',
    });
    await t.api.createContact({
      accountId: hanoi.id,
      name: 'Lê Thị Mai',
      preferredChannel: 'email',
    });
    await t.api.createHoliday({
      country: 'IR',
      name: 'Nowruz',
      calendar: 'persian',
      month: 1,
      day: 1,
    });
    await t.api.createHoliday({ country: 'VN', name: 'Tết', calendar: 'lunar', month: 1, day: 1 });
    // Checked against the sky in keyDates.test.ts: 6 February and 21 March 2027.
    expect(await lines(rep.id, '2027-02-01', 31)).toEqual([
      '2027-02-06 | holiday | Tết | Hanoi Steel | Lê Thị Mai | email |  | ',
    ]);
    expect(await lines(rep.id, '2027-03-15', 14)).toEqual([
      '2027-03-21 | holiday | Nowruz | Parsian | Sara Ahmadi | fax |  | ',
    ]);
  });
});

describe('my week on a large book', () => {
  it('finds open follow-ups on the partial indexes that hold only those', () => {
    const plan = t.core.db
      .prepare(`EXPLAIN QUERY PLAN ${OPEN_FOLLOW_UPS}`)
      .all({ member: Buffer.alloc(16), from: 0, to: 0 }) as { detail: string }[];
    const steps = plan.map((p) => p.detail).join(' | ');
    expect(steps).toMatch(/USING INDEX interactions_open_by_account/);
    expect(steps).toMatch(/USING INDEX interactions_open_by_member/);
  });
});
