/**
 * `npx tsx bench/searchBook.ts FILE [ROUNDS]`: only the search-as-you-type figures of
 * `npm run bench`, on a book already made (the whole bench takes many minutes), e.g.
 * `node bin/rapport.cjs demo --db FILE --accounts 100000 --seed 1`. Opening the file
 * brings its schema up to date first, as the app would.
 */
import { openCore } from '../src/main/core/core';
import { searchAsYouType } from './workspace/search';

const [file, rounds = '3'] = process.argv.slice(2);
if (!file) throw new Error('Usage: npx tsx bench/searchBook.ts FILE [ROUNDS]');
// The background integrity check of a large book would take a core from the searches.
const core = openCore(file, { integrityCheck: 'skip' });
try {
  const ms = (v: number) => v.toFixed(2);
  console.table(
    searchAsYouType(core, Number(rounds)).map((f) => ({
      who: f.who,
      typed: f.typed,
      calls: f.count,
      'p50 ms': ms(f.p50),
      'p95 ms': ms(f.p95),
      'max ms': ms(f.max),
      'p95 per round ms': f.roundP95.map(ms).join(' '),
      'CPU p50 ms': ms(f.cpuP50),
      'CPU p95 ms': ms(f.cpuP95),
    })),
  );
} finally {
  core.close();
}
