/**
 * Exports of the 100k book (issue 21: CSV ≤ 1 s, XLSX ≤ 5 s, PDF ≤ 30 s, the account
 * plan of the largest account as PDF ≤ 1 s; any export's peak memory ≤ 300 MB),
 * each in a process of its own (bench/reports/exportOnce.ts) so that its peak memory is
 * the export's, over several runs. Run by bench/run.ts; alone:
 * `npx tsx bench/reports/export.ts FILE`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { jobContract } from '../../src/shared/jobs';
import { idText } from '../../src/main/db/codec';

const RUNS = 5;

interface Run {
  seconds: number;
  rows: number;
  bytes: number;
  peakMb: number;
}

export interface ExportFigures {
  report: string;
  format: string;
  runs: Run[];
}

interface Export {
  report: string;
  format: string;
  accountId?: string;
}

function once(book: string, { report, format, accountId }: Export, out: string): Run {
  const child = spawnSync(
    process.execPath,
    [
      // The heap bound the app's export job runs with (its worker's resourceLimits).
      `--max-old-space-size=${jobContract.export.heapMb}`,
      '--import',
      'tsx',
      path.join(__dirname, 'exportOnce.ts'),
      book,
      report,
      format,
      out,
      ...(accountId ? [accountId] : []),
    ],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`export ${report}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Run;
}

export function exportFigures(book: string): ExportFigures[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-export-'));
  try {
    const exports: Export[] = [
      { report: 'accounts', format: 'csv' },
      { report: 'accounts', format: 'xlsx' },
      { report: 'accounts', format: 'pdf' },
      { report: 'plan', format: 'pdf', accountId: largestAccount(book) },
    ];
    return exports.map((e) => ({
      report: e.report,
      format: e.format,
      runs: Array.from({ length: RUNS }, () =>
        once(book, e, path.join(dir, `${e.report}.${e.format}`)),
      ),
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The account with the most contacts, interactions and deals: the longest plan. */
function largestAccount(book: string): string {
  const db = new Database(book, { readonly: true });
  try {
    const id = db
      .prepare(
        `SELECT account_id FROM (
           SELECT account_id FROM contacts UNION ALL SELECT account_id FROM interactions
           UNION ALL SELECT account_id FROM opportunities UNION ALL SELECT account_id FROM purchases)
         GROUP BY account_id ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get() as Buffer;
    return idText(id);
  } finally {
    db.close();
  }
}

const spread = (values: number[], unit: (v: number) => string) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  return `${unit(mid)} (min ${unit(sorted[0]!)}, max ${unit(sorted.at(-1)!)})`;
};

const GOALS: Record<string, string> = {
  'accounts csv': '≤ 1 s',
  'accounts xlsx': '≤ 5 s',
  'accounts pdf': '≤ 30 s',
  'plan pdf': '≤ 1 s',
};

export function exportRows(figures: ExportFigures[]) {
  return figures.flatMap(({ report, format, runs }) => [
    {
      measure: `export ${runs[0]!.rows} ${report} to ${format.toUpperCase()} (${Math.round(runs[0]!.bytes / 1e6)} MB), ${runs.length} runs`,
      value: spread(
        runs.map((r) => r.seconds),
        (s) => `${s.toFixed(2)} s`,
      ),
      goal: GOALS[`${report} ${format}`] ?? '',
    },
    {
      measure: `  its peak memory (the exporting process's)`,
      value: spread(
        runs.map((r) => r.peakMb),
        (mb) => `${mb} MB`,
      ),
      goal: '≤ 300 MB',
    },
  ]);
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx bench/reports/export.ts FILE');
  console.table(exportRows(exportFigures(file)));
}
