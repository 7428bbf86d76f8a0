import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { expect } from 'vitest';
import { cli, type DemoBook } from './demoBook';

/**
 * Reports of the demo book `book()` gives, written by `rapport export` and read back by independent
 * readers: `csvOf` parses the CSV (csv-parse), `xlsxOf` reads the first sheet (SheetJS).
 * Each export gets a file of its own.
 */
export function exportedFrom(book: () => DemoBook) {
  let files = 0;
  const rapport = (...args: string[]) =>
    spawnSync(process.execPath, [cli, 'export', '--db', book().book, ...args], {
      encoding: 'utf8',
    });
  const written = (report: string, format: 'csv' | 'xlsx', args: readonly string[]) => {
    const file = path.join(book().dir, `${report}-${++files}.${format}`);
    const done = rapport('--report', report, '--format', format, '--out', file, ...args);
    expect(done.status, done.stderr).toBe(0);
    return fs.readFileSync(file);
  };
  return {
    rapport,
    csvOf: (report: string, ...args: string[]) =>
      parse(written(report, 'csv', args).toString('utf8'), { bom: true }) as string[][],
    xlsxOf: (report: string, ...args: string[]) => {
      const book = XLSX.read(written(report, 'xlsx', args));
      return XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, {
        header: 1,
        raw: true,
      });
    },
  };
}
