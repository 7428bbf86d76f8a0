/**
 * One import of a CSV into a new book, timed in a process of its own so that its peak
 * memory is its own: prints `{ seconds, rows, created, errors, peakMb, peakJsMb, cpuSeconds }` as JSON. Run by
 * bench/import/import.ts; alone: `npx tsx bench/import/importOnce.ts CSV BOOK`.
 */
import { performance } from 'node:perf_hooks';
import { openCore } from '../../src/main/core/core';
import { importFile } from '../../src/main/import/importFile';
import { setupProfile } from '../../src/main/services/profile/profile';
import { ImportJobInput } from '../../src/shared/imports';

const [csv, book] = process.argv.slice(2);
if (!csv || !book) throw new Error('usage: npx tsx bench/import/importOnce.ts CSV BOOK');
const core = openCore(book, { create: true });
setupProfile(core, {
  name: 'Bench Admin',
  salesForce: 'strategic',
  function: 'sales_manager',
  email: null,
});

/**
 * The largest JavaScript share of memory seen at a progress event (V8's heap and the
 * buffers it points to): what the peak owes to JS, and so, the rest, to SQLite.
 */
let peakJsMb = 0;
const sampleJs = () => {
  const { heapUsed, external } = process.memoryUsage();
  peakJsMb = Math.max(peakJsMb, Math.round((heapUsed + external) / 1024 / 1024));
};

async function main(): Promise<void> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await importFile(core, ImportJobInput.parse({ kind: 'accounts', path: csv }), {
    progress: sampleJs,
    signal: new AbortController().signal,
  });
  const seconds = (performance.now() - start) / 1000;
  const { user, system } = process.cpuUsage(cpu);
  core.close();
  // ru_maxrss is in kilobytes on Linux.
  const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(
    JSON.stringify({
      seconds,
      rows: result.rows,
      created: result.created,
      errors: result.errors,
      peakMb,
      peakJsMb,
      cpuSeconds: (user + system) / 1e6,
    }),
  );
}

void main();
