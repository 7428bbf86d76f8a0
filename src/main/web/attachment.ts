import type { FastifyReply } from 'fastify';

/** A file sent to be saved under `name` (any language: the ASCII name is a fallback). */
export function attachment(reply: FastifyReply, name: string, type: string): FastifyReply {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, "'");
  return reply
    .header(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    )
    .header('Content-Type', type)
    .header('Cache-Control', 'no-store');
}
