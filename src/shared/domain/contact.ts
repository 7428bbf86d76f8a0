import { z } from 'zod';
import { messages } from './messages';
import { BuyingRole, Channel } from './enums';
import {
  id,
  optionalDate,
  optionalEmail,
  optionalId,
  optionalText,
  requiredText,
  score,
  patchOf,
} from './fields';
import { choice, person } from '../schema/column';
import { fieldsOf, rowOf, sortName, table } from '../schema/table';

/** A key person at an account, with their place in its org chart. */
export const contactsTable = table({
  name: 'contacts',
  label: 'Contact',
  account: 'accountId',
  columns: {
    accountId: person(id, 'uuid', { references: 'accounts' }),
    name: person(requiredText('Name'), 'text', { searched: true }),
    title: person(optionalText('Title', 200), 'text', { searched: true }),
    email: person(optionalEmail, 'text', { searched: true }),
    phone: person(optionalText('Phone', 50), 'text', { searched: true }),
    mobile: person(optionalText('Mobile', 50), 'text', { searched: true }),
    buyingRole: choice(BuyingRole, BuyingRole.nullable().default(null)),
    influence: person(score('Influence'), 'integer', { range: [1, 5] }),
    relationshipStrength: person(score('Relationship strength'), 'integer', { range: [1, 5] }),
    reportsToId: person(optionalId, 'uuid', { references: 'contacts' }),
    preferredChannel: choice(Channel, Channel.nullable().default(null)),
    birthday: person(optionalDate('Birthday'), 'day'),
    workAnniversary: person(optionalDate('Work anniversary'), 'day'),
    doNotContact: person(z.boolean().default(false), 'boolean'),
    notes: person(optionalText('Notes', 10000), 'text', { searched: true }),
  },
  // migration 0008-search-prefix
  derived: [sortName],
});

export const ContactFields = fieldsOf(contactsTable);
export type ContactFields = z.infer<typeof ContactFields>;

export const Contact = rowOf(contactsTable);
export type Contact = z.infer<typeof Contact>;

export const ContactCreate = ContactFields;
export type ContactCreateInput = z.input<typeof ContactCreate>;

export const ContactUpdate = z
  .object({ id, patch: patchOf(ContactFields) })
  .refine((u) => u.patch.reportsToId !== u.id, {
    message: messages.reportsToSelf({}),
    path: ['patch', 'reportsToId'],
  });
export type ContactUpdateInput = z.input<typeof ContactUpdate>;

export const ContactListQuery = z.object({
  accountId: id,
  includeArchived: z.boolean().default(false),
});
