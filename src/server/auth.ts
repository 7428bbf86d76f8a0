import type { FastifyRequest } from 'fastify';
import { deviceForToken, hashToken, type Device } from './devices';
import { HttpError } from './errors';
import type { Storage } from './storage/storage';

declare module 'fastify' {
  interface FastifyRequest {
    /** The device the bearer token belongs to, on /v1 routes. */
    device: Device | null;
  }
}

const BEARER = /^Bearer ([A-Za-z0-9_-]{1,200})$/;

/** The token of a request, or null; never logged (see the logger's redaction). */
export function tokenOf(request: FastifyRequest): string | null {
  return BEARER.exec(request.headers.authorization ?? '')?.[1] ?? null;
}

/** Rate limits count per token (hashed), so one laptop cannot starve the others. */
export function rateKey(request: FastifyRequest): string {
  const token = tokenOf(request);
  return token ? `token:${hashToken(token)}` : `ip:${request.ip}`;
}

/**
 * Every /v1 request carries a device's token: 401 when it is missing or unknown, 403
 * when the device was revoked. The device is looked up on every request (the server
 * keeps no session), so a revocation holds from the next request on.
 */
export function requireDevice(storage: Storage) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = tokenOf(request);
    if (!token) {
      throw new HttpError(
        401,
        'forbidden',
        'This request has no access token: send the token from `rapport users add` as "Authorization: Bearer <token>"',
      );
    }
    const device = await deviceForToken(storage, token);
    if (!device) {
      throw new HttpError(
        401,
        'forbidden',
        'This access token is not known to the sync server: ask your admin for a token (rapport users add)',
      );
    }
    if (device.revokedAt) {
      throw new HttpError(
        403,
        'forbidden',
        `This device (${device.name}) was revoked on ${device.revokedAt.slice(0, 10)} and can no longer sync: ask your admin for a new token`,
      );
    }
    request.device = device;
  };
}
