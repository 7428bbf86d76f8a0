import fs from 'node:fs';
import nodePath from 'node:path';
import { RapportError } from '../../shared/errors';
import { reasonText } from '../../shared/imports';
import type { Words } from '../../shared/words';
import type { Core } from '../core/core';
import { writeAtomically } from '../reports/atomic';
import { writeCsv } from '../reports/csv';
import type { Cell, ReportTable } from '../reports/table';
import { STAGE } from './stage';

/**
 * The refused rows as a CSV file (UTF-8 with a BOM, as every CSV Rapport writes), in the
 * file's order: each row's own values under the file's header, and the reason beside
 * them, so that a person can fix them and import that file again. Written whole, or not
 * at all. Returns the rows written.
 */
export function writeErrorsFile(
  core: Core,
  path: string,
  header: readonly string[],
  w: Words,
): Promise<number> {
  const count = core
    .statement(`SELECT count(*) FROM ${STAGE} WHERE error IS NOT NULL`)
    .pluck()
    .get() as number;
  const table: ReportTable = {
    title: w.import.reasons.errorColumn,
    columns: [...header, w.import.reasons.errorColumn].map((name) => ({
      header: name,
      kind: 'text',
    })),
    count,
    *rows() {
      const refused = core
        .statement(`SELECT raw, error FROM ${STAGE} WHERE error IS NOT NULL ORDER BY line`)
        .iterate() as IterableIterator<{ raw: string; error: string }>;
      for (const { raw, error } of refused) {
        const cells = JSON.parse(raw) as string[];
        const padded = Array.from(
          { length: Math.max(header.length, cells.length) },
          (_, i) => cells[i] ?? '',
        );
        yield [...padded.slice(0, header.length), error, ...padded.slice(header.length)] as Cell[];
      }
    },
  };
  // A table, and a document of that one table: what the CSV writer takes.
  const report = { ...table, filters: [], parts: [table] };
  return writeAtomically(path, (part) => writeCsv(part, report, w, () => undefined));
}

/** Asked before anything is imported: the errors file's folder must be there and writable. */
export function requireErrorsFolder(path: string, w: Words): void {
  const folder = nodePath.dirname(nodePath.resolve(path));
  try {
    if (!fs.statSync(folder).isDirectory()) throw new Error('not a folder');
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw RapportError.validation('errorsPath', reasonText(w, 'errorsFolder', { folder }));
  }
}
