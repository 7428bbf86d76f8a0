/**
 * Imports of a Salesforce-style account export (issue 21: 100k rows ≤ 10 s; 1,000,000
 * rows in ≤ 300 MB), the CSV made on the fly, each import into a new book in a process
 * of its own (bench/import/importOnce.ts) so that its peak memory is the import's. Run
 * by bench/run.ts; alone: `npx tsx bench/import/import.ts`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jobContract } from '../../src/shared/jobs';

interface Run {
  seconds: number;
  rows: number;
  created: number;
  peakMb: number;
}

export interface ImportFigures {
  rows: number;
  runs: Run[];
}

const COUNTRIES = ['Norway', 'Viet Nam', 'NO', 'Iran, Islamic Republic of', 'Deutschland', 'USA'];

/** Salesforce's columns; every tenth account a site of the one before it. */
function writeCsv(file: string, rows: number): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(
      fd,
      'Account ID,Account Name,Parent Account ID,Billing Country,Billing City,Industry,Type,Phone\r\n',
    );
    for (let i = 0; i < rows; i += 10_000) {
      const lines: string[] = [];
      for (let j = i; j < Math.min(rows, i + 10_000); j++) {
        const parent = j % 10 === 9 ? `SF${j - 1}` : '';
        const country = COUNTRIES[j % COUNTRIES.length]!;
        lines.push(
          `SF${j},"Company ${j}, Ltd",${parent},"${country}",City ${j % 500},Machinery,Customer - Direct,+47 22 ${j}\r\n`,
        );
      }
      fs.writeSync(fd, lines.join(''));
    }
  } finally {
    fs.closeSync(fd);
  }
}

function once(csv: string, dir: string, run: number): Run {
  const book = path.join(dir, `book-${run}.db`);
  const child = spawnSync(
    process.execPath,
    [
      // The heap bound the app's import job runs with (its worker's resourceLimits).
      `--max-old-space-size=${jobContract.import.heapMb}`,
      '--import',
      'tsx',
      path.join(__dirname, 'importOnce.ts'),
      csv,
      book,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 24 },
  );
  if (child.status !== 0) throw new Error(`import: ${child.stderr}`);
  for (const f of fs.readdirSync(dir))
    if (f.startsWith(`book-${run}.db`)) fs.rmSync(path.join(dir, f));
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Run;
}

export function importFigures(
  sizes = [
    { rows: 100_000, runs: 3 },
    { rows: 1_000_000, runs: 1 },
  ],
): ImportFigures[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-import-'));
  try {
    return sizes.map(({ rows, runs }) => {
      const csv = path.join(dir, `accounts-${rows}.csv`);
      writeCsv(csv, rows);
      const figures = { rows, runs: Array.from({ length: runs }, (_, run) => once(csv, dir, run)) };
      fs.rmSync(csv);
      return figures;
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const spread = (values: number[], unit: (v: number) => string) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  return `${unit(mid)} (min ${unit(sorted[0]!)}, max ${unit(sorted.at(-1)!)})`;
};

export function importRows(figures: ImportFigures[]) {
  return figures.flatMap(({ rows, runs }) => [
    {
      measure: `import ${rows.toLocaleString('en')} account rows from CSV, ${runs.length} runs`,
      value: spread(
        runs.map((r) => r.seconds),
        (s) => `${s.toFixed(2)} s`,
      ),
      goal: rows <= 100_000 ? '≤ 10 s' : '',
    },
    {
      measure: `  its peak memory (the importing process's)`,
      value: spread(
        runs.map((r) => r.peakMb),
        (mb) => `${mb} MB`,
      ),
      goal: '≤ 300 MB',
    },
  ]);
}

if (require.main === module) console.table(importRows(importFigures()));
