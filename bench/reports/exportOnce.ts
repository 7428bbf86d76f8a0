/**
 * One export, timed in a process of its own so that its peak memory is its own: prints
 * `{ seconds, rows, bytes, peakMb }` as JSON. Run by bench/reports/export.ts; alone:
 * `npx tsx bench/reports/exportOnce.ts BOOK REPORT FORMAT OUT [ACCOUNT]`.
 */
import { performance } from 'node:perf_hooks';
import { openCore } from '../../src/main/core/core';
import { exportReport } from '../../src/main/reports/job';
import { ExportJobInput } from '../../src/shared/reports';

const [book, report, format, out, accountId] = process.argv.slice(2);
if (!book || !report || !format || !out) {
  throw new Error('usage: npx tsx bench/reports/exportOnce.ts BOOK REPORT FORMAT OUT [ACCOUNT]');
}
const core = openCore(book, { readonly: true });
const input = ExportJobInput.parse({ report, format, path: out, accountId });
async function main(): Promise<void> {
  const start = performance.now();
  const result = await exportReport(core, input, {
    progress: () => undefined,
    signal: new AbortController().signal,
  });
  const seconds = (performance.now() - start) / 1000;
  core.close();
  // ru_maxrss is in kilobytes on Linux.
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ seconds, rows: result.rows, bytes: result.bytes, peakMb }));
}

void main();
