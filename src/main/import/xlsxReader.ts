import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { RapportError } from '../../shared/errors';
import { reasonText } from '../../shared/imports';
import type { Words } from '../../shared/words';
import type { Source, SourceRow } from './source';

type Chunks = AsyncIterable<Buffer | string>;
interface SheetParsing {
  _parseWorksheet(chunks: Chunks, sheetNo: string): AsyncGenerator<unknown>;
}

/**
 * The first sheet of an XLSX file, read as it streams (exceljs's WorkbookReader). A
 * formula or merged cells refuse the file, naming the cells: the values a person sees
 * there are not the ones the file holds for each row.
 */
export async function readXlsx(file: string, w: Words): Promise<Source> {
  const input = fs.createReadStream(file);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // dates are told from numbers by their format
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const merges = watchMerges(reader as unknown as SheetParsing);
  const iterator = rowsOf(reader, merges, w)[Symbol.asyncIterator]();
  const first = await iterator.next();
  return {
    header: first.done ? [] : first.value.cells,
    rows: { [Symbol.asyncIterator]: () => iterator },
    bytes: fs.statSync(file).size,
    bytesRead: () => input.bytesRead,
    strictWidth: false,
    close: () => input.destroy(),
  };
}

async function* rowsOf(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
  merges: Set<string>,
  w: Words,
): AsyncGenerator<SourceRow> {
  for await (const sheet of reader) {
    for await (const row of sheet) {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = textOf(cell, w);
      });
      if (cells.some((c) => c !== ''))
        yield { line: row.number, cells: Array.from(cells, (c) => c ?? '') };
    }
    // <mergeCell> elements follow the rows: the whole sheet has been seen here.
    if (merges.size > 0) {
      throw RapportError.validation(
        'path',
        reasonText(w, 'merged', { cells: [...merges].join(', ') }),
      );
    }
    return; // the first sheet only
  }
}

function textOf(cell: ExcelJS.Cell, w: Words): string {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('formula' in value || 'sharedFormula' in value) {
    throw RapportError.validation('path', reasonText(w, 'formula', { cell: cell.address }));
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return cell.text;
}

const MERGE = /<mergeCell ref="([A-Z]+\d+(?::[A-Z]+\d+)?)"/g;

/**
 * exceljs's streaming reader skips a sheet's <mergeCell> elements, so the sheet's XML
 * is watched for them as it passes into the reader. Returns the ranges found.
 */
function watchMerges(reader: SheetParsing): Set<string> {
  const found = new Set<string>();
  const parse = reader._parseWorksheet.bind(reader);
  reader._parseWorksheet = (chunks, sheetNo) => parse(watched(chunks, found), sheetNo);
  return found;
}

async function* watched(chunks: Chunks, found: Set<string>): Chunks {
  let tail = '';
  for await (const chunk of chunks) {
    const text = tail + (typeof chunk === 'string' ? chunk : chunk.toString('latin1'));
    for (const match of text.matchAll(MERGE)) found.add(match[1] as string);
    tail = text.slice(-64);
    yield chunk;
  }
}
