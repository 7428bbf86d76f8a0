import iconv from 'iconv-lite';
import { RapportError } from '../../../shared/errors';
import { PREVIEW_ROWS, type ImportPreview, type PreviewColumn } from '../../../shared/importWindow';
import {
  reasonText,
  type ImportField,
  type ImportKind,
  type ImportMap,
} from '../../../shared/imports';
import type { Words } from '../../../shared/words';
import { headerKey, planColumns } from '../columns';
import { delimiterOf, encodingOf } from '../csvReader';
import { kindOfContent, sampleOf } from '../fileKind';
import { openSource } from '../importFile';

/**
 * The head of a file as the import reads it: its format (a CSV's encoding and delimiter
 * as detected), its columns with the field each fills (the map's, else the recognised
 * header's) and its first rows as the file has them. A map naming a column the file
 * lacks is refused, naming it. The import's own reader and column plan answer, so the
 * preview cannot disagree with the import.
 */
export async function previewFile(
  file: string,
  kind: ImportKind,
  map: ImportMap,
  w: Words,
): Promise<Omit<ImportPreview, 'check'>> {
  const source = await openSource(file, w);
  try {
    const missing = Object.keys(map).find(
      (column) => !source.header.some((h) => h === column || headerKey(h) === headerKey(column)),
    );
    if (missing)
      throw RapportError.validation('map', reasonText(w, 'noColumn', { column: missing }));
    const plan = planColumns(kind, source.header, map);
    const columns: PreviewColumn[] = source.header.map((header, column) => ({
      header,
      field: (plan.fields.get(column) as ImportField | undefined) ?? null,
    }));
    const rows: ImportPreview['rows'] = [];
    for await (const row of source.rows) {
      rows.push({
        line: row.line,
        cells: source.header.map((_, column) => row.cells[column] ?? ''),
      });
      if (rows.length === PREVIEW_ROWS) break;
    }
    if (rows.length === 0) throw RapportError.validation('path', reasonText(w, 'noRows', { file }));
    return { ...formatOf(file), columns, rows };
  } finally {
    source.close();
  }
}

function formatOf(file: string): Pick<ImportPreview, 'format' | 'encoding' | 'delimiter'> {
  const sample = sampleOf(file);
  if (kindOfContent(sample) === 'xlsx') return { format: 'xlsx', encoding: null, delimiter: null };
  const encoding = encodingOf(sample);
  return { format: 'csv', encoding, delimiter: delimiterOf(iconv.decode(sample, encoding)) };
}

/**
 * An error about a file the host holds, told with the name the person knows and as the
 * window's field (`file`), never the host's path.
 */
export function namedFor(error: unknown, file: string, name: string): unknown {
  if (!(error instanceof RapportError)) return error;
  const named = (text: string) => text.split(file).join(name);
  return new RapportError(
    error.code,
    named(error.message),
    error.issues.map((issue) => ({
      field: issue.field === 'path' ? 'file' : issue.field,
      message: named(issue.message),
    })),
  );
}
