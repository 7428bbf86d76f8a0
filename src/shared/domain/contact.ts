import { z } from 'zod';
import { BuyingRole, Channel } from './enums';
import {
  id,
  optionalDate,
  optionalEmail,
  optionalId,
  optionalText,
  requiredText,
  score,
  syncedRow,
  patchOf,
} from './fields';

export const ContactFields = z.object({
  accountId: id,
  name: requiredText('Name'),
  title: optionalText('Title', 200),
  email: optionalEmail,
  phone: optionalText('Phone', 50),
  mobile: optionalText('Mobile', 50),
  buyingRole: BuyingRole.nullable().default(null),
  influence: score('Influence'),
  relationshipStrength: score('Relationship strength'),
  reportsToId: optionalId,
  preferredChannel: Channel.nullable().default(null),
  birthday: optionalDate('Birthday'),
  workAnniversary: optionalDate('Work anniversary'),
  doNotContact: z.boolean().default(false),
  notes: optionalText('Notes', 10000),
});
export type ContactFields = z.infer<typeof ContactFields>;

export const Contact = ContactFields.extend(syncedRow);
export type Contact = z.infer<typeof Contact>;

export const ContactCreate = ContactFields;
export type ContactCreateInput = z.input<typeof ContactCreate>;

export const ContactUpdate = z
  .object({ id, patch: patchOf(ContactFields) })
  .refine((u) => u.patch.reportsToId !== u.id, {
    message: 'A contact cannot report to themselves',
    path: ['patch', 'reportsToId'],
  });
export type ContactUpdateInput = z.input<typeof ContactUpdate>;

export const ContactListQuery = z.object({
  accountId: id,
  includeArchived: z.boolean().default(false),
});
