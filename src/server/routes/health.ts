import { z } from 'zod';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Storage } from '../storage/storage';

export const healthReply = z.object({ ok: z.boolean(), storage: z.enum(['sqlite', 'postgres']) });

/** For load balancers and people: answers without a token, and checks the storage answers too. */
export function registerHealth(app: FastifyInstance, storage: Storage): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get('/health', { schema: { response: { 200: healthReply } } }, async () => {
      await storage.get('SELECT 1 AS ok');
      return { ok: true, storage: storage.kind };
    });
}
