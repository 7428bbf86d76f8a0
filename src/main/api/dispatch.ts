import {
  contract,
  createClient,
  isMethodName,
  issuesFromZod,
  type ApiClient,
} from '../../shared/api';
import { RapportError, type Envelope } from '../../shared/errors';
import type { Core } from '../core/core';
import { toRapportError } from './errors';
import { handlers } from './handlers';
import { authorizeCall } from './access';

/**
 * The boundary every transport goes through: validates the input against the
 * contract, runs the handler, and turns any failure into an error the user can read.
 */
export function dispatch(core: Core, method: string, input: unknown): Envelope<unknown> {
  try {
    if (!isMethodName(method)) throw new RapportError('not_found', `Unknown method ${method}`);
    const parsed = contract[method].input.safeParse(input ?? {});
    if (!parsed.success) throw issuesFromZod(parsed.error);
    authorizeCall(core, contract[method].access);
    const handler = handlers[method] as (core: Core, input: unknown) => unknown;
    return { ok: true, value: handler(core, parsed.data) };
  } catch (error) {
    return { ok: false, error: toRapportError(error, core).toBody() };
  }
}

/** The same contract, called in-process: what tests and the CLI use. */
export function directClient(core: Core): ApiClient {
  return createClient(async (method, input) => dispatch(core, method, input));
}
