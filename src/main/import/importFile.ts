import fs from 'node:fs';
import path from 'node:path';
import { RapportError } from '../../shared/errors';
import {
  MAX_LISTED_ERRORS,
  reasonText,
  type ImportJobResult,
  type ImportRowError,
} from '../../shared/imports';
import type { ParsedJobInputOf } from '../../shared/jobs';
import { wordsOf, type Words } from '../../shared/words';
import type { Core } from '../core/core';
import { authorizer, requireActor } from '../core/permissions';
import type { JobContext } from '../jobs/work';
import { planColumns } from './columns';
import { commitImport, countChanges } from './commit';
import { readCsv } from './csvReader';
import { requireErrorsFolder, writeErrorsFile } from './errorsFile';
import { kindOfContent, sampleOf } from './fileKind';
import { matchRows } from './match';
import { refuseForbiddenRows } from './roles';
import type { Source } from './source';
import { STAGE, createStage, dropStage, stageRows } from './stage';
import { readXlsx } from './xlsxReader';

/**
 * Imports accounts or contacts from a CSV or XLSX file (issue 21): the file is read as it
 * streams into a stage, every row checked, matched to the book and linked to its parent;
 * then the good rows are written as one transaction (a dry run only counts them), and
 * the refused ones are reported with their lines and reasons, and written to the errors
 * file when one is asked for.
 */
export async function importFile(
  core: Core,
  input: ParsedJobInputOf<'import'>,
  context: JobContext,
): Promise<ImportJobResult> {
  const w = wordsOf(input.language);
  const actor = requireActor(core);
  const authorize = authorizer(core);
  if (input.errorsPath) requireErrorsFolder(input.errorsPath, w);
  const source = await openSource(input.path, w);
  const cache = core.db.pragma('cache_size', { simple: true }) as number;
  core.db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  try {
    const plan = planColumns(input.kind, source.header, input.map);
    if (![...plan.fields.values()].some((f) => f === 'name' || f === 'lastName')) {
      throw RapportError.validation(
        'map',
        reasonText(w, 'noNameColumn', { field: w.import.fields.name }),
      );
    }
    createStage(core.db);
    const rows = await stageRows(core.db, source, input.kind, plan, w, context);
    if (rows === 0)
      throw RapportError.validation('path', reasonText(w, 'noRows', { file: input.path }));
    context.progress(0, rows, 'checking');
    matchRows(core.db, input.kind, w);
    refuseForbiddenRows(core, input.kind, actor, authorize, w);
    const outcome = input.dryRun
      ? { id: null, ...countChanges(core, input.kind) }
      : commitImport(core, input.kind, path.basename(input.path), authorize, context);
    const errors = core
      .statement(`SELECT count(*) FROM ${STAGE} WHERE error IS NOT NULL`)
      .pluck()
      .get() as number;
    const errorsPath =
      input.errorsPath && errors > 0
        ? (await writeErrorsFile(core, input.errorsPath, source.header, w),
          path.resolve(input.errorsPath))
        : null;
    context.progress(rows, rows, 'done');
    return {
      id: outcome.id,
      kind: input.kind,
      dryRun: input.dryRun,
      rows,
      created: outcome.created,
      updated: outcome.updated,
      unchanged: outcome.unchanged,
      errors,
      firstErrors: firstErrors(core),
      ignoredColumns: plan.ignored,
      errorsPath,
    };
  } finally {
    source.close();
    dropStage(core.db);
    core.db.pragma(`cache_size = ${cache}`);
  }
}

/**
 * The import's page cache, in KiB, half the app's: it reads and writes mostly in order,
 * so the smaller cache costs it little time, and a million rows stay under 300 MB
 * (`npm run bench`).
 */
const IMPORT_CACHE_KIB = 32_768;

/** The file, by what it holds: an XLSX (a zip), else text read as CSV, else refused. */
export async function openSource(file: string, w: Words): Promise<Source> {
  let sample: Buffer;
  try {
    if (!fs.statSync(file).isFile()) throw new Error('not a file');
    sample = sampleOf(file);
  } catch {
    throw RapportError.validation('path', reasonText(w, 'unreadable', { file }));
  }
  const kind = kindOfContent(sample);
  if (kind === 'other')
    throw RapportError.validation('path', reasonText(w, 'notCsvOrXlsx', { file }));
  const source = kind === 'xlsx' ? await readXlsx(file, w) : await readCsv(file, sample, w);
  if (source.header.length === 0) {
    source.close();
    throw RapportError.validation('path', reasonText(w, 'noRows', { file }));
  }
  return source;
}

function firstErrors(core: Core): ImportRowError[] {
  return core
    .statement(
      `SELECT line, error AS reason FROM ${STAGE} WHERE error IS NOT NULL ORDER BY line LIMIT ${MAX_LISTED_ERRORS}`,
    )
    .all() as ImportRowError[];
}
