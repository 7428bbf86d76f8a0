import fs from 'node:fs';
import type { ExportFormat, ExportJobResult } from '../../shared/reports';
import { RapportError } from '../../shared/errors';
import type { ParsedJobInputOf } from '../../shared/jobs';
import { wordsOf } from '../../shared/words';
import { createCore, type Core } from '../core/core';
import type { Db } from '../db/open';
import { registerWork, type JobContext } from '../jobs/work';
import { writeAtomically } from './atomic';
import { REPORTS } from './catalog';
import { writeCsv } from './csv';

/**
 * A report written to a file, in a worker with progress and Cancel: the file appears
 * whole under its name when it is done, and a cancelled or failed export leaves nothing
 * (src/main/reports/atomic.ts).
 */
export function exportReport(
  core: Core,
  input: ParsedJobInputOf<'export'>,
  context: JobContext,
): ExportJobResult {
  const table = REPORTS[input.report](core, input);
  const words = wordsOf(input.language);
  const phase = table.title;
  context.progress(0, table.count, phase);
  const rows = writeAtomically(input.path, (fd) =>
    WRITERS[input.format](fd, table, words, (done) => {
      context.progress(done, table.count, phase);
      if (context.signal.aborted) throw new RapportError('conflict', 'The export was cancelled');
    }),
  );
  return { path: input.path, rows, bytes: fs.statSync(input.path).size };
}

/** The writer of each format. */
const WRITERS: Record<ExportFormat, typeof writeCsv> = { csv: writeCsv };

registerWork('export', (db: Db, input, context) => exportReport(createCore(db), input, context));
