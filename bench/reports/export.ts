/**
 * Exports of the 100k book (issue 21: CSV ≤ 1 s, XLSX ≤ 5 s; any export's peak memory
 * ≤ 300 MB),
 * each in a process of its own (bench/reports/exportOnce.ts) so that its peak memory is
 * the export's, over several runs. Run by bench/run.ts; alone:
 * `npx tsx bench/reports/export.ts FILE`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

function once(book: string, report: string, format: string, out: string): Run {
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'exportOnce.ts'), book, report, format, out],
    { encoding: 'utf8' },
  );
  if (child.status !== 0) throw new Error(`export ${report}: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Run;
}

export function exportFigures(book: string): ExportFigures[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-export-'));
  try {
    return [
      { report: 'accounts', format: 'csv' },
      { report: 'accounts', format: 'xlsx' },
    ].map(({ report, format }) => ({
      report,
      format,
      runs: Array.from({ length: RUNS }, () =>
        once(book, report, format, path.join(dir, `${report}.${format}`)),
      ),
    }));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const spread = (values: number[], unit: (v: number) => string) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted[Math.floor(sorted.length / 2)]!;
  return `${unit(mid)} (min ${unit(sorted[0]!)}, max ${unit(sorted.at(-1)!)})`;
};

const GOALS: Record<string, string> = { csv: '≤ 1 s', xlsx: '≤ 5 s' };

export function exportRows(figures: ExportFigures[]) {
  return figures.flatMap(({ report, format, runs }) => [
    {
      measure: `export ${runs[0]!.rows} ${report} to ${format.toUpperCase()} (${Math.round(runs[0]!.bytes / 1e6)} MB), ${runs.length} runs`,
      value: spread(
        runs.map((r) => r.seconds),
        (s) => `${s.toFixed(2)} s`,
      ),
      goal: GOALS[format] ?? '',
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
