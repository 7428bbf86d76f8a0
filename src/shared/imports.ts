import { z } from 'zod';
import { id } from './domain/fields';
import { WORD_LANGUAGES, type Words } from './words';

/**
 * Imports of accounts and contacts from CSV or XLSX files (issue 21): an `import` job
 * (and `rapport import`), undone as one by an `undoImport` job (`rapport import --undo`).
 */
export const IMPORT_KINDS = ['accounts', 'contacts'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The fields a file's column can fill, per kind: what `map` may name. */
export const IMPORT_FIELDS = {
  accounts: [
    'name',
    'externalId',
    'parentExternalId',
    'kind',
    'industry',
    'country',
    'region',
    'city',
    'postcode',
    'address',
    'website',
    'phone',
    'customerSince',
    'notes',
  ],
  contacts: [
    'name',
    'firstName',
    'lastName',
    'title',
    'email',
    'phone',
    'mobile',
    'accountExternalId',
    'accountName',
    'birthday',
    'notes',
  ],
} as const satisfies Record<ImportKind, readonly string[]>;
export type ImportField = (typeof IMPORT_FIELDS)[ImportKind][number];

const allFields: readonly string[] = [...new Set(Object.values(IMPORT_FIELDS).flat())];

/**
 * `{"Firma": "name", "ID": null}`: a file's column (by its header) → the field it fills,
 * or null to leave out a column whose name would be recognised.
 */
export const ImportMap = z.record(
  z.string().max(200, { message: 'map: a column name is at most 200 characters' }),
  z
    .string()
    .refine((f) => allFields.includes(f), {
      message: `map: a field must be one of ${allFields.join(', ')}`,
    })
    .nullable(),
  { message: 'map must be an object of {"column in the file": "field" or null}' },
);
export type ImportMap = z.infer<typeof ImportMap>;

const language = z.enum(WORD_LANGUAGES).default('en');
const filePath = (what: string) =>
  z
    .string({ message: `${what} must name a file` })
    .min(1, { message: `${what} must name a file` })
    .max(4096, { message: `${what} is too long` });

export const ImportJobInput = z
  .object(
    {
      kind: z.enum(IMPORT_KINDS, { message: 'kind must be accounts or contacts' }),
      /** The CSV or XLSX file to read, on this machine. */
      path: filePath('path'),
      map: ImportMap.default({}),
      /** Check everything and count what would change; write nothing to the book. */
      dryRun: z.boolean().default(false),
      /** Where to write the refused rows with their reasons (CSV, UTF-8 with a BOM). */
      errorsPath: filePath('errorsPath').optional(),
      /** The language of the reasons and of the errors file's reason column. */
      language,
    },
    { message: 'The import job needs { kind, path, map?, dryRun?, errorsPath?, language? }' },
  )
  .refine(
    (input) =>
      Object.values(input.map).every(
        (f) => f === null || (IMPORT_FIELDS[input.kind] as readonly string[]).includes(f),
      ),
    { message: 'map names a field this kind of import does not have', path: ['map'] },
  );
export type ImportJobInput = z.input<typeof ImportJobInput>;

export const UndoImportInput = z.object(
  { id, language },
  { message: 'Undoing an import needs { id, language? }' },
);
export type UndoImportInput = z.input<typeof UndoImportInput>;

/** A refused row: its line in the file (the header is line 1) and why, in the job's language. */
export interface ImportRowError {
  line: number;
  reason: string;
}

/** Reasons a result carries at most; the errors file has them all. */
export const MAX_LISTED_ERRORS = 100;

export interface ImportJobResult {
  /** The import's id, for undo; null for a dry run (nothing was written). */
  id: string | null;
  kind: ImportKind;
  dryRun: boolean;
  /** Data rows read (the header aside). */
  rows: number;
  /** Records created and updated (a dry run: would be). */
  created: number;
  updated: number;
  /** Rows that matched a record already as the file has it. */
  unchanged: number;
  /** Rows refused, and the first of them. */
  errors: number;
  firstErrors: ImportRowError[];
  /** The file's columns that fill no field. */
  ignoredColumns: string[];
  /** Where the refused rows were written, when asked and there were some. */
  errorsPath: string | null;
}

export interface UndoImportResult {
  id: string;
  /** Records the import made, archived again; records it changed, put back. */
  archived: number;
  restored: number;
}

export type ImportReason = keyof Words['import']['reasons'];

/** A reason's sentence in the language: `{{name}}` in the template is the value named. */
export function reasonText(
  w: Words,
  reason: ImportReason,
  values: Record<string, string | number> = {},
): string {
  return w.import.reasons[reason].replace(/\{\{(\w+)\}\}/g, (all, name: string) =>
    name in values ? String(values[name]) : all,
  );
}

/** An import the book keeps, for the recent list and its undo. */
export const RecentImport = z.object({
  id: z.string(),
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string(),
  madeAt: z.number(),
  created: z.number(),
  updated: z.number(),
  undoneAt: z.number().nullable(),
  /** Why undo would be refused now, in the request's language; null: it may be undone. */
  undoRefusal: z.string().nullable(),
});
export type RecentImport = z.infer<typeof RecentImport>;

export const RecentImportsQuery = z.object(
  { language },
  { message: 'The recent imports need { language? }' },
);
export type RecentImportsQuery = z.input<typeof RecentImportsQuery>;

/** Imports listed as recent. */
export const RECENT_IMPORTS = 5;
