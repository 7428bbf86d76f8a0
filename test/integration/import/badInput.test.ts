import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { refusal } from '../../support/refusal';
import { accountsByName, count, csv, importBook, runImport, xlsx } from '../../support/importBook';

let book: ReturnType<typeof importBook>;
beforeEach(() => {
  book = importBook();
});
afterEach(() => book.close());

const HEADER = ['Account Name', 'Billing Country', 'Billing City', 'Customer Since'];
const changes = () => count(book.core, 'SELECT count(*) FROM changes');

describe('files that cannot be imported', () => {
  it('refuses a file that is neither CSV nor XLSX, by its content, and writes nothing', async () => {
    const png = book.write('accounts.csv', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
    const before = changes();
    const error = await refusal(runImport(book.core, { kind: 'accounts', path: png }));
    expect(error.message).toBe(`${png} is not a CSV or XLSX file`);
    expect(changes()).toBe(before);
  });

  it('refuses an XLSX with a formula, naming the cell', async () => {
    const file = await xlsx(
      path.join(book.dir, 'f.xlsx'),
      [HEADER, ['Acme', 'NO', 'Oslo', '']],
      (sheet) => {
        sheet.getCell('C3').value = { formula: 'B2&"x"', result: 'NOx' } as never;
        sheet.getCell('A3').value = 'Beta';
      },
    );
    const error = await refusal(runImport(book.core, { kind: 'accounts', path: file }));
    expect(error.message).toBe(
      'Cell C3 holds a formula: save the sheet with values only and import it again',
    );
    expect(count(book.core, 'SELECT count(*) FROM accounts')).toBe(0);
  });

  it('refuses an XLSX with merged cells, naming them', async () => {
    const file = await xlsx(
      path.join(book.dir, 'm.xlsx'),
      [HEADER, ['Acme', 'NO', 'Oslo', ''], ['Beta', 'NO', 'Bergen', '']],
      (sheet) => sheet.mergeCells('B2:B3'),
    );
    const error = await refusal(runImport(book.core, { kind: 'accounts', path: file }));
    expect(error.message).toContain('Cells B2:B3 are merged');
    expect(count(book.core, 'SELECT count(*) FROM accounts')).toBe(0);
  });

  it('refuses a file of 0 data rows', async () => {
    const header = book.write('header.csv', csv([HEADER]));
    const empty = book.write('empty.csv', '');
    for (const file of [header, empty]) {
      const error = await refusal(runImport(book.core, { kind: 'accounts', path: file }));
      expect(error.message).toMatch(/has no data rows/);
    }
  });

  it('refuses a file with no column for the name, saying how to map one', async () => {
    const file = book.write(
      'noname.csv',
      csv([
        ['Firma', 'Land'],
        ['Acme', 'NO'],
      ]),
    );
    const error = await refusal(runImport(book.core, { kind: 'accounts', path: file }));
    expect(error.message).toMatch(/No column of the file gives the Name/);
    const mapped = await runImport(book.core, {
      kind: 'accounts',
      path: file,
      map: { Firma: 'name', Land: 'country' },
    });
    expect(mapped.created).toBe(1);
    expect(accountsByName(book.core).get('Acme')?.country).toBe('NO');
  });
});

describe('rows that cannot be imported', () => {
  const rows = [
    HEADER,
    ['Acme', 'Norway', 'Oslo', '2020-01-31'],
    ['Wrong width', 'NO'],
    ['Quoted\nnewline AS', 'Vietnam', 'Hanoi, "Old Quarter"', ''],
    ['Nowhere Ltd', 'Atlantis', '', ''],
    ['Late Ltd', 'NO', '', '31/12/2026'],
    ['US Ltd', 'USA', '', '12/31/2026'],
    ['Persian Co', 'ایران', 'Tehran', ''],
  ];

  it('reports each with its file line and reason, imports the others, and writes the errors file', async () => {
    const file = book.write('rows.csv', csv(rows));
    const errorsPath = path.join(book.dir, 'refused.csv');
    const result = await runImport(book.core, { kind: 'accounts', path: file, errorsPath });
    expect(result).toMatchObject({ rows: 7, created: 3, updated: 0, errors: 4, errorsPath });
    expect(result.firstErrors).toEqual([
      { line: 3, reason: 'The row has 2 columns where the header has 4' },
      {
        line: 6,
        reason: 'Unknown country “Atlantis”: use its name or its ISO code, such as NO or VN',
      },
      {
        line: 7,
        reason:
          'Customer since “31/12/2026” is not a date in the form YYYY-MM-DD, such as 2026-12-31',
      },
      {
        line: 8,
        reason:
          'Customer since “12/31/2026” is not a date in the form YYYY-MM-DD, such as 2026-12-31',
      },
    ]);
    const accounts = accountsByName(book.core);
    expect(accounts.get('Quoted\nnewline AS')).toMatchObject({
      country: 'VN',
      city: 'Hanoi, "Old Quarter"',
    });
    expect(accounts.get('Persian Co')?.country).toBe('IR');
    const written = fs.readFileSync(errorsPath, 'utf8');
    expect(written.startsWith('\ufeff')).toBe(true);
    expect(parse(written, { bom: true, relax_column_count: true })).toEqual([
      [...HEADER, 'Error'],
      ['Wrong width', 'NO', '', '', 'The row has 2 columns where the header has 4'],
      ['Nowhere Ltd', 'Atlantis', '', '', result.firstErrors[1]!.reason],
      ['Late Ltd', 'NO', '', '31/12/2026', result.firstErrors[2]!.reason],
      ['US Ltd', 'USA', '', '12/31/2026', result.firstErrors[3]!.reason],
    ]);
  });

  it('gives the reasons in the language asked for', async () => {
    const file = book.write('rows.csv', csv(rows));
    const result = await runImport(book.core, {
      kind: 'accounts',
      path: file,
      language: 'nb',
      dryRun: true,
    });
    expect(result.firstErrors[1]!.reason).toBe(
      'Ukjent land «Atlantis»: bruk navnet eller ISO-koden, som NO eller VN',
    );
  });

  it('leaves the errors file unwritten, and the book untouched, when its folder does not exist', async () => {
    const file = book.write('rows.csv', csv(rows));
    const before = changes();
    const errorsPath = path.join(book.dir, 'missing', 'refused.csv');
    await refusal(runImport(book.core, { kind: 'accounts', path: file, errorsPath, dryRun: true }));
    expect(fs.existsSync(path.dirname(errorsPath))).toBe(false);
    expect(changes()).toBe(before);
  });
});
