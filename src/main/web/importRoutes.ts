import fs from 'node:fs';
import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Core } from '../core/core';
import { envelopeOf, settledEnvelope } from '../jobs/errors';
import { Uploads, tooLarge } from '../import/window/uploads';
import { windowImports } from '../import/window/windowImports';
import { RapportError, type Envelope } from '../../shared/errors';
import { MAX_UPLOAD_BYTES, UPLOAD_NAME_HEADER, UploadName } from '../../shared/importWindow';
import { WORD_LANGUAGES, wordsOf } from '../../shared/words';
import { attachment } from './attachment';
import { statusFor } from './errors';

/**
 * Imports on the web host (issue 21). The page hands over the file's bytes, never a path:
 *   POST /api/imports/files?language=  the file as application/octet-stream, its name in
 *                                      X-File-Name (percent-encoded) → { upload, name, bytes }
 *   POST /api/imports/preview          { upload, kind, map?, language? } → the preview, its
 *                                      dry run started as a job
 *   POST /api/imports                  the same → the started import job
 *   GET  /api/imports/:job/errors      that import's refused rows, as a CSV attachment
 * All need the launch token, as every API route does. The uploads and errors files are
 * kept in a folder of the host's own, which goes when the host stops.
 */
export function registerImportRoutes(api: FastifyInstance, core: Core): void {
  const uploads = new Uploads();
  const imports = windowImports(core, uploads);
  api.addHook('onClose', async () => uploads.close());

  // The bytes are parsed by this scope only: every other route reads JSON.
  void api.register(async (scope) => {
    scope.addContentTypeParser('application/octet-stream', (request, payload, done) => {
      receive(request, payload, uploads).then(
        (upload) => done(null, upload),
        (error: Error) => done(error),
      );
    });
    scope.post('/api/imports/files', async (request, reply) =>
      request.body === undefined || request.body === null
        ? send(reply, {
            ok: false,
            error: RapportError.validation(
              'file',
              'Send the file as Content-Type: application/octet-stream',
            ).toBody(),
          })
        : send(reply, { ok: true, value: request.body }),
    );
  });

  api.post('/api/imports/preview', async (request, reply) =>
    send(reply, await settledEnvelope(() => imports.preview(request.body))),
  );
  api.post('/api/imports', async (request, reply) =>
    send(reply, await settledEnvelope(() => imports.start(request.body))),
  );
  api.get<{ Params: { job: string } }>('/api/imports/:job/errors', async (request, reply) => {
    const found = envelopeOf(() => imports.errorsFile(request.params.job));
    if (!found.ok) return send(reply, found);
    return attachment(reply, found.value.name, 'text/csv; charset=utf-8').send(
      fs.createReadStream(found.value.path),
    );
  });
}

/** The file's name from its header, checked before a byte is kept. */
async function receive(request: FastifyRequest, payload: Readable, uploads: Uploads) {
  const query = request.query as { language?: string };
  const language = WORD_LANGUAGES.find((l) => l === query.language) ?? 'en';
  const w = wordsOf(language);
  const header = request.headers[UPLOAD_NAME_HEADER];
  let name: string | undefined;
  try {
    name = typeof header === 'string' ? decodeURIComponent(header) : undefined;
  } catch {
    name = undefined;
  }
  const parsed = UploadName.safeParse(name);
  if (!parsed.success) {
    const message = `${UPLOAD_NAME_HEADER}: ${parsed.error.issues[0]?.message ?? 'name the file'}`;
    throw new RapportError('validation', message, [{ field: 'name', message }]);
  }
  if (Number(request.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES)
    throw tooLarge(parsed.data, w);
  return uploads.receive(parsed.data, payload, w);
}

function send<T>(reply: FastifyReply, envelope: Envelope<T>): FastifyReply {
  return reply.code(envelope.ok ? 200 : statusFor(envelope.error.code)).send(envelope);
}
