import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { importFile } from '../../src/main/import/importFile';
import { undoImport } from '../../src/main/import/undo';
import {
  ImportJobInput,
  UndoImportInput,
  type ImportJobInput as Input,
} from '../../src/shared/imports';
import type { Core } from '../../src/main/core/core';
import { openTestCore, type TestCore } from './tempDb';

/** A new book signed in as its admin, with a folder beside it for the files to import. */
export function importBook(): TestCore & {
  dir: string;
  write: (name: string, content: string | Buffer) => string;
} {
  const book = openTestCore();
  const dir = path.dirname(book.file);
  return {
    ...book,
    dir,
    write: (name, content) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, content);
      return file;
    },
  };
}

const context = () => ({ progress: () => undefined, signal: new AbortController().signal });

export const runImport = (core: Core, input: Input) =>
  importFile(core, ImportJobInput.parse(input), context());

export const runUndo = (core: Core, id: string) =>
  undoImport(core, UndoImportInput.parse({ id }), context());

/** CSV text from rows of cells, quoted where needed, lines ending in CRLF as Excel writes them. */
export function csv(rows: readonly (readonly string[])[], delimiter = ','): string {
  const cell = (text: string) =>
    text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  return rows.map((r) => r.map(cell).join(delimiter)).join('\r\n') + '\r\n';
}

export function encoded(text: string, encoding: 'windows-1252' | 'utf16le' | 'utf16be'): Buffer {
  return iconv.encode(text, encoding, { addBOM: encoding !== 'windows-1252' });
}

/** An XLSX file with these rows on its first sheet; `shape` may add formulas or merges. */
export async function xlsx(
  file: string,
  rows: readonly (readonly unknown[])[],
  shape: (sheet: ExcelJS.Worksheet) => void = () => undefined,
): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Accounts');
  for (const row of rows) sheet.addRow([...row]);
  shape(sheet);
  await book.xlsx.writeFile(file);
  return file;
}

/** The live accounts of the book by name: what an import left. */
export function accountsByName(core: Core): Map<string, Record<string, unknown>> {
  const rows = core.db
    .prepare(
      `SELECT a.name, a.country, a.city, a.external_id AS externalId, a.archived, p.name AS parent
       FROM accounts a LEFT JOIN accounts p ON p.id = a.parent_id WHERE a.deleted = 0`,
    )
    .all() as Record<string, unknown>[];
  return new Map(rows.map((r) => [r.name as string, r]));
}

export const count = (core: Core, sql: string): number =>
  core.db.prepare(sql).pluck().get() as number;
