import { RapportError, type ApiErrorBody, type Envelope } from '../../shared/errors';

/** Any failure of a job, or of a request about one, as the app's error body. */
export function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof RapportError) return error.toBody();
  const err = error as Error & { code?: unknown };
  if (typeof err.code === 'string' && err.code.startsWith('SQLITE_BUSY')) {
    return new RapportError('conflict', 'The database is busy; try again in a moment').toBody();
  }
  return new RapportError(
    'internal',
    `Something went wrong: ${err?.message ?? String(error)}`,
  ).toBody();
}

/** Runs a request about jobs and answers in the envelope every transport carries. */
export function envelopeOf<T>(run: () => T): Envelope<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
  }
}
