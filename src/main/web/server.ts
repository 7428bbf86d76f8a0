import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import type { Core } from '../core/core';
import { dispatch } from '../api/dispatch';
import { RapportError } from '../../shared/errors';
import { tooDeep } from '../../shared/jsonDepth';
import {
  envelope,
  errorHandler,
  frameworkErrorHandler,
  notFoundHandler,
  routeMethods,
  statusFor,
} from './errors';
import { setSecurityHeaders } from './headers';
import { registerJobRoutes } from './jobRoutes';
import { registerExportRoutes } from './exportRoutes';
import { registerImportRoutes } from './importRoutes';

export interface WebHostOptions {
  core: Core;
  /** The built renderer (electron-vite's out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed token for tests; normally a random one per launch. */
  token?: string;
}

export interface WebHost {
  url: string;
  /** The address to open: the URL with the launch token. */
  openUrl: string;
  token: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
/** The largest request body the API reads. */
const BODY_LIMIT = 5 * 1024 * 1024;

/**
 * The same renderer and API as the Electron window, on loopback only (DESIGN §1).
 * Every request must name this host (no DNS rebinding), and every API call must
 * carry the per-launch token.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  if (!fs.existsSync(path.join(options.rendererDir, 'index.html'))) {
    throw new RapportError(
      'not_found',
      `The app is not built (no ${options.rendererDir}/index.html): run npm run build`,
    );
  }
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    frameworkErrors: frameworkErrorHandler(BODY_LIMIT),
  });
  const allowed = { hosts: new Set<string>(), origins: new Set<string>() };
  app.addHook('onRequest', async (request, reply) => setSecurityHeaders(request, reply));
  app.addHook('onRequest', async (request, reply) => guard(request, reply, allowed));
  // The API reads JSON only; a text/plain body would skip the browser's CORS preflight.
  app.removeContentTypeParser('text/plain');
  app.setErrorHandler(errorHandler(BODY_LIMIT));
  app.addHook('preValidation', refuseDeepJson);
  app.setNotFoundHandler(notFoundHandler(routeMethods(app)));
  await app.register(fastifyStatic, { root: options.rendererDir, index: 'index.html' });
  // Every route registered in this scope (the API's, the job runner's) needs the token.
  await app.register(async (api) => {
    api.addHook('onRequest', requireToken(token));
    registerApi(api, options.core);
    registerJobRoutes(api, options.core);
    registerExportRoutes(api, options.core);
    registerImportRoutes(api, options.core);
  });
  await app.listen({ host: HOST, port: options.port ?? 0 });
  const port = (app.server.address() as { port: number }).port;
  for (const host of [`${HOST}:${port}`, `localhost:${port}`]) {
    allowed.hosts.add(host);
    allowed.origins.add(`http://${host}`);
  }
  const url = `http://${HOST}:${port}/`;
  return { url, openUrl: `${url}?token=${token}`, token, close: () => app.close() };
}

function guard(
  request: FastifyRequest,
  reply: FastifyReply,
  allowed: { hosts: Set<string>; origins: Set<string> },
): FastifyReply | undefined {
  const origin = request.headers.origin;
  if (
    !allowed.hosts.has(request.headers.host ?? '') ||
    (origin !== undefined && !allowed.origins.has(origin))
  ) {
    return reply.code(403).send(envelope('forbidden', 'This address is not served here'));
  }
  return undefined;
}

/** Before the API's zod schemas, which would overflow their stack on a value nested thousands deep. */
async function refuseDeepJson(request: FastifyRequest): Promise<void> {
  const issue = tooDeep(request.body);
  if (issue) throw new RapportError('validation', `${issue.field} ${issue.message}`, [issue]);
}

/** Answers 401 unless the request carries this launch's token. */
function requireToken(token: string) {
  const expected = Buffer.from(`Bearer ${token}`);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const given = Buffer.from(request.headers.authorization ?? '');
    if (given.length === expected.length && crypto.timingSafeEqual(given, expected)) return;
    return reply
      .code(401)
      .send(
        envelope(
          'forbidden',
          'Missing or wrong access token: open Rapport at the address it printed when it started',
        ),
      );
  };
}

/** The API contract over HTTP (DESIGN §1): `POST /api/<method>`, the same `dispatch` as IPC. */
export function registerApi(api: FastifyInstance, core: Core): void {
  api.post<{ Params: { method: string } }>('/api/:method', async (request, reply) => {
    const result = dispatch(core, request.params.method, request.body);
    if (result.ok) return reply.send(result);
    return reply.code(statusFor(result.error.code)).send(result);
  });
}
