import { z } from 'zod';
import { messages } from './messages';
import { Channel, InteractionKind } from './enums';
import { id, instant, isoDate, optionalText } from './fields';
import { Interaction } from './interaction';
import { KeyDateKind } from './relationship';

/**
 * "My week" (PRODUCT §6 follow-up, §7 keeping in touch): what a rep owes in a window
 * of days, overdue follow-ups included.
 */
export const WeekQuery = z.object({
  /** Whose week: the signed-in member unless another is named. */
  memberId: id.optional(),
  /** The first day; left out, the first day of the week that holds the core's today. */
  from: isoDate('From').optional(),
  days: z
    .number({ message: messages.notWhole({ label: 'Days', min: 1, max: 31 }) })
    .int({ message: messages.notWhole({ label: 'Days', min: 1, max: 31 }) })
    .min(1, { message: messages.outOfRange({ label: 'Days', min: 1, max: 31 }) })
    .max(31, { message: messages.outOfRange({ label: 'Days', min: 1, max: 31 }) })
    .default(7),
});
export type WeekQuery = z.input<typeof WeekQuery>;

/**
 * What names one agenda item when it is marked done: the UI hands back the `ref` it
 * was given. A greeting is named by its occasion, so the core can find it again.
 */
export const AgendaRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('follow_up'), interactionId: id }),
  z.object({
    kind: z.literal('greeting'),
    occasion: KeyDateKind,
    date: isoDate('Date'),
    accountId: id,
    /** Null only for an account with no contact to greet. */
    contactId: id.nullable(),
    /** The holiday's name; for other occasions, the key date's own name. */
    name: z.string().min(1).max(200),
  }),
]);
export type AgendaRef = z.infer<typeof AgendaRef>;

export const AgendaContact = z.object({
  id,
  name: z.string(),
  title: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  mobile: z.string().nullable(),
});
export type AgendaContact = z.infer<typeof AgendaContact>;

export const AgendaItem = z.object({
  ref: AgendaRef,
  /** The day it is due or falls on; before the window's first day when overdue. */
  day: isoDate('Day'),
  kind: z.enum(['follow_up', ...KeyDateKind.options]),
  overdue: z.boolean(),
  /** The next step for a follow-up; the occasion's name for a key date. */
  title: z.string(),
  /** Years since the start, for anniversaries and birthdays whose year is known. */
  years: z.number().int().nullable(),
  /** The interaction a follow-up came from. */
  interactionId: id.nullable(),
  account: z.object({ id, name: z.string(), country: z.string().nullable() }),
  contact: AgendaContact.nullable(),
  /** How to reach the contact; null when there is no contact or they are not to be contacted. */
  channel: Channel.nullable(),
  doNotContact: z.boolean(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

export const Agenda = z.object({
  memberId: id,
  from: isoDate('From'),
  to: isoDate('To'),
  items: z.array(AgendaItem),
});
export type Agenda = z.infer<typeof Agenda>;

export const AgendaCompletion = z.object({
  item: AgendaRef,
  /** When it was done; now when left out. */
  occurredAt: instant('When').optional(),
  /** How the follow-up was done; by default the contact's preferred channel. */
  kind: InteractionKind.optional(),
  outcome: optionalText('Outcome', 2000),
  notes: optionalText('Notes', 10000),
});
export type AgendaCompletion = z.input<typeof AgendaCompletion>;

/** What marking an item done recorded, and the follow-up it closed (for a follow-up). */
export const AgendaDone = z.object({
  recorded: Interaction,
  closed: Interaction.nullable(),
});
export type AgendaDone = z.infer<typeof AgendaDone>;
