import { expect } from 'vitest';
import type { ApiClient } from '../../src/shared/api';
import type { RapportError } from '../../src/shared/errors';
import { refusal } from './refusal';

/**
 * Awaits a call that must be refused, checks that not one row (nor one change-log
 * entry) was written, and returns the error the user would see.
 */
export async function refusedWithoutWriting(
  api: ApiClient,
  call: () => Promise<unknown>,
): Promise<RapportError> {
  const before = await api.stats({});
  const error = await refusal(call());
  expect(await api.stats({})).toEqual(before);
  return error;
}
