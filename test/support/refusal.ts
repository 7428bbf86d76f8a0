import { expect } from 'vitest';
import { RapportError } from '../../src/shared/errors';

/** Awaits a call that must be refused, and returns the error the user would see. */
export async function refusal(promise: Promise<unknown>): Promise<RapportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RapportError);
  return error as RapportError;
}
