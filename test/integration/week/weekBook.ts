import type { ApiClient, ResultOf } from '../../../src/shared/api';
import type { AgendaRef } from '../../../src/shared/domain/week';

type Item = ResultOf<'myWeek'>['items'][number];

/**
 * A rep's book for the week of 8–14 March 2027, made by the admin through the API.
 * The rep owns ACME (Norway): Sara prefers email, Ola is not to be contacted. Globex
 * (Vietnam) is a colleague's, where the rep once logged a visit of their own.
 */
export async function weekBook(api: ApiClient) {
  const rep = await api.createTeamMember({ name: 'Ola Rep', salesForce: 'geographic' });
  const colleague = await api.createTeamMember({ name: 'Mai Other', salesForce: 'geographic' });
  const acme = await api.createAccount({ name: 'ACME', country: 'NO', ownerId: rep.id });
  const globex = await api.createAccount({ name: 'Globex', country: 'VN', ownerId: colleague.id });
  const sara = await api.createContact({
    accountId: acme.id,
    name: 'Sara Ahmadi',
    birthday: '1980-03-10',
    preferredChannel: 'email',
    email: 'sara@acme.no',
    phone: '+47 22 33 44 55',
  });
  const ola = await api.createContact({
    accountId: acme.id,
    name: 'Ola Berg',
    preferredChannel: 'phone',
    phone: '+47 99 88 77 66',
    doNotContact: true,
  });
  const mai = await api.createContact({
    accountId: globex.id,
    name: 'Lê Thị Mai',
    birthday: '1985-03-10',
  });
  await api.createHoliday({ country: 'NO', name: 'Kvinnedagen', month: 3, day: 8 });
  await api.createHoliday({ country: 'VN', name: 'Quốc tế Phụ nữ', month: 3, day: 8 });

  const followUp = (
    accountId: string,
    memberId: string,
    nextStep: string,
    nextStepDue: string,
    contactIds: string[],
  ) =>
    api.createInteraction({
      accountId,
      memberId,
      kind: 'visit',
      occurredAt: '2027-02-15T09:00:00Z',
      subject: 'Plant tour',
      contactIds,
      nextStep,
      nextStepDue,
    });
  const overdue = await followUp(acme.id, colleague.id, 'Send the quote', '2027-03-01', [sara.id]);
  const due = await followUp(acme.id, rep.id, 'Call about the trial', '2027-03-10', [
    ola.id,
    sara.id,
  ]);
  const done = await followUp(acme.id, rep.id, 'Book the demo', '2027-03-09', [sara.id]);
  await api.updateInteraction({ id: done.id, patch: { nextStepDone: true } });
  const later = await followUp(acme.id, rep.id, 'Ask for the reference', '2027-03-20', []);
  const theirs = await followUp(globex.id, colleague.id, 'Their own step', '2027-03-09', []);
  const logged = await followUp(globex.id, rep.id, 'Send the brochure', '2027-03-12', [mai.id]);
  return {
    rep,
    colleague,
    acme,
    globex,
    sara,
    ola,
    mai,
    overdue,
    due,
    done,
    later,
    theirs,
    logged,
  };
}
export type WeekBook = Awaited<ReturnType<typeof weekBook>>;

/** An item as a line a person would read off the agenda. */
export const line = (i: Item) =>
  [
    i.day,
    i.kind,
    i.title,
    i.account.name,
    i.contact?.name ?? '-',
    i.channel ?? '-',
    i.doNotContact ? 'do not contact' : '',
    i.overdue ? 'overdue' : '',
  ].join(' | ');

type GreetingRef = Extract<AgendaRef, { kind: 'greeting' }>;

/** Sara's birthday greeting in the week of the book, or another occasion in its place. */
export const saraGreeting = (b: WeekBook, over: Partial<GreetingRef> = {}): GreetingRef => ({
  kind: 'greeting',
  occasion: 'birthday',
  date: '2027-03-10',
  accountId: b.acme.id,
  contactId: b.sara.id,
  name: 'Sara Ahmadi',
  ...over,
});
