import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { HTTP_STATUS, RapportError, type ErrorCode, type FieldIssue } from '../shared/errors';

/** Every failure the sync server answers: `{ error: { code, message, issues } }`. */
export function errorBody(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
  return { error: { code, message, issues } };
}

/** A failure with the status to answer it with. */
export class HttpError extends RapportError {
  constructor(
    readonly statusCode: number,
    code: ErrorCode,
    message: string,
  ) {
    super(code, message);
  }
}

const megabytes = (bytes: number) => `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Maps every error (ours, zod's, fastify's) to the envelope, with a message a person can act on. */
export function errorHandler(bodyLimit: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      const issues = error.validation.map((v) => ({
        field: v.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(body)',
        message: v.message ?? 'is not valid',
      }));
      const first = issues[0]!;
      return reply
        .code(400)
        .send(
          errorBody(
            'validation',
            `The request is not valid: ${first.field}: ${first.message}`,
            issues,
          ),
        );
    }
    if (error instanceof HttpError) {
      return reply.code(error.statusCode).send(errorBody(error.code, error.message));
    }
    if (error instanceof RapportError) {
      return reply
        .code(HTTP_STATUS[error.code])
        .send(errorBody(error.code, error.message, error.issues));
    }
    const known = describe(error, bodyLimit);
    if (known) return reply.code(known.status).send(errorBody('validation', known.message));
    if ((error.statusCode ?? 500) < 500) {
      return reply.code(error.statusCode!).send(errorBody('validation', error.message));
    }
    request.log.error({ err: error }, 'request failed');
    return reply
      .code(500)
      .send(
        errorBody('internal', 'The sync server failed on this request; nothing of it was stored'),
      );
  };
}

function describe(
  error: FastifyError,
  bodyLimit: number,
): { status: number; message: string } | null {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        message: `The request is larger than the ${megabytes(bodyLimit)} the sync server accepts: send fewer changes at a time`,
      };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, message: 'The request body is not valid JSON' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, message: 'The request body is empty: send a JSON object' };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        message: 'The sync server reads JSON only: send Content-Type: application/json',
      };
  }
  return null;
}

export function notFound(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(404)
    .send(
      errorBody(
        'not_found',
        `${request.method} ${request.url.slice(0, 200)} is not a route of the sync server`,
      ),
    );
}
