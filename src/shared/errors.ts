/** Errors the user can act on, carried the same way by every transport. */
/** `unavailable`: a sync target (folder, server) cannot be reached now; try again later. */
export type ErrorCode =
  'validation' | 'not_found' | 'forbidden' | 'conflict' | 'unavailable' | 'internal';

/** The HTTP status each code travels with, on the web host and on the sync server alike. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  validation: 400,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  unavailable: 503,
  internal: 500,
};

export interface FieldIssue {
  /** Dotted path of the field, e.g. `patch.name`. */
  field: string;
  message: string;
}

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  issues: FieldIssue[];
}

export class RapportError extends Error implements ApiErrorBody {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'RapportError';
  }

  static validation(field: string, message: string): RapportError {
    return new RapportError('validation', message, [{ field, message }]);
  }

  static notFound(what: string, id: string): RapportError {
    return new RapportError('not_found', `${what} ${id} does not exist`);
  }

  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message, issues: this.issues };
  }
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };
