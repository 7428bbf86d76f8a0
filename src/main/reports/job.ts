import fs from 'node:fs';
import { exportFileName, type ExportJobResult } from '../../shared/reports';
import { RapportError } from '../../shared/errors';
import type { ParsedJobInputOf } from '../../shared/jobs';
import { wordsOf } from '../../shared/words';
import { createCore, type Core } from '../core/core';
import type { Db } from '../db/open';
import { registerWork, type JobContext } from '../jobs/work';
import { writeAtomically } from './atomic';
import { REPORTS } from './catalog';
import { writeCsv } from './csv';
import { writeXlsx } from './xlsx';
import { writeIcs } from './ics';
import { writePdf } from './pdf/write';
import { filtersOf } from './filters';
import { documentOf } from './table';
import { weekAgenda } from './week';

/**
 * A report written to a file, in a worker with progress and Cancel: the file appears
 * whole under its name when it is done, and a cancelled or failed export leaves nothing
 * (src/main/reports/atomic.ts).
 */
export async function exportReport(
  core: Core,
  input: ParsedJobInputOf<'export'>,
  context: JobContext,
): Promise<ExportJobResult> {
  const report = documentOf(REPORTS[input.report](core, input));
  const words = wordsOf(input.language);
  const phase = report.title;
  const count = report.parts.reduce((sum, part) => sum + part.count, 0);
  context.progress(0, count, phase);
  const progress = (done: number) => {
    context.progress(done, count, phase);
    if (context.signal.aborted) throw new RapportError('conflict', 'The export was cancelled');
  };
  const rows = await writeAtomically(input.path, (part) => {
    if (input.format === 'ics') {
      return writeIcs(part, weekAgenda(core, input), words, report.title, progress);
    }
    if (input.format === 'pdf') {
      const filters = filtersOf(core, input, words);
      return writePdf(part, report, filters, words, input.language, progress);
    }
    return input.format === 'xlsx'
      ? writeXlsx(part, report, words, progress, input.language === 'fa')
      : writeCsv(part, report, words, progress);
  });
  const name = exportFileName(report.title, new Date().toISOString().slice(0, 10), input.format);
  return { path: input.path, name, rows, bytes: fs.statSync(input.path).size };
}

registerWork('export', (db: Db, input, context) => exportReport(createCore(db), input, context));
