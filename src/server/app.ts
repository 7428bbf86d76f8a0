import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { rateKey, requireDevice } from './auth';
import { errorHandler, HttpError, notFound } from './errors';
import { registerHealth } from './routes/health';
import { registerPull } from './routes/pull';
import { registerPush } from './routes/push';
import type { Storage } from './storage/storage';
import { RapportError } from '../shared/errors';
import { tooDeep } from '../shared/jsonDepth';

export interface AppOptions {
  readonly storage: Storage;
  /** Largest request body read, in bytes (default 16 MB: a full batch is far below). */
  readonly bodyLimit?: number;
  /** Requests per token per minute (default 10,000: a busy client pulling pages stays well below). */
  readonly rateLimit?: number;
  /** Structured logs (pino JSON lines); false for none. Tokens are never in them. */
  readonly log?: { level?: string; stream?: NodeJS.WritableStream } | false;
  /**
   * The server's clock (default Date.now): it, not a device's, dates every judgement.
   * Tests move it a day on.
   */
  readonly now?: () => number;
}

export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;
export const DEFAULT_RATE_LIMIT = 10_000;

/**
 * The sync server (DESIGN §3) as a fastify instance: `GET /health`, and behind a
 * device's bearer token `POST /v1/push` and `POST /v1/pull`. It keeps no state
 * between requests: everything is in the storage, so several instances can share one.
 */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const log = options.log ?? false;
  const app = Fastify({
    bodyLimit,
    logger: log && {
      level: log.level ?? 'info',
      ...(log.stream ? { stream: log.stream } : {}),
      // Only what a person needs to follow a request; headers (the token) never.
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          method: req.method,
          url: req.url,
          id: req.id,
        }),
      },
      redact: ['req.headers.authorization', 'headers.authorization', 'authorization'],
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler(bodyLimit));
  app.setNotFoundHandler(notFound);
  app.addHook('preValidation', refuseDeepJson);
  registerHealth(app, options.storage);
  await app.register(async (v1) => {
    v1.decorateRequest('device', null);
    await v1.register(rateLimit, {
      max: options.rateLimit ?? DEFAULT_RATE_LIMIT,
      timeWindow: 60_000,
      keyGenerator: rateKey,
      errorResponseBuilder: (_request, context) =>
        new HttpError(
          429,
          'unavailable',
          `Too many requests from this device (more than ${context.max} a minute): try again in ${context.after}`,
        ),
    });
    v1.addHook('onRequest', requireDevice(options.storage));
    const now = options.now ?? Date.now;
    registerPush(v1, options.storage, now);
    registerPull(v1, options.storage, now);
  });
  return app;
}

/** Before zod, which would overflow its stack on a value nested thousands of levels deep. */
async function refuseDeepJson(request: FastifyRequest): Promise<void> {
  const issue = tooDeep(request.body);
  if (issue) {
    throw new RapportError(
      'validation',
      `The request is not valid: ${issue.field} ${issue.message}`,
      [issue],
    );
  }
}
