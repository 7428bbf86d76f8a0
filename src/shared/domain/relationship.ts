import { z } from 'zod';
import { messages } from './messages';
import { AgreementKind, HolidayCalendar } from './enums';
import {
  country,
  id,
  isoDate,
  optionalDate,
  optionalId,
  optionalText,
  patchOf,
  requiredText,
  score,
} from './fields';
import { choice, person } from '../schema/column';
import { fieldsOf, rowOf, table } from '../schema/table';

const sign = () => person(z.boolean().default(false), 'boolean');
const measure = (label: string) => person(score(label), 'integer', { range: [1, 5] });

/**
 * A dated review of a relationship (PRODUCT §5): warning signs on the customer's side,
 * signs of weak commitment on ours, and the four quality measures from 1 to 5.
 */
export const assessmentsTable = table({
  name: 'assessments',
  label: 'Assessment',
  account: 'accountId',
  columns: {
    accountId: person(id, 'uuid', { references: 'accounts' }),
    assessedOn: person(isoDate('Assessed on'), 'day'),
    assessedById: person(optionalId, 'uuid', { references: 'team_members' }),
    needsChanging: sign(),
    newCompetitors: sign(),
    newTechnology: sign(),
    costPressure: sign(),
    qualityProblems: sign(),
    lateDeliveries: sign(),
    inadequateSupport: sign(),
    longTermCommitment: measure('Long-term commitment'),
    responseSpeed: measure('Speed of response'),
    trust: measure('Trust'),
    mutualInterest: measure('Mutual interest'),
    notes: person(optionalText('Notes', 10000), 'text'),
  },
});
export const AssessmentFields = fieldsOf(assessmentsTable);
export const Assessment = rowOf(assessmentsTable);
export type Assessment = z.infer<typeof Assessment>;
export const AssessmentCreate = AssessmentFields;
export const AssessmentUpdate = z.object({ id, patch: patchOf(AssessmentFields) });

/** A written agreement with a supplier, distributor or contractor (PRODUCT §8). */
export const agreementsTable = table({
  name: 'partner_agreements',
  label: 'Partner agreement',
  account: 'accountId',
  columns: {
    accountId: person(id, 'uuid', { references: 'accounts' }),
    kind: choice(AgreementKind, AgreementKind),
    title: person(requiredText('Title'), 'text'),
    parties: person(optionalText('Parties', 500), 'text'),
    signedOn: person(optionalDate('Signed on'), 'day'),
    startsOn: person(optionalDate('Starts on'), 'day'),
    endsOn: person(optionalDate('Ends on'), 'day'),
    terms: person(optionalText('Terms', 10000), 'text'),
    /** Where the signed document is kept: a file path, a URL or an archive number. */
    documentRef: person(optionalText('Document reference', 500), 'text'),
  },
});
const endsAfterStart = (a: { startsOn?: string | null; endsOn?: string | null }) =>
  !a.startsOn || !a.endsOn || a.endsOn >= a.startsOn;
const endMessage = { message: messages.agreementBackwards({}), path: ['endsOn'] };
export const AgreementFields = fieldsOf(agreementsTable);
export const Agreement = rowOf(agreementsTable);
export type Agreement = z.infer<typeof Agreement>;
export const AgreementCreate = AgreementFields.refine(endsAfterStart, endMessage);
export const AgreementUpdate = z.object({
  id,
  patch: patchOf(AgreementFields).refine(endsAfterStart, endMessage),
});

const monthOf = z
  .number({ message: messages.notWhole({ label: 'Month', min: 1, max: 12 }) })
  .int({ message: messages.notWhole({ label: 'Month', min: 1, max: 12 }) })
  .min(1, { message: messages.outOfRange({ label: 'Month', min: 1, max: 12 }) })
  .max(12, { message: messages.outOfRange({ label: 'Month', min: 1, max: 12 }) });
const dayOf = z
  .number({ message: messages.notWhole({ label: 'Day', min: 1, max: 31 }) })
  .int({ message: messages.notWhole({ label: 'Day', min: 1, max: 31 }) })
  .min(1, { message: messages.outOfRange({ label: 'Day', min: 1, max: 31 }) })
  .max(31, { message: messages.outOfRange({ label: 'Day', min: 1, max: 31 }) });

/**
 * A holiday in a country, on a day of its own calendar: 17 May (Gregorian), Nowruz
 * on 1 Farvardin (Persian), Tết on the first day of the first lunar month.
 */
export const holidaysTable = table({
  name: 'holidays',
  label: 'Holiday',
  account: null,
  columns: {
    country: person(country, 'text'),
    name: person(requiredText('Name', 100), 'text'),
    calendar: choice(HolidayCalendar, HolidayCalendar.default('gregorian')),
    month: person(monthOf, 'integer', { range: [1, 12] }),
    day: person(dayOf, 'integer', { range: [1, 31] }),
  },
});
export const HolidayFields = fieldsOf(holidaysTable);
export const Holiday = rowOf(holidaysTable);
export type Holiday = z.infer<typeof Holiday>;
export const HolidayCreate = HolidayFields;
export const HolidayUpdate = z.object({ id, patch: patchOf(HolidayFields) });

export const KeyDateKind = z.enum([
  'birthday',
  'work_anniversary',
  'account_anniversary',
  'holiday',
]);
/** A date worth a greeting, in a window of days. */
export const KeyDate = z.object({
  date: isoDate('Date'),
  kind: KeyDateKind,
  name: z.string(),
  accountId: id.nullable(),
  accountName: z.string().nullable(),
  contactId: id.nullable(),
  country: z.string().nullable(),
  /** Years since the start, for anniversaries and birthdays (when the year is known). */
  years: z.number().int().nullable(),
  preferredChannel: z.string().nullable(),
  doNotContact: z.boolean(),
});
export type KeyDate = z.infer<typeof KeyDate>;
export const KeyDateQuery = z
  .object({
    from: isoDate('From'),
    to: isoDate('To'),
    accountId: id.optional(),
  })
  .refine((q) => q.to >= q.from, { message: messages.toBeforeFrom({}), path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, {
    message: messages.keyDatesYear({}),
    path: ['to'],
  });

/** A list of an account's rows, for every table that belongs to an account. */
export const ByAccountQuery = z.object({
  accountId: id,
  includeArchived: z.boolean().default(false),
});
