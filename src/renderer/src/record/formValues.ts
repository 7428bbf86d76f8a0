import type { z } from 'zod';
import type { FieldPath, UseFormSetError } from 'react-hook-form';
import { InteractionCreate, InteractionFields } from '../../../shared/domain/interaction';
import { RapportError } from '../../../shared/errors';
import type { InteractionKind } from '../../../shared/domain/enums';

/** What the form holds (the create schema's input); the resolver turns it into `InteractionValues`. */
export type InteractionFormValues = z.input<typeof InteractionCreate>;
export type InteractionValues = z.output<typeof InteractionCreate>;

interface Start {
  accountId: string | null;
  contactIds?: string[];
  kind?: InteractionKind;
}

/** Now, at the account and with the contacts given; a visit unless told (the most common thing a rep logs). */
export function newInteractionValues(
  { accountId, contactIds = [], kind = 'visit' }: Start,
  now = new Date(),
) {
  return {
    accountId: accountId ?? '',
    kind,
    occurredAt: now.toISOString(),
    subject: '',
    notes: '',
    outcome: '',
    nextStep: '',
    nextStepDue: '',
    contactIds,
  } satisfies InteractionFormValues;
}

/** An instant as a `datetime-local` input shows it: the laptop's own time zone, to the minute. */
export function toLocalInput(iso: string | undefined): string {
  const time = iso ? new Date(iso).getTime() : NaN;
  if (Number.isNaN(time)) return '';
  const local = new Date(time - new Date(time).getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

/** The input's local time as an instant; empty (which the schema refuses by name) when unreadable. */
export function fromLocalInput(value: string): string {
  const time = value ? new Date(value).getTime() : NaN;
  return Number.isNaN(time) ? '' : new Date(time).toISOString();
}

const fieldNames = Object.keys(InteractionFields.shape);

/**
 * Puts the core's field issues under their inputs; returns what belongs to no field
 * (or the message of an error that is not the core's), to show above the form.
 */
export function placeIssues(
  error: unknown,
  setError: UseFormSetError<InteractionFormValues>,
): string | null {
  if (!(error instanceof RapportError)) return error instanceof Error ? error.message : null;
  if (error.issues.length === 0) return error.message;
  const elsewhere = error.issues.filter((issue) => {
    const name = issue.field.split('.')[0] ?? '';
    if (!fieldNames.includes(name)) return true;
    setError(name as FieldPath<InteractionFormValues>, { type: 'server', message: issue.message });
    return false;
  });
  return elsewhere.length ? elsewhere.map((issue) => issue.message).join('\n') : null;
}
