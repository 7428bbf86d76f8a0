import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { pushAck, pushRequest } from '../../shared/sync/wire';
import { ingest } from '../ingest/ingest';
import type { Storage } from '../storage/storage';

/** `POST /v1/push`: a batch of the device's changes; each is stored or rejected with a reason. */
export function registerPush(app: FastifyInstance, storage: Storage, now: () => number): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .post(
      '/v1/push',
      { schema: { body: pushRequest, response: { 200: pushAck } } },
      async (request) => {
        const device = request.device!;
        const ack = await ingest(
          storage,
          { role: device.role, memberId: device.memberId, deviceId: device.id },
          request.body,
          now(),
        );
        request.log.info(
          { device: device.id, accepted: ack.accepted, rejected: ack.rejected.length },
          'push',
        );
        return ack;
      },
    );
}
