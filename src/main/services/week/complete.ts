import type { ParsedInputOf } from '../../../shared/api';
import type { Channel, InteractionKind } from '../../../shared/domain/enums';
import { interactionsTable, type Interaction } from '../../../shared/domain/interaction';
import type { AgendaDone, AgendaRef } from '../../../shared/domain/week';
import { RapportError } from '../../../shared/errors';
import type { Core } from '../../core/core';
import { findRecord, inTransaction } from '../../core/records';
import { dayNumber } from '../../db/codec';
import { createInteraction, updateInteraction } from '../interactions/interactions';
import { listKeyDates } from '../keyDates/keyDates';
import { AgendaBook, type Reachable } from './book';
import { followUpContact } from './followUps';
import {
  DAY_MS,
  GREETING_REACH_DAYS,
  greetingsNear,
  greetingSubject,
  isGreeted,
} from './occasions';

type Completion = ParsedInputOf<'completeAgendaItem'>;
/** A completion with its moment settled: now, unless the rep gave one. */
type Done = Completion & { occurredAt: string };
type GreetingRef = Extract<AgendaRef, { kind: 'greeting' }>;

/** How a follow-up is done when the contact's preferred channel is all there is to go on. */
const KIND_OF_CHANNEL: Record<Channel, InteractionKind> = {
  email: 'email',
  phone: 'call',
  visit: 'visit',
  mail: 'letter',
  fax: 'fax',
  video: 'meeting',
};

/** A subject is at most 200 characters; a next step may be longer. */
const SUBJECT_MAX = 200;

/**
 * Marks an agenda item done, in one transaction, through the interactions' own write
 * path (roles, rules, change log): a follow-up is closed and what was done is recorded;
 * a greeting is recorded with the contact it was for.
 */
export function completeAgendaItem(core: Core, input: Completion): AgendaDone {
  const done: Done = { ...input, occurredAt: input.occurredAt ?? new Date().toISOString() };
  return inTransaction(core, () =>
    done.item.kind === 'follow_up'
      ? completeFollowUp(core, done.item.interactionId, done)
      : completeGreeting(core, done.item, done),
  );
}

function completeFollowUp(core: Core, interactionId: string, input: Done): AgendaDone {
  const origin = findRecord<Interaction>(core, interactionsTable, interactionId);
  if (!origin || origin.archived || !origin.nextStepDue) {
    throw new RapportError('not_found', `Follow-up ${interactionId} does not exist`);
  }
  if (origin.nextStepDone) {
    throw new RapportError('conflict', `The follow-up "${titleOf(origin)}" is already done`);
  }
  const reach = followUpContact(new AgendaBook(core), origin);
  const closed = updateInteraction(core, { id: origin.id, patch: { nextStepDone: true } });
  const recorded = record(core, input, {
    accountId: origin.accountId,
    kind: input.kind ?? kindFor(reach) ?? origin.kind,
    subject: titleOf(origin).slice(0, SUBJECT_MAX),
    contactIds: reach ? [reach.contact.id] : [],
  });
  return { recorded, closed };
}

const titleOf = (i: Interaction): string => i.nextStep ?? i.subject;

/** The contact's preferred way, unless they are not to be contacted. */
function kindFor(reach: Reachable | null): InteractionKind | null {
  if (!reach || reach.doNotContact || !reach.preferredChannel) return null;
  return KIND_OF_CHANNEL[reach.preferredChannel];
}

function completeGreeting(core: Core, ref: GreetingRef, input: Done): AgendaDone {
  if (input.kind && input.kind !== 'greeting') {
    throw RapportError.validation('kind', 'A greeting is recorded as a greeting');
  }
  requireOccasion(core, ref);
  const reach = ref.contactId ? recipient(core, ref) : null;
  if (reach?.doNotContact) {
    throw RapportError.validation(
      'item.contactId',
      `${reach.contact.name} is marked do not contact: no greeting is recorded for them`,
    );
  }
  // Only a greeting this near its occasion counts for it (occasions.ts).
  const daysAway = Math.abs(
    Math.floor(Date.parse(input.occurredAt) / DAY_MS) - dayNumber(ref.date),
  );
  if (daysAway > GREETING_REACH_DAYS) {
    throw RapportError.validation(
      'occurredAt',
      `A greeting for ${occasionWords(ref)} is recorded within ${GREETING_REACH_DAYS} days of it`,
    );
  }
  if (isGreeted(greetingsNear(core, ref.accountId, { from: ref.date, to: ref.date }), ref)) {
    const whom = reach ? reach.contact.name : 'The account';
    throw new RapportError('conflict', `${whom} was already greeted for ${occasionWords(ref)}`);
  }
  const recorded = record(core, input, {
    accountId: ref.accountId,
    kind: 'greeting',
    subject: greetingSubject(ref.occasion, ref.name),
    contactIds: reach ? [reach.contact.id] : [],
  });
  return { recorded, closed: null };
}

/** The occasion must be one the key dates give for that day and account. */
function requireOccasion(core: Core, ref: GreetingRef): void {
  const dates = listKeyDates(core, { from: ref.date, to: ref.date, accountId: ref.accountId });
  // A birthday is one contact's; a holiday is for whichever contact of the account.
  const found = dates.some(
    (d) =>
      d.kind === ref.occasion &&
      d.name === ref.name &&
      (d.contactId === null || d.contactId === ref.contactId),
  );
  if (!found) {
    throw new RapportError('not_found', `There is no ${ref.name} on ${ref.date} at this account`);
  }
}

const occasionWords = (ref: GreetingRef): string =>
  `${
    ref.occasion === 'holiday'
      ? ref.name
      : `the ${greetingSubject(ref.occasion, ref.name).toLowerCase()}`
  } on ${ref.date}`;

/** The live contact of the account a greeting names. */
function recipient(core: Core, ref: GreetingRef): Reachable {
  const reach = new AgendaBook(core).contact(ref.accountId, ref.contactId!);
  if (!reach) {
    throw RapportError.validation(
      'item.contactId',
      `Contact ${ref.contactId} is not a current contact of this account`,
    );
  }
  return reach;
}

/** The new interaction, as the member signed in logs it now (unless a time is given). */
function record(
  core: Core,
  input: Done,
  what: { accountId: string; kind: InteractionKind; subject: string; contactIds: string[] },
): Interaction {
  return createInteraction(core, {
    ...what,
    memberId: null,
    occurredAt: input.occurredAt,
    notes: input.notes,
    outcome: input.outcome,
    nextStep: null,
    nextStepDue: null,
    nextStepDone: false,
  });
}
