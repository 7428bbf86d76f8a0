import { RapportError, type Envelope } from '../../../shared/errors';
import {
  UPLOAD_NAME_HEADER,
  type ImportFileRequest,
  type ImportPreview,
  type ImportUpload,
} from '../../../shared/importWindow';
import type { JobInfo } from '../../../shared/jobs';
import type { WordLanguage } from '../../../shared/words';
import { bridge, download, postBody, postJson, token } from './client';

const unwrap = <T>(reply: Envelope<T>): T => {
  if (!reply.ok) throw new RapportError(reply.error.code, reply.error.message, reply.error.issues);
  return reply.value;
};

/**
 * Imports (issue 21). The page never names a path: on the web host it uploads the
 * file's bytes, in the desktop app the shell asks in its open dialog; either way the
 * page then holds an upload id. The recent imports are a method of the API.
 */
export const importsClient = {
  /** Whether the file is chosen by the shell's dialog (the desktop app), not a file input. */
  choosesInShell: bridge !== undefined,

  /** The desktop app: the shell's open dialog (null: the person closed it). */
  async choose(): Promise<ImportUpload | null> {
    if (!bridge) throw new RapportError('internal', 'Only the desktop app has an open dialog');
    return unwrap(await bridge.imports.choose());
  },

  /** The web host: the file's bytes, up to MAX_UPLOAD_BYTES, into the host's own folder. */
  async upload(file: File, language: WordLanguage): Promise<ImportUpload> {
    const headers = {
      'Content-Type': 'application/octet-stream',
      [UPLOAD_NAME_HEADER]: encodeURIComponent(file.name),
    };
    return unwrap(
      await postBody<ImportUpload>(`/api/imports/files?language=${language}`, file, headers, token),
    );
  },

  /** The file's columns and first rows, with its dry run started as a job. */
  async preview(request: ImportFileRequest): Promise<ImportPreview> {
    return unwrap(
      bridge
        ? await bridge.imports.preview(request)
        : await postJson<ImportPreview>('/api/imports/preview', request, token),
    );
  },

  async start(request: ImportFileRequest): Promise<JobInfo<'import'>> {
    return unwrap(
      bridge
        ? await bridge.imports.start(request)
        : await postJson<JobInfo<'import'>>('/api/imports', request, token),
    );
  },

  /** A finished import's refused rows: saved where the person says, or downloaded. */
  async saveErrors(jobId: string): Promise<void> {
    if (bridge) unwrap(await bridge.imports.saveErrors(jobId));
    else await download(`/api/imports/${encodeURIComponent(jobId)}/errors`, 'refused.csv');
  },
};
