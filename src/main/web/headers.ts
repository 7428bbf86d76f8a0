import type { FastifyReply, FastifyRequest } from 'fastify';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

const EVERYWHERE: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * Security headers on every answer. They go on the raw response, so they also reach
 * replies that bypass fastify's serialisation (server-sent events, hijacked replies).
 * API answers carry data of the user's book: never cached.
 */
export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  for (const [name, value] of Object.entries(EVERYWHERE)) reply.raw.setHeader(name, value);
  if (isApiPath(request.url)) reply.raw.setHeader('Cache-Control', 'no-store');
}

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}
