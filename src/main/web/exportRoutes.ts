import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Core } from '../core/core';
import { jobsFor } from '../jobs';
import { envelopeOf } from '../jobs/errors';
import { issuesFromZod } from '../../shared/api';
import { RapportError } from '../../shared/errors';
import { jobKinds } from '../../shared/jobs';
import { ExportRequest, type ExportJobResult } from '../../shared/reports';
import { attachment } from './attachment';
import { statusFor } from './errors';

/**
 * Exports on the web host (issue 21). The page names the report, never a path: the host
 * writes it into a folder of its own and the page then downloads it.
 *   POST /api/exports            { report, format, language?, list? } → the started job
 *   GET  /api/exports/:id/file   the finished export, as an attachment with its name
 * Both need the launch token, as every API route does. The folder goes when the host
 * stops.
 */
export function registerExportRoutes(api: FastifyInstance, core: Core): void {
  // Asked on each call: a window that steps over to the demo book has that book's jobs.
  const runner = () => jobsFor(core);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-exports-'));
  api.addHook('onClose', async () => fs.rmSync(folder, { recursive: true, force: true }));

  api.post<{ Body: unknown }>('/api/exports', async (request, reply) => {
    const started = envelopeOf(() => {
      const parsed = ExportRequest.safeParse(request.body ?? {});
      if (!parsed.success) throw issuesFromZod(parsed.error);
      const file = path.join(folder, `${crypto.randomUUID()}.${parsed.data.format}`);
      return runner().start('export', { ...parsed.data, path: file }, jobKinds);
    });
    return reply.code(started.ok ? 200 : statusFor(started.error.code)).send(started);
  });

  api.get<{ Params: { id: string } }>('/api/exports/:id/file', async (request, reply) => {
    const found = envelopeOf(() => {
      const job = runner().get(request.params.id);
      if (job.kind !== 'export' || job.last.type !== 'done') {
        throw new RapportError('conflict', 'This export has not finished');
      }
      const result = job.last.result as ExportJobResult;
      // Only a file this host wrote into its own folder is ever sent.
      if (path.dirname(result.path) !== folder || !fs.existsSync(result.path)) {
        throw RapportError.notFound('Export', request.params.id);
      }
      return result;
    });
    if (!found.ok) return reply.code(statusFor(found.error.code)).send(found);
    const { path: file, name } = found.value;
    return attachment(reply, name, TYPES[path.extname(name)] ?? 'application/octet-stream').send(
      fs.createReadStream(file),
    );
  });
}

const TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
};
