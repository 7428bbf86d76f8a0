import path from 'node:path';
import { issuesFromZod } from '../../../shared/api';
import { RapportError } from '../../../shared/errors';
import { ImportFileRequest, ImportJobId, type ImportPreview } from '../../../shared/importWindow';
import type { ImportJobResult } from '../../../shared/imports';
import { jobKinds, type JobInfo } from '../../../shared/jobs';
import { wordsOf, type WordLanguage } from '../../../shared/words';
import type { Core } from '../../core/core';
import { jobsFor } from '../../jobs';
import { namedFor, previewFile } from './preview';
import type { Uploads } from './uploads';

/**
 * What a window may ask about imports, the same over the web host and IPC: a preview of
 * an uploaded file (with its dry run started as an `import` job), the import itself
 * (an `import` job whose refused rows go to a file in the host's folder) and that file;
 * the recent imports are a method of the API (`recentImports`). The host, never the page, names every path.
 */
export function windowImports(core: Core, uploads: Uploads) {
  const runner = jobsFor(core);
  /** Each import's file name and language, to name its errors file. */
  const started = new Map<string, { name: string; language: WordLanguage }>();

  /** The dry runs started for previews: a newer preview or the import itself stops them. */
  let checks: string[] = [];
  async function supersedeChecks(): Promise<void> {
    const stopping = checks.map((id) => runner.cancel(id).id);
    checks = [];
    await Promise.all(stopping.map((id) => runner.settled(id)));
  }

  async function checked(request: unknown) {
    const parsed = ImportFileRequest.safeParse(request ?? {});
    if (!parsed.success) throw issuesFromZod(parsed.error);
    const { upload, kind, map, language } = parsed.data;
    const w = wordsOf(language);
    const held = uploads.fileOf(upload, w);
    try {
      const head = await previewFile(held.path, kind, map, w);
      return { head, held, input: { kind, map, language, path: held.path } };
    } catch (error) {
      throw namedFor(error, held.path, held.name);
    }
  }

  return {
    async preview(request: unknown): Promise<ImportPreview> {
      const { head, input } = await checked(request);
      await supersedeChecks();
      const check = runner.start('import', { ...input, dryRun: true }, jobKinds);
      checks.push(check.id);
      return { ...head, check: check as JobInfo<'import'> };
    },

    /** Starts the import: Cancel stops it with nothing written. */
    async start(request: unknown): Promise<JobInfo<'import'>> {
      const { held, input } = await checked(request);
      await supersedeChecks();
      const job = runner.start('import', { ...input, errorsPath: uploads.errorsPath() }, jobKinds);
      started.set(job.id, { name: held.name, language: input.language });
      return job as JobInfo<'import'>;
    },

    /** The refused rows of a finished import, and the name to offer for them. */
    errorsFile(request: unknown): { path: string; name: string } {
      const parsed = ImportJobId.safeParse(request);
      if (!parsed.success) throw RapportError.validation('job', parsed.error.issues[0]!.message);
      const jobId = parsed.data;
      const job = runner.get(jobId);
      const result = job.last.type === 'done' ? (job.last.result as ImportJobResult) : null;
      if (job.kind !== 'import' || !result?.errorsPath || !uploads.owns(result.errorsPath)) {
        throw RapportError.notFound('Refused rows of import', jobId);
      }
      const { name, language } = started.get(jobId) ?? { name: result.kind, language: 'en' };
      const error = wordsOf(language).import.reasons.errorColumn;
      return { path: result.errorsPath, name: `${path.parse(name).name} (${error}).csv` };
    },
  };
}

export type WindowImports = ReturnType<typeof windowImports>;
