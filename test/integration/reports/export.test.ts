import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directClient } from '../../../src/main/api/dispatch';
import { JobRunner } from '../../../src/main/jobs';
import { exportReport } from '../../../src/main/reports/job';
import { ExportJobInput } from '../../../src/shared/reports';
import type { JobEvent } from '../../../src/shared/jobs';
import { wordsOf } from '../../../src/shared/words';
import { cli, demoBook, type DemoBook } from '../../support/demoBook';

/**
 * Reports written to CSV (issue 21): read back with a CSV parser, from a demo book made
 * by `rapport demo`; a cancelled or refused export leaves the folder as it was.
 */
let demo: DemoBook;

beforeAll(() => {
  demo = demoBook(1500);
});
afterAll(() => demo.close());

const out = (name: string) => path.join(demo.dir, name);
const parts = () => fs.readdirSync(demo.dir).filter((f) => f.endsWith('.rapport-part'));
const rowsOf = (file: string) =>
  parse(fs.readFileSync(file, 'utf8'), { bom: true, relax_column_count: false }) as string[][];

async function exportJob(input: Record<string, unknown>) {
  const runner = new JobRunner({ file: demo.book });
  const job = runner.start('export', input as never);
  const events: JobEvent[] = [];
  runner.watch(job.id, (e) => events.push(e));
  await runner.settled(job.id);
  return events.at(-1)!;
}

describe('exporting to CSV', () => {
  it('writes every account in use with its fields, as a CSV parser reads it back', async () => {
    const inUse = demo.core.db
      .prepare('SELECT count(*) FROM accounts WHERE deleted = 0 AND archived = 0')
      .pluck()
      .get() as number;
    expect(inUse).toBeGreaterThan(1000);
    const file = out('accounts.csv');
    const last = await exportJob({ report: 'accounts', format: 'csv', path: file });
    expect(last).toMatchObject({ type: 'done', result: { path: file, rows: inUse } });
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel looks for
    expect(bytes.toString('utf8')).toContain('\r\n'); // RFC 4180 line ends
    const [header, ...rows] = rowsOf(file);
    const f = wordsOf('en').fields;
    expect(header!.slice(0, 7)).toEqual([
      f.name,
      f.kind,
      f.lifecycle,
      f.tier,
      f.relationshipStyle,
      f.salesForce,
      f.owner,
    ]);
    expect(rows).toHaveLength(inUse);
    // One account as the app shows it, cell by cell.
    const api = directClient(demo.core);
    const id = rows[0]!.at(-1)!;
    const { account } = await api.getAccount({ id });
    const listed = (await api.listAccounts({ limit: 1000 })).rows.find((r) => r.id === id);
    const cell = (name: string) => rows[0]![header!.indexOf(name)];
    expect(cell(f.name)).toBe(account.name);
    expect(cell(f.owner)).toBe(listed?.ownerName ?? '');
    expect(cell(f.country)).toBe(account.country ?? '');
    expect(cell(f.costToServe)).toBe(
      account.costToServe === null ? '' : String(account.costToServe),
    );
    expect(new Set(rows.map((r) => r.at(-1))).size).toBe(inUse);
    expect(parts()).toEqual([]);
  });

  it('keeps text a spreadsheet would run as a formula as text', async () => {
    const api = directClient(demo.core);
    const made = await api.createAccount({
      name: '=HYPERLINK("http://evil.example","Click")',
      city: '@SUM(A1:A9)',
      region: '-2+3',
      notes: 'Fine, "quoted", and\non two lines',
    });
    const file = out('formulas.csv');
    await exportJob({ report: 'accounts', format: 'csv', path: file });
    const [header, ...rows] = rowsOf(file);
    const row = rows.find((r) => r.at(-1) === made.id)!;
    const f = wordsOf('en').fields;
    expect(row[header!.indexOf(f.name)]).toBe('\'=HYPERLINK("http://evil.example","Click")');
    expect(row[header!.indexOf(f.city)]).toBe("'@SUM(A1:A9)");
    expect(row[header!.indexOf(f.region)]).toBe("'-2+3");
    expect(row[header!.indexOf(f.notes)]).toBe('Fine, "quoted", and\non two lines');
  });

  it('writes the list as it is filtered and sorted', async () => {
    const list = {
      filter: { lifecycle: ['active' as const] },
      sort: { key: 'city' as const, desc: true },
      language: 'en' as const,
    };
    const file = out('list.csv');
    const last = await exportJob({ report: 'list', format: 'csv', path: file, list });
    const [, ...rows] = rowsOf(file);
    const api = directClient(demo.core);
    const shown = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await api.listAccounts({ ...list, offset, limit: 1000 });
      shown.push(...page.rows);
      if (shown.length >= page.total) break;
    }
    expect(last).toMatchObject({ type: 'done', result: { rows: shown.length } });
    expect(rows.map((r) => r.at(-1))).toEqual(shown.map((r) => r.id));
    expect(rows.map((r) => r[2])).toEqual(shown.map((r) => r.city ?? ''));
  });

  it("names the columns and labels the values in the report's language", async () => {
    const file = out('contacts-fa.csv');
    await exportJob({ report: 'contacts', format: 'csv', path: file, language: 'fa' });
    const [header, ...rows] = rowsOf(file);
    const fa = wordsOf('fa');
    expect(header!.slice(0, 4)).toEqual([
      fa.report.columns.account,
      fa.fields.name,
      fa.report.columns.title,
      fa.report.columns.buyingRole,
    ]);
    const roles = new Set(rows.map((r) => r[3]).filter(Boolean));
    expect([...roles].every((role) => Object.values(fa.enum.buyingRole).includes(role!))).toBe(
      true,
    );
    expect(roles.size).toBeGreaterThan(1);
  });

  it('cancelled half-way, leaves the file that was there as it was, and no part beside it', async () => {
    const file = out('cancelled.csv');
    fs.writeFileSync(file, 'the report of last week');
    const cancel = new AbortController();
    const seen: number[] = [];
    const input = ExportJobInput.parse({ report: 'contacts', format: 'csv', path: file });
    await expect(
      exportReport(demo.core, input, {
        signal: cancel.signal,
        progress: (done) => {
          seen.push(done);
          if (done > 0) cancel.abort();
        },
      }),
    ).rejects.toThrow(/cancelled/);
    expect(seen.at(-1)).toBeLessThan(1500 * 3); // stopped part-way through the contacts
    expect(fs.readFileSync(file, 'utf8')).toBe('the report of last week');
    expect(parts()).toEqual([]);
  });

  it('says which folder is missing, and writes nothing', async () => {
    const missing = path.join(demo.dir, 'no such folder', 'x.csv');
    const last = await exportJob({ report: 'accounts', format: 'csv', path: missing });
    expect(last).toMatchObject({
      type: 'failed',
      error: {
        issues: [{ field: 'path', message: `The folder ${path.dirname(missing)} does not exist` }],
      },
    });
    const folder = await exportJob({ report: 'accounts', format: 'csv', path: demo.dir });
    expect(folder).toMatchObject({ type: 'failed', error: { issues: [{ field: 'path' }] } });
    expect(parts()).toEqual([]);
  });

  it('refuses an unknown report or format by name, before it starts', () => {
    const runner = new JobRunner({ file: demo.book });
    expect(() =>
      runner.start('export', { report: 'nonsense', format: 'csv', path: out('x.csv') } as never),
    ).toThrow('report must be one of: list, accounts, contacts, week, gaps, workload');
    expect(() =>
      runner.start('export', { report: 'accounts', format: 'docx', path: out('x.csv') } as never),
    ).toThrow('format must be one of: csv');
    expect(fs.existsSync(out('x.csv'))).toBe(false);
  });
});

describe('rapport export', () => {
  const rapport = (...args: string[]) =>
    spawnSync(process.execPath, [cli, 'export', ...args], { encoding: 'utf8' });

  it('names the reports with --list', () => {
    const { status, stdout } = rapport('--list');
    expect(status).toBe(0);
    expect(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.split(/\s+/)[0]),
    ).toEqual([
      'list',
      'accounts',
      'contacts',
      'week',
      'gaps',
      'workload',
      'health',
      'dates',
      'history',
      'pipeline',
      'plan',
    ]);
  });

  it('writes the report named, in the language asked, and says how many rows', () => {
    const file = out('cli-contacts.csv');
    const { status, stdout } = rapport(
      '--db',
      demo.book,
      '--report',
      'contacts',
      '--format',
      'csv',
      '--out',
      file,
      '--lang',
      'vi',
    );
    expect(status).toBe(0);
    const [header, ...rows] = rowsOf(file);
    expect(stdout.trim()).toBe(`${rows.length} rows written to ${file}`);
    expect(header![0]).toBe(wordsOf('vi').report.columns.account);
  });

  it('says which option is missing or wrong, and writes nothing', () => {
    const file = out('never.csv');
    const missing = rapport('--db', demo.book, '--out', file);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("'--report'");
    const wrong = rapport(
      '--db',
      demo.book,
      '--report',
      'accounts',
      '--format',
      'docx',
      '--out',
      file,
    );
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--format: format must be one of: csv');
    const lang = rapport('--db', demo.book, '--report', 'accounts', '--lang', 'de', '--out', file);
    expect(lang.status).toBe(2);
    expect(lang.stderr).toContain('--lang');
    expect(fs.existsSync(file)).toBe(false);
  });
});
