import type { z } from 'zod';
import type { UseFormSetError } from 'react-hook-form';
import { AccountCreate, AccountFields } from '../../../../shared/domain/account';
import type { Account } from '../../../../shared/domain/account';
import { RapportError } from '../../../../shared/errors';

/**
 * What the form holds: the create schema's input (the account's fields and its
 * owner); the resolver turns it into `AccountValues`.
 */
export type FormValues = z.input<typeof AccountCreate>;
export type AccountValues = z.output<typeof AccountCreate>;
export type FieldName = keyof AccountValues;

const fieldNames = Object.keys(AccountFields.shape) as (keyof AccountFields)[];

export const emptyToNull = (value: unknown) => (value === '' ? null : value);

/** A new account starts from the schema's defaults. */
export function newAccountValues(): FormValues {
  return { ...AccountCreate.parse({ name: '-' }), name: '' };
}

export function accountValues(account: Account, ownerId: string | null): FormValues {
  const values: Record<string, unknown> = { ownerId };
  for (const name of fieldNames) values[name] = account[name];
  return values as FormValues;
}

/** Only the fields that differ from the stored account, so a patch never resets others. */
export function changedFields(original: Account, values: AccountValues): Partial<AccountFields> {
  const patch: Partial<AccountFields> = {};
  for (const name of fieldNames) {
    if (values[name] !== original[name]) Object.assign(patch, { [name]: values[name] });
  }
  return patch;
}

function isFieldName(name: string): name is FieldName {
  return name === 'ownerId' || (fieldNames as string[]).includes(name);
}

/**
 * Puts the core's field issues (`name`, `patch.name`) under their inputs.
 * Returns the message of what could not be placed on a field, if anything.
 */
export function placeServerIssues(
  error: unknown,
  setError: UseFormSetError<FormValues>,
): string | null {
  if (!(error instanceof RapportError))
    return error instanceof Error ? error.message : String(error);
  const unplaced: string[] = [];
  for (const issue of error.issues) {
    const name = issue.field.replace(/^patch\./, '');
    if (isFieldName(name)) setError(name, { type: 'server', message: issue.message });
    else unplaced.push(issue.message);
  }
  if (error.issues.length === 0) return error.message;
  return unplaced.length ? unplaced.join('\n') : null;
}
