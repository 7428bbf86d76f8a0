import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directClient } from '../../../src/main/api/dispatch';
import { exportReport } from '../../../src/main/reports/job';
import { ExportJobInput } from '../../../src/shared/reports';
import { wordsOf } from '../../../src/shared/words';
import { demoBook, type DemoBook } from '../../support/demoBook';

/**
 * Reports written to XLSX (issue 21), read back by two readers that are not the writer:
 * SheetJS, and LibreOffice's Calc converting the workbook to CSV.
 */
let demo: DemoBook;

beforeAll(() => {
  demo = demoBook(400);
});
afterAll(() => demo.close());

const never = { progress: () => undefined, signal: new AbortController().signal };
const exported = (report: string, format: string, language = 'en') => {
  const file = path.join(demo.dir, `${report}-${language}.${format}`);
  return exportReport(
    demo.core,
    ExportJobInput.parse({ report, format, path: file, language }),
    never,
  );
};
const csvRows = (file: string) => parse(fs.readFileSync(file, 'utf8'), { bom: true }) as string[][];

describe('exporting to XLSX', () => {
  it('writes typed cells under a frozen header with an autofilter, as SheetJS reads them', async () => {
    const api = directClient(demo.core);
    const formula = await api.createAccount({
      name: '=HYPERLINK("http://evil.example","Click")',
      costToServe: 1250.5,
      customerSince: '2021-03-04',
    });
    const { path: file, rows } = await exported('accounts', 'xlsx');
    const workbook = XLSX.read(fs.readFileSync(file), { cellDates: true, cellStyles: true });
    const f = wordsOf('en').fields;
    expect(workbook.SheetNames).toEqual([wordsOf('en').report.titles.accounts]);
    const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
    const table = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true });
    const [header, ...body] = table as unknown[][];
    expect(body).toHaveLength(rows);
    expect(header!.slice(0, 3)).toEqual([f.name, f.kind, f.lifecycle]);
    expect(sheet['!autofilter']).toEqual({
      ref: `A1:${XLSX.utils.encode_col(header!.length - 1)}1`,
    });
    // No cell is a formula; the one that looked like one is text.
    expect(Object.values(sheet).some((c) => typeof c === 'object' && c && 'f' in c)).toBe(false);
    const row = body.find((r) => r.at(-1) === formula.id)!;
    expect(row[header!.indexOf(f.name)]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(row[header!.indexOf(f.costToServe)]).toBe(1250.5);
    expect(row[header!.indexOf(wordsOf('en').report.columns.customerSince)]).toEqual(
      new Date('2021-03-04T00:00:00Z'),
    );
    // The header row stays in view: the sheet's pane is frozen below it.
    const xml = unzipSheet(file);
    expect(xml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"/);
    await api.archiveAccount({ id: formula.id });
  });

  it('holds the same values as the CSV, as LibreOffice converts it', async () => {
    const { path: xlsx } = await exported('contacts', 'xlsx');
    const { path: csv } = await exported('contacts', 'csv');
    const out = path.join(demo.dir, 'libreoffice');
    const converted = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(demo.dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false',
        '--outdir',
        out,
        xlsx,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(converted.status, converted.stderr).toBe(0);
    const byCalc = csvRows(path.join(out, path.basename(xlsx).replace(/\.xlsx$/, '.csv')));
    const ours = csvRows(csv);
    expect(byCalc.length).toBeGreaterThan(400);
    expect(byCalc).toEqual(ours);
  }, 150_000);

  it('cancelled half-way, leaves no file under the name and no part beside it', async () => {
    const file = path.join(demo.dir, 'cancelled.xlsx');
    const cancel = new AbortController();
    const input = ExportJobInput.parse({ report: 'contacts', format: 'xlsx', path: file });
    await expect(
      exportReport(demo.core, input, {
        signal: cancel.signal,
        progress: (done) => {
          if (done > 0) cancel.abort();
        },
      }),
    ).rejects.toThrow(/cancelled/);
    const left = fs.readdirSync(demo.dir).filter((f) => f.startsWith('.cancelled.xlsx'));
    expect(left).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('lays a Persian report out right to left, its names and labels in Persian', async () => {
    const { path: file } = await exported('list', 'xlsx', 'fa');
    const workbook = XLSX.read(fs.readFileSync(file));
    const fa = wordsOf('fa');
    expect(workbook.SheetNames).toEqual([fa.report.titles.list]);
    const [header] = XLSX.utils.sheet_to_json<string[]>(workbook.Sheets[fa.report.titles.list]!, {
      header: 1,
    });
    expect(header!.slice(0, 2)).toEqual([fa.fields.name, fa.fields.kind]);
    expect(unzipSheet(file)).toMatch(/rightToLeft="1"/);
  });
});

/** The first sheet's XML, as stored in the workbook. */
function unzipSheet(file: string): string {
  const zip = XLSX.CFB.read(fs.readFileSync(file), { type: 'buffer' });
  const entry = XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml');
  return Buffer.from(entry!.content as Uint8Array).toString('utf8');
}
