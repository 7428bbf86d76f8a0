import { PassThrough } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Core } from '../core/core';
import { jobsFor } from '../jobs';
import { envelopeOf } from '../jobs/errors';
import type { Envelope } from '../../shared/errors';
import { statusFor } from './errors';
import { isFinal, sseMessage } from '../../shared/jobs';

/**
 * The job API on the web host, the same contract as IPC (DESIGN §9):
 *   GET  /api/jobs                 the jobs of this book (running and recently ended)
 *   POST /api/jobs                 { kind, input } → the started job
 *   POST /api/jobs/:id/cancel      asks the job to stop between batches
 *   GET  /api/jobs/:id/events      server-sent events: the latest event, then each new
 *                                  one; the stream ends after the last
 * Register it in the web host's token scope: every route, the event stream too, needs
 * the launch token in the Authorization header. The renderer reads the stream with
 * fetch (EventSource cannot send headers), so the token never goes into a URL, where
 * history and logs would keep it, and there is no cookie for another page to ride on.
 */
export function registerJobRoutes(api: FastifyInstance, core: Core): void {
  // Asked on each request: a window that steps over to the demo book has that book's jobs.
  const runner = () => jobsFor(core);

  api.get('/api/jobs', async (_request, reply) => answer(reply, () => runner().list()));

  api.post<{ Body: { kind?: unknown; input?: unknown } | null }>(
    '/api/jobs',
    async (request, reply) =>
      answer(reply, () => runner().start(request.body?.kind, request.body?.input)),
  );

  api.post<{ Params: { id: string } }>('/api/jobs/:id/cancel', async (request, reply) =>
    answer(reply, () => runner().cancel(request.params.id)),
  );

  api.get<{ Params: { id: string } }>('/api/jobs/:id/events', async (request, reply) => {
    const found = envelopeOf(() => runner().get(request.params.id));
    if (!found.ok) return send(reply, found);
    const stream = new PassThrough();
    const stop = runner().watch(found.value.id, (event) => {
      stream.write(sseMessage(event));
      if (isFinal(event)) stream.end();
    });
    // A reader that goes away stops being written to; the job runs on.
    reply.raw.on('close', () => {
      stop();
      stream.end();
    });
    return reply
      .header('Content-Type', 'text/event-stream; charset=utf-8')
      .header('Cache-Control', 'no-store')
      .send(stream);
  });
}

function answer<T>(reply: FastifyReply, run: () => T): FastifyReply {
  return send(reply, envelopeOf(run));
}

function send<T>(reply: FastifyReply, envelope: Envelope<T>): FastifyReply {
  return reply.code(envelope.ok ? 200 : statusFor(envelope.error.code)).send(envelope);
}
