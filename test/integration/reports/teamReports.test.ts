import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directClient } from '../../../src/main/api/dispatch';
import { wordsOf } from '../../../src/shared/words';
import { cli, demoBook, type DemoBook } from '../../support/demoBook';

/**
 * The team leads' reports as files (issue 21): the coverage gaps and the workload by rep
 * hold what the app's report and board show, for the lead's team or the team named.
 */
let demo: DemoBook;

beforeAll(() => {
  demo = demoBook(400);
});
afterAll(() => demo.close());

const rapport = (...args: string[]) =>
  spawnSync(process.execPath, [cli, 'export', '--db', demo.book, ...args], { encoding: 'utf8' });

describe("a lead's reports as files", () => {
  it('writes the coverage gaps the report shows, each with its kind and fix', async () => {
    const file = path.join(demo.dir, 'gaps.csv');
    const done = rapport('--report', 'gaps', '--out', file);
    expect(done.status, done.stderr).toBe(0);
    const shown = await directClient(demo.core).coverageGaps({ limit: 5000 });
    const [header, ...rows] = parse(fs.readFileSync(file, 'utf8'), { bom: true }) as string[][];
    const w = wordsOf('en');
    expect(header).toEqual(['Gap', 'Account', 'Owner', 'What', 'Since', 'Fix']);
    expect(rows).toHaveLength(shown.rows.length);
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row, i) => {
      const gap = shown.rows[i]!;
      expect(row[0]).toBe(w.enum.gapKind[gap.kind]);
      expect(row[1]).toBe(gap.accountName);
      expect(row[5]).toBe(w.enum.gapFix[gap.fix]);
    });
  });

  it("writes one row per rep of the lead's team, as the board has them, in Excel", async () => {
    const board = await directClient(demo.core).teamBoard({});
    const teamId = board.teams.at(-1)!.id;
    const file = path.join(demo.dir, 'workload.xlsx');
    const done = rapport(
      '--report',
      'workload',
      '--format',
      'xlsx',
      '--team',
      teamId,
      '--out',
      file,
    );
    expect(done.status, done.stderr).toBe(0);
    const expected = (await directClient(demo.core).teamBoard({ teamId })).rows;
    const workbook = XLSX.read(fs.readFileSync(file));
    const [header, ...rows] = XLSX.utils.sheet_to_json<unknown[]>(
      workbook.Sheets[workbook.SheetNames[0]!]!,
      { header: 1, raw: true },
    );
    expect(header!.slice(0, 2)).toEqual(['Rep', 'Team']);
    expect(rows.map((r) => r[0])).toEqual(expected.map((r) => r.name));
    // Counts are numbers a spreadsheet can sum, not text.
    expect(rows.map((r) => r[4])).toEqual(expected.map((r) => r.bookSize));
    expect(rows.map((r) => r[10])).toEqual(expected.map((r) => r.overdueFollowUps));
  });
});
