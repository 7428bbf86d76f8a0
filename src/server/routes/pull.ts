import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pullRequest } from '../../shared/sync/wire';
import { pageJson } from '../pageJson';
import { pullPage } from '../pull';
import type { Storage } from '../storage/storage';

/**
 * `POST /v1/pull`: the next page for the device. The reply is written as JSON text by
 * pageJson, not by fastify's serializer, and is not re-validated on the way out: it is
 * built from changes validated when they were pushed, and a full page (5,000 changes)
 * would pay for both on every pull.
 */
export function registerPull(app: FastifyInstance, storage: Storage, now: () => number): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .post('/v1/pull', { schema: { body: pullRequest } }, async (request, reply) => {
      const device = request.device!;
      const page = await pullPage(storage, device, request.body, now());
      request.log.info(
        {
          device: device.id,
          changes: page.rows.length,
          purge: page.purge.length,
          more: page.more,
        },
        'pull',
      );
      // The member the device syncs as: a new laptop signs in as them once the team is there.
      return reply.type('application/json; charset=utf-8').send(pageJson(page, device.memberId));
    });
}
