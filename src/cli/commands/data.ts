import type { Command } from 'commander';
import { openCore } from '../../main/core/core';
import { directClient } from '../../main/api/dispatch';
import { runDemoCommand } from '../demoCommand';
import { wholeNumber, zodOption } from '../options';

export function registerDataCommands(program: Command): void {
  program
    .command('demo')
    .description(
      'fill a new database with realistic, deterministic demo data (Ctrl+C stops it cleanly)',
    )
    .requiredOption('--db <file>', 'database file to create')
    .option(
      '--accounts <n>',
      'number of accounts',
      zodOption('--accounts', wholeNumber('Accounts', 1, 1_000_000)),
      1000,
    )
    .option(
      '--seed <n>',
      'random seed: the same seed gives the same data',
      zodOption('--seed', wholeNumber('Seed', 0, 2 ** 31)),
      1,
    )
    .action((opts: { db: string; accounts: number; seed: number }) => runDemoCommand(opts));

  program
    .command('stats')
    .description('row counts per table')
    .requiredOption('--db <file>', 'database file')
    .option('--json', 'print JSON')
    .action(async (opts: { db: string; json?: boolean }) => {
      const core = openCore(opts.db, { readonly: true });
      try {
        const counts = await directClient(core).stats({});
        if (opts.json) console.log(JSON.stringify(counts, null, 2));
        else
          for (const [table, n] of Object.entries(counts)) console.log(`${table.padEnd(22)} ${n}`);
      } finally {
        core.close();
      }
    });

  program
    .command('search')
    .description('find accounts and contacts, best first (the search the app uses)')
    .requiredOption('--db <file>', 'database file')
    .option('--json', 'print JSON')
    .option('--limit <n>', 'most results', zodOption('--limit', wholeNumber('Limit', 1, 200)), 20)
    .argument('<text...>', 'what to look for')
    .action(async (words: string[], opts: { db: string; json?: boolean; limit: number }) => {
      const core = openCore(opts.db, { readonly: true });
      try {
        const hits = await directClient(core).search({ text: words.join(' '), limit: opts.limit });
        if (opts.json) console.log(JSON.stringify(hits, null, 2));
        else
          for (const h of hits)
            console.log(`${h.type.padEnd(8)} ${h.name}${h.detail ? ` — ${h.detail}` : ''}`);
      } finally {
        core.close();
      }
    });
}
