import {
  contract,
  createClient,
  isMethodName,
  issuesFromZod,
  type ApiClient,
} from '../../shared/api';
import { RapportError, type Envelope } from '../../shared/errors';
import type { Core } from '../core/core';
import { handlers } from './handlers';

/**
 * The boundary every transport goes through: validates the input against the
 * contract, runs the handler, and turns any failure into an error the user can read.
 */
export function dispatch(core: Core, method: string, input: unknown): Envelope<unknown> {
  try {
    if (!isMethodName(method)) throw new RapportError('not_found', `Unknown method ${method}`);
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) throw issuesFromZod(parsed.error);
    const handler = handlers[method] as (core: Core, input: unknown) => unknown;
    return { ok: true, value: handler(core, parsed.data) };
  } catch (error) {
    return { ok: false, error: toRapportError(error).toBody() };
  }
}

function toRapportError(error: unknown): RapportError {
  if (error instanceof RapportError) return error;
  const err = error as Error & { code?: string };
  if (typeof err.code === 'string' && err.code.startsWith('SQLITE_CONSTRAINT')) {
    return new RapportError('validation', `The change was refused by the database: ${err.message}`);
  }
  console.error(error);
  return new RapportError('internal', `Something went wrong: ${err.message ?? String(error)}`);
}

/** The same contract, called in-process: what tests and the CLI use. */
export function directClient(core: Core): ApiClient {
  return createClient(async (method, input) => dispatch(core, method, input));
}
