import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HTTP_STATUS, RapportError, type ApiErrorBody, type ErrorCode } from '../../shared/errors';
import { isApiPath, setSecurityHeaders } from './headers';

/** What every failure of the web host answers: the app's envelope, never fastify's own. */
export function envelope(code: ErrorCode, message: string) {
  return { ok: false as const, error: { code, message, issues: [] } satisfies ApiErrorBody };
}

export function statusFor(code: ErrorCode): number {
  return HTTP_STATUS[code];
}

/** `5 MB`, `512 KB`: a limit as a person reads it. */
export function inWords(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

const JSON_HINT = "send the method's input as a JSON object, such as {}";

/** fastify's own errors (body parsing, limits, bad addresses), as messages a person can act on. */
function describe(
  error: FastifyError,
  request: FastifyRequest,
  bodyLimit: number,
): { status: number; code: ErrorCode; message: string } {
  const type = request.headers['content-type'] ?? 'none';
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return {
        status: 400,
        code: 'validation',
        message: `The request body is not valid JSON: ${JSON_HINT}`,
      };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return {
        status: 400,
        code: 'validation',
        message: `The request body is empty: ${JSON_HINT}`,
      };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return {
        status: 400,
        code: 'validation',
        message: 'The request body was cut short: its size does not match its Content-Length',
      };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        code: 'validation',
        message: `The request body is larger than the ${inWords(bodyLimit)} Rapport accepts in one call: send less at a time`,
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        code: 'validation',
        message: `Rapport's API reads JSON only: send the body as Content-Type: application/json (this one was ${type})`,
      };
    case 'FST_ERR_BAD_URL':
      return {
        status: 400,
        code: 'validation',
        message: `${request.url.slice(0, 200)} is not an address Rapport understands`,
      };
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return {
        status: 414,
        code: 'validation',
        message: `${request.url.slice(0, 60)}… is too long: no API method or file of Rapport has so long a name`,
      };
  }
  const status = error.statusCode ?? 500;
  if (status < 500) return { status, code: 'validation', message: error.message };
  console.error(error);
  return { status: 500, code: 'internal', message: `Something went wrong: ${error.message}` };
}

/** For `setErrorHandler`: anything thrown while answering, in the envelope. */
export function errorHandler(bodyLimit: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof RapportError) {
      return reply.code(statusFor(error.code)).send({ ok: false, error: error.toBody() });
    }
    const { status, code, message } = describe(error, request, bodyLimit);
    return reply.code(status).send(envelope(code, message));
  };
}

/** For fastify's `frameworkErrors`: failures before routing, where no hook has run yet. */
export function frameworkErrorHandler(bodyLimit: number) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    setSecurityHeaders(request, reply);
    const { status, code, message } = describe(error, request, bodyLimit);
    void reply.code(status).send(envelope(code, message));
  };
}

/**
 * Records the methods each route answers, so that a path asked with the wrong method
 * (405) can be told from an unknown path (404). Call before any route is added.
 */
export function routeMethods(app: FastifyInstance): (pathname: string) => string[] {
  const routes: { pattern: RegExp; methods: string[] }[] = [];
  app.addHook('onRoute', (route) => {
    // The app's files (`/*`) answer GET on any path outside the API; see notFoundHandler.
    if (route.url.endsWith('*')) return;
    routes.push({ pattern: patternOf(route.url), methods: [route.method].flat() });
  });
  return (pathname) => [
    ...new Set(routes.filter((r) => r.pattern.test(pathname)).flatMap((r) => r.methods)),
  ];
}

/** `/api/jobs/:id/cancel` → a RegExp matching `/api/jobs/<one segment>/cancel`. */
function patternOf(url: string): RegExp {
  const source = url
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

/**
 * For `setNotFoundHandler`: an unknown address is 404; a known address asked with the
 * wrong method (the API takes POST, the app's files GET) is 405, naming the right one.
 */
export function notFoundHandler(methodsFor: (pathname: string) => string[]) {
  return (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0] ?? request.url;
    const api = isApiPath(pathname);
    const allowed = api ? methodsFor(pathname) : ['GET', 'HEAD'];
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      return reply
        .code(405)
        .header('Allow', allowed.join(', '))
        .send(
          envelope(
            'not_found',
            `${pathname} does not answer ${request.method}: use ${allowed.join(' or ')}`,
          ),
        );
    }
    const message = api
      ? `There is no API method at ${pathname}`
      : `Nothing is served at ${pathname}`;
    return reply.code(404).send(envelope('not_found', message));
  };
}
