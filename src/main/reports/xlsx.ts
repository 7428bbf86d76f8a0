import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { finished as streamDone } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { Words } from '../../shared/words';
import { neutralised } from './csv';
import type { Progress } from './progress';
import type { Cell, CellKind, ReportDocument, ReportTable } from './table';

/** Rows between progress reports (and looks whether the export was cancelled). */
const BATCH = 1000;

/** How wide a column of each kind starts, in characters; text grows to its header, up to 40. */
const WIDTH: Record<CellKind, number> = { text: 16, number: 14, date: 12, boolean: 8 };
const FORMAT: Partial<Record<CellKind, string>> = { number: '#,##0.##', date: 'yyyy-mm-dd' };

/**
 * The report as an XLSX workbook, streamed (exceljs's WorkbookWriter: rows are written as
 * they are read, never all held), one sheet per part of the report: typed cells (numbers,
 * days as dates), the header bold and frozen with an autofilter, widths by kind, right to
 * left in Persian. Text a spreadsheet would run as a formula is neutralised as in CSV.
 * Returns the rows written.
 */
export async function writeXlsx(
  file: string,
  report: ReportDocument,
  w: Words,
  progress: Progress,
  rightToLeft: boolean,
): Promise<number> {
  const stream = fs.createWriteStream(file);
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  // One style object per kind, shared by every cell of it: exceljs then files each once
  // (a style per cell, as a column's style gives, cost most of an export's time).
  const styles = new Map<CellKind, Partial<ExcelJS.Style>>();
  const styleOf = (kind: CellKind) => {
    if (!styles.has(kind)) styles.set(kind, FORMAT[kind] ? { numFmt: FORMAT[kind] } : {});
    return styles.get(kind)!;
  };
  let rows = 0;
  let sheet: ExcelJS.Worksheet | null = null;
  const written = async () => {
    rows += 1;
    if (rows % BATCH === 0) {
      progress(rows);
      // Rows are made faster than they are compressed: wait for the zip to take in what
      // it holds (else the whole sheet's XML waited in memory), then for the file.
      await drained(sheet && zipEntryOf(sheet));
      await drained(stream);
    }
  };
  try {
    const names = new Set<string>();
    for (const part of report.parts) {
      sheet = book.addWorksheet(sheetName(part.title, names), {
        views: [{ state: 'frozen', ySplit: 1, rightToLeft }],
      });
      await writeSheet(sheet, part, w, styleOf, written);
    }
    progress(rows);
    await book.commit();
    await finished;
    return rows;
  } catch (error) {
    // Stopped half-way: the stream is stopped and its file closed before the caller
    // removes it.
    finished.catch(() => undefined);
    stream.destroy();
    await streamDone(stream).catch(() => undefined);
    throw error;
  }
}

async function writeSheet(
  sheet: ExcelJS.Worksheet,
  table: ReportTable,
  w: Words,
  styleOf: (kind: CellKind) => Partial<ExcelJS.Style>,
  written: () => Promise<void>,
): Promise<void> {
  sheet.columns = table.columns.map((c) => ({
    width:
      c.kind === 'text' ? Math.min(40, Math.max(WIDTH.text, c.header.length + 2)) : WIDTH[c.kind],
  }));
  const cellStyles = table.columns.map((c) => styleOf(c.kind));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  const header = sheet.addRow(table.columns.map((c) => neutralised(c.header)));
  // The header is text in bold, not in its column's number or date format.
  const bold = { font: { bold: true } };
  header.eachCell((cell) => (cell.style = bold));
  header.commit();
  const kinds = table.columns.map((c) => c.kind);
  const value = (cell: Cell, i: number): ExcelJS.CellValue => {
    if (cell === null) return null;
    if (typeof cell === 'boolean') return cell ? w.report.columns.yes : w.report.columns.no;
    if (typeof cell === 'number') return cell;
    if (kinds[i] === 'date') return new Date(`${cell}T00:00:00Z`);
    return neutralised(cell);
  };
  for (const cells of table.rows()) {
    const row = sheet.addRow(cells.map(value));
    for (let i = 0; i < cellStyles.length; i++) row.getCell(i + 1).style = cellStyles[i]!;
    row.commit();
    await written();
  }
  sheet.commit();
}

/** Resolves once the stream has room again (at once if it has, or there is none). */
async function drained(stream: Writable | null): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (!stream || !needsDrain(stream)) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      stream.off('drain', done).off('close', done).off('error', done);
      resolve();
    };
    stream.on('drain', done).on('close', done).on('error', done);
  });
}

/** Node's streams say it; the older readable-stream that archiver uses keeps it in its state. */
function needsDrain(stream: Writable): boolean {
  const state = (stream as unknown as { _writableState?: { needDrain?: boolean } })._writableState;
  return stream.writableNeedDrain ?? state?.needDrain ?? false;
}

/**
 * The stream that takes a streamed sheet's XML into the zip. exceljs writes to it
 * without waiting for it (its StreamBuf ignores backpressure) and does not expose it.
 */
function zipEntryOf(sheet: ExcelJS.Worksheet): Writable | null {
  const buffer = (sheet as unknown as { stream?: { pipes?: Writable[] } }).stream;
  return buffer?.pipes?.[0] ?? null;
}

/** A sheet's name: at most 31 characters, none of `[]:*?/\`, and not one the book has. */
function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 27)} (${n})`;
  taken.add(name.toLowerCase());
  return name;
}
