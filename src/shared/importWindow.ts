import { z } from 'zod';
import { IMPORT_FIELDS, IMPORT_KINDS, ImportMap, type ImportField } from './imports';
import type { JobInfo } from './jobs';
import { WORD_LANGUAGES } from './words';

/**
 * Imports from a window (issue 21): the page never names a path on the machine. The web
 * host takes the file's bytes into a folder of its own, the desktop shell asks in the
 * system's open dialog; either way the page holds an upload id, and the host finds the
 * file by it.
 */

/** The largest file a window may hand over: a million CRM rows fit several times. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** The header naming the uploaded file on the web host (percent-encoded UTF-8). */
export const UPLOAD_NAME_HEADER = 'x-file-name';

/** Rows of the file the preview shows as the file has them. */
export const PREVIEW_ROWS = 20;

export const UploadId = z.uuid({ message: 'upload must be the id of an uploaded file' });

/** A finished import whose refused rows a window asks for. */
export const ImportJobId = z.uuid({ message: 'job must be the id of an import' });

/** A file the host holds for a window: its id and the name the person knows it by. */
export interface ImportUpload {
  upload: string;
  name: string;
  bytes: number;
}

/** The name an uploaded file goes by: a file name, not a path. */
export const UploadName = z
  .string({ message: 'name must name the file' })
  .min(1, { message: 'name must name the file' })
  .max(255, { message: 'name is at most 255 characters' })
  .refine((name) => !/[/\\\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'name must be a file name, not a path',
  });

/** A map fills each field from one column: two columns for one field is a mistake. */
const oneColumnPerField = (map: Record<string, string | null>) => {
  const fields = Object.values(map).filter((f) => f !== null);
  return new Set(fields).size === fields.length;
};

export const ImportFileRequest = z
  .object(
    {
      upload: UploadId,
      kind: z.enum(IMPORT_KINDS, { message: 'kind must be accounts or contacts' }),
      map: ImportMap.default({}),
      language: z.enum(WORD_LANGUAGES).default('en'),
    },
    { message: 'An import from a window needs { upload, kind, map?, language? }' },
  )
  .refine(
    (r) =>
      Object.values(r.map).every(
        (f) => f === null || (IMPORT_FIELDS[r.kind] as readonly string[]).includes(f),
      ),
    { message: 'map names a field this kind of import does not have', path: ['map'] },
  )
  .refine((r) => oneColumnPerField(r.map), {
    message: 'map gives one field to two columns: a field is filled from one column',
    path: ['map'],
  });
export type ImportFileRequest = z.input<typeof ImportFileRequest>;

/** One column of the file: its header and the field it fills (null: left out). */
export interface PreviewColumn {
  header: string;
  field: ImportField | null;
}

/**
 * What the file holds and how it would be read: quick to answer (the first rows only),
 * with the dry run over the whole file started as an `import` job (`check`).
 */
export interface ImportPreview {
  format: 'csv' | 'xlsx';
  /** A CSV's encoding and delimiter, as detected; null for an XLSX. */
  encoding: string | null;
  delimiter: string | null;
  columns: PreviewColumn[];
  /** The first rows as the file has them, each as long as the header, with its line in the file. */
  rows: { line: number; cells: string[] }[];
  /** The dry run: its result counts what would change and lists the refused rows. */
  check: JobInfo<'import'>;
}
