import { RapportError, type ApiErrorBody, type Envelope } from '../../shared/errors';
import { fromSqliteError, isSqliteError } from '../db/sqliteErrors';

/** Any failure of a job, or of a request about one, as the app's error body. */
export function toErrorBody(error: unknown, file = 'the book'): ApiErrorBody {
  if (error instanceof RapportError) return error.toBody();
  // The same words as the API uses for a database failure, never SQLite's own text.
  if (isSqliteError(error)) return fromSqliteError(error, file).toBody();
  console.error(error);
  return new RapportError(
    'internal',
    'Something went wrong inside Rapport while doing this work; the details are in its log',
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

/** The same, for a request answered when its promise settles. */
export async function settledEnvelope<T>(run: () => Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    return { ok: false, error: toErrorBody(error) };
  }
}
