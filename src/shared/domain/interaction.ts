import { z } from 'zod';
import { messages } from './messages';
import { InteractionKind } from './enums';
import {
  id,
  idSet,
  instant,
  optionalDate,
  optionalId,
  optionalText,
  patchOf,
  requiredText,
} from './fields';
import { choice, person } from '../schema/column';
import { fieldsOf, rowOf, table } from '../schema/table';

const contactIds = idSet('Contacts', 'contact', 50, 'can be at one interaction');

/**
 * A call, visit, email, letter, fax, meeting or greeting with an account's contacts.
 * Its next step with a due date is an open follow-up until it is marked done.
 */
export const interactionsTable = table({
  name: 'interactions',
  label: 'Interaction',
  account: 'accountId',
  columns: {
    accountId: person(id, 'uuid', { references: 'accounts' }),
    memberId: person(optionalId, 'uuid', { references: 'team_members' }),
    kind: choice(InteractionKind, InteractionKind),
    occurredAt: person(instant('When'), 'instant'),
    subject: person(requiredText('Subject'), 'text'),
    notes: person(optionalText('Notes', 10000), 'text'),
    outcome: person(optionalText('Outcome', 2000), 'text'),
    nextStep: person(optionalText('Next step', 500), 'text'),
    nextStepDue: person(optionalDate('Next step due'), 'day'),
    nextStepDone: person(z.boolean().default(false), 'boolean'),
    contactIds: person(contactIds.default([]), 'json'),
  },
  links: {
    contactIds: {
      table: 'interaction_contacts',
      owner: 'interaction_id',
      member: 'contact_id',
      references: 'contacts',
    },
  },
});

const dueAfter = (i: { occurredAt?: string; nextStepDue?: string | null }) =>
  !i.occurredAt || !i.nextStepDue || i.nextStepDue >= i.occurredAt.slice(0, 10);
const dueMessage = {
  message: messages.dueBeforeInteraction({}),
  path: ['nextStepDue'],
};

export const InteractionFields = fieldsOf(interactionsTable);
export const Interaction = rowOf(interactionsTable);
export type Interaction = z.infer<typeof Interaction>;
export const InteractionCreate = InteractionFields.refine(dueAfter, dueMessage);
export type InteractionCreateInput = z.input<typeof InteractionCreate>;
export const InteractionUpdate = z.object({
  id,
  patch: patchOf(InteractionFields).refine(dueAfter, dueMessage),
});
