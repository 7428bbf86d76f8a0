import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idText } from '../../../src/main/db/codec';
import { exportReport } from '../../../src/main/reports/job';
import { ExportJobInput } from '../../../src/shared/reports';
import { cli, demoBook, type DemoBook } from '../../support/demoBook';

/**
 * Reports as PDF (issue 21), read back by poppler (`pdftotext`, `pdfinfo`, `pdffonts`),
 * a reader of its own: Persian shaped and in reading order with its digits in order,
 * Vietnamese with its diacritics, fonts embedded, and every page with its title, what
 * was asked for and its number, tables with their header on every page.
 */
let demo: DemoBook;

beforeAll(() => {
  demo = demoBook(300);
});
afterAll(() => demo.close());

const rapport = (...args: string[]) =>
  spawnSync(process.execPath, [cli, 'export', '--db', demo.book, ...args], { encoding: 'utf8' });
const poppler = (tool: string, ...args: string[]) => {
  const run = spawnSync(tool, args, { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
};
/**
 * The text of a PDF as poppler reads it, without the direction marks it adds around
 * right-to-left text and the zero-width non-joiner (a Persian spelling aid with no glyph).
 */
const textOf = (file: string) =>
  poppler('pdftotext', file, '-').replace(/[\u202a-\u202e\u200c]/g, '');
const words = (text: string) => text.replace(/\u200c/g, '');

/**
 * The account with the most contacts named in the script of `letters` (Persian,
 * Vietnamese): a full account plan, in that language's names.
 */
const fullestIn = (letters: RegExp) => {
  const rows = demo.core.db
    .prepare(
      `SELECT a.id, a.name, json_group_array(c.name) AS contacts
       FROM accounts a JOIN contacts c ON c.account_id = a.id AND c.deleted = 0
       WHERE a.deleted = 0 GROUP BY a.id ORDER BY a.id`,
    )
    .all() as { id: Buffer; name: string; contacts: string }[];
  const named = (r: (typeof rows)[number]) =>
    (JSON.parse(r.contacts) as string[]).filter((n) => letters.test(n)).length;
  const best = rows.reduce((a, b) => (named(b) > named(a) ? b : a));
  return { id: idText(best.id), name: best.name, contacts: JSON.parse(best.contacts) as string[] };
};
/** The parts of an account plan, in order, as their English titles. */
const PLAN_PARTS = [
  'Details',
  'Key contacts',
  'Covering team',
  'Recent interactions',
  'Purchases by product line',
  'Open opportunities',
  'Latest assessment',
];
const PERSIAN = /[\u0600-\u06ff]/;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

const exported = (name: string, ...args: string[]) => {
  const file = path.join(demo.dir, name);
  const run = rapport('--format', 'pdf', '--out', file, ...args);
  expect(run.status, run.stderr).toBe(0);
  return file;
};

describe('the account plan as a PDF', () => {
  it('reads in Persian: the account and its contacts shaped, in reading order, digits in order', () => {
    const account = fullestIn(PERSIAN);
    const file = exported(
      'plan-fa.pdf',
      '--report',
      'plan',
      '--account',
      account.id,
      '--lang',
      'fa',
    );
    const text = textOf(file);
    // (Brackets in right-to-left text are placed by pdftotext as it guesses: the name is
    // checked without them; the rendered page shows them right.)
    for (const part of words(account.name).split(/[()]/)) expect(text).toContain(part.trim());
    expect(text).toContain('برنامهٔ حساب');
    expect(account.contacts.filter((n) => PERSIAN.test(n)).length).toBeGreaterThan(1);
    for (const name of account.contacts) expect(text).toContain(words(name));
    // Today's Persian year, as the header's date gives it: its digits in order, not reversed.
    const year = new Intl.DateTimeFormat('fa-IR', { year: 'numeric' }).format(new Date());
    expect(text).toContain(year);
    expect(text).not.toContain([...year].reverse().join(''));
    // The sections of the plan, each under its Persian heading.
    for (const heading of ['مشخصات', 'مخاطبان کلیدی', 'تیم پوشش', 'فرصت‌های باز']) {
      expect(text).toContain(words(heading));
    }
  });

  it('reads in English, with every font embedded and each page numbered', () => {
    const account = fullestIn(PERSIAN);
    const file = exported(
      'plan-en.pdf',
      '--report',
      'plan',
      '--account',
      account.id,
      '--lang',
      'en',
    );
    const text = textOf(file);
    for (const heading of PLAN_PARTS) {
      expect(text).toContain(heading);
    }
    for (const name of account.contacts) expect(text).toContain(words(name));
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))![1]);
    expect(pages).toBeGreaterThan(0);
    for (let page = 1; page <= pages; page++) {
      const onPage = poppler('pdftotext', '-f', String(page), '-l', String(page), file, '-');
      expect(onPage).toContain('Account plan: ');
      expect(onPage).toContain(`Page ${page} of ${pages}`);
      expect(onPage).toContain('Account: ');
    }
    // pdffonts: a line per font after its two header lines, each embedded ("yes" in emb).
    const fonts = poppler('pdffonts', file).trim().split('\n').slice(2);
    expect(fonts.length).toBeGreaterThan(1);
    for (const font of fonts) expect(font).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
  });

  it('keeps Vietnamese diacritics, in Vietnamese', () => {
    const account = fullestIn(VIETNAMESE);
    expect(account.contacts.filter((n) => VIETNAMESE.test(n)).length).toBeGreaterThan(1);
    const file = exported(
      'plan-vi.pdf',
      '--report',
      'plan',
      '--account',
      account.id,
      '--lang',
      'vi',
    );
    const text = textOf(file);
    expect(text).toContain('Kế hoạch khách hàng');
    for (const name of account.contacts) expect(text).toContain(name);
  });

  it('refuses without an account, naming the option', () => {
    const run = rapport(
      '--report',
      'plan',
      '--format',
      'pdf',
      '--out',
      path.join(demo.dir, 'x.pdf'),
    );
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/--account/);
    expect(fs.existsSync(path.join(demo.dir, 'x.pdf'))).toBe(false);
  });
});

describe('the account plan as a workbook and as CSV', () => {
  it('gives each part a sheet of its own, and each part its title in CSV', () => {
    const account = fullestIn(PERSIAN);
    const parts = PLAN_PARTS;
    const book = path.join(demo.dir, 'plan.xlsx');
    const run = rapport(
      '--report',
      'plan',
      '--account',
      account.id,
      '--format',
      'xlsx',
      '--out',
      book,
    );
    expect(run.status, run.stderr).toBe(0);
    const workbook = XLSX.read(fs.readFileSync(book));
    expect(workbook.SheetNames).toEqual(parts);
    const contacts = XLSX.utils.sheet_to_json<unknown[]>(workbook.Sheets['Key contacts']!, {
      header: 1,
    });
    expect(contacts[0]).toEqual([
      'Level',
      'Name',
      'Title',
      'Buying role',
      'Influence',
      'Relationship strength',
      'Email',
      'Phone',
    ]);
    expect(
      contacts
        .slice(1)
        .map((row) => row[1])
        .sort(),
    ).toEqual([...account.contacts].sort());
    // The org chart: the top of it at level 1, each other contact one below their manager.
    expect(contacts.slice(1).map((row) => row[0])).toContain(1);

    const csv = path.join(demo.dir, 'plan.csv');
    expect(rapport('--report', 'plan', '--account', account.id, '--out', csv).status).toBe(0);
    const records = parse(fs.readFileSync(csv, 'utf8').replace(/^\ufeff/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    const titles = records.filter((r) => r.length === 1).map((r) => r[0]);
    expect(titles).toEqual(parts);
    expect(records).toContainEqual(['Name', account.name]);
  });
});

describe('a table report as a PDF', () => {
  it('breaks across pages with its header on every page, which says what was asked for', () => {
    const file = exported('contacts.pdf', '--report', 'contacts', '--lang', 'en');
    const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', file))![1]);
    const contacts = demo.core.db
      .prepare('SELECT count(*) FROM contacts WHERE deleted = 0')
      .pluck()
      .get() as number;
    // A page holds at most 40 rows: the 300-account book's contacts need several.
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(contacts / 40));
    for (const page of [1, Math.ceil(pages / 2), pages]) {
      const onPage = poppler('pdftotext', '-f', String(page), '-l', String(page), file, '-');
      expect(onPage).toContain('Contacts and their buying roles');
      expect(onPage).toContain('Buying role');
      expect(onPage).toContain('Everything in the book');
      expect(onPage).toContain(`Page ${page} of ${pages}`);
    }
  });

  it('cancelled half-way, leaves no file under the name and no part beside it', async () => {
    const file = path.join(demo.dir, 'cancelled.pdf');
    const cancel = new AbortController();
    const input = ExportJobInput.parse({ report: 'contacts', format: 'pdf', path: file });
    let seen = 0;
    await expect(
      exportReport(demo.core, input, {
        signal: cancel.signal,
        progress: (done) => {
          seen = done;
          if (done > 0) cancel.abort();
        },
      }),
    ).rejects.toThrow(/cancelled/);
    expect(seen).toBeGreaterThan(0);
    expect(fs.readdirSync(demo.dir).filter((f) => f.startsWith('.cancelled.pdf'))).toEqual([]);
    expect(fs.existsSync(file)).toBe(false);
  });
});
