import type { Command } from 'commander';
import { openCore, type Core } from '../../main/core/core';
import { createAdapter } from '../../main/sync/adapters/registry';
import { listConflicts } from '../../main/sync/review';
import { synchronize, type SyncReport } from '../../main/sync/sync';
import { readTarget } from '../../main/sync/target';
import { RapportError } from '../../shared/errors';
import { EXIT, wholeNumber, zodOption } from '../options';
import { MAX_BATCH } from '../../shared/sync/wire';

interface SyncOptions {
  db: string;
  batch: number;
  adapter?: string;
  token?: string;
}

export function registerSyncCommands(program: Command): void {
  program
    .command('sync')
    .description(
      'send this book’s changes and receive the team’s (exit 0 only when everything went up and came down)',
    )
    .requiredOption('--db <file>', 'database file (a new one is made for a new laptop)')
    .option(
      '--adapter <spec>',
      'folder:DIR or http://HOST:PORT (default: where the app is set up to sync)',
    )
    .option('--token <token>', 'this device’s token on the server (rapport users add prints it)')
    .option(
      '--batch <n>',
      'changes per request (smaller for a slow link)',
      zodOption('--batch', wholeNumber('Batch', 1, MAX_BATCH)),
      2000,
    )
    .action(async (opts: SyncOptions) => {
      const core = openCore(opts.db, { create: true });
      const stop = new AbortController();
      const onInterrupt = () => stop.abort();
      process.once('SIGINT', onInterrupt);
      try {
        const report = await syncOnce(core, opts, stop.signal);
        console.log([summary(report), ...report.notes].join('\n'));
        if (!report.complete || report.rejected > 0) {
          process.stderr.write(`rapport: ${incomplete(report)}\n`);
          process.exitCode = EXIT.userError;
        }
      } finally {
        process.off('SIGINT', onInterrupt);
        core.close();
      }
    });

  program
    .command('conflicts')
    .description('values typed here that lost to another device’s, waiting for a choice')
    .requiredOption('--db <file>', 'database file')
    .option('--json', 'print JSON')
    .action((opts: { db: string; json?: boolean }) => {
      const core = openCore(opts.db, { readonly: true });
      try {
        const conflicts = listConflicts(core);
        if (opts.json) return console.log(JSON.stringify(conflicts, null, 2));
        if (conflicts.length === 0) return console.log('No conflicts.');
        for (const c of conflicts) {
          const where = c.accountName && c.accountName !== c.rowName ? ` (${c.accountName})` : '';
          console.log(`#${c.id} ${c.what} ${c.rowName}${where}, ${c.field}:`);
          console.log(`  mine:   ${JSON.stringify(c.mine.value)}  ${c.mine.at} ${c.mine.by ?? ''}`);
          console.log(
            `  theirs: ${JSON.stringify(c.theirs.value)}  ${c.theirs.at} ${c.theirs.by ?? ''}`,
          );
        }
      } finally {
        core.close();
      }
    });
}

async function syncOnce(core: Core, opts: SyncOptions, signal: AbortSignal): Promise<SyncReport> {
  const stored = readTarget(core);
  const spec = opts.adapter ?? stored?.spec;
  if (!spec) {
    throw RapportError.validation(
      'adapter',
      '--adapter is needed: this book is not set up to sync (folder:DIR or http://HOST:PORT)',
    );
  }
  if (!opts.adapter && stored?.sealed) {
    throw RapportError.validation('token', 'The app keeps this token sealed: pass --token');
  }
  const adapter = createAdapter(spec, { token: opts.token ?? stored?.token ?? null });
  const progress = process.stdout.isTTY
    ? (phase: string, done: number) => process.stdout.write(`\r${phase}: ${done} changes   `)
    : undefined;
  try {
    return await synchronize(core, adapter, { signal, progress, batch: opts.batch });
  } finally {
    if (progress) process.stdout.write('\r\x1b[K');
    await adapter.close();
  }
}

function summary(r: SyncReport): string {
  const parts = [
    `sent ${r.pushed}`,
    `received ${r.pulled}`,
    r.rejected ? `${r.rejected} rejected` : '',
    r.conflicts ? `${r.conflicts} new conflicts` : '',
    r.waiting ? `${r.waiting} waiting for rows they need` : '',
    r.purged ? `${r.purged} accounts left this device` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

/** Why the sync is not complete, in one line naming what holds it when something does. */
function incomplete(r: SyncReport): string {
  const [first, ...rest] = r.held;
  if (!first) return 'not everything was synced yet (see the numbers above); run it again';
  const more = rest.length ? ` (and ${rest.length} more held)` : '';
  return `not everything came down: ${first}${more}`;
}
