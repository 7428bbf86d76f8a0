import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { Command } from 'commander';
import { DEFAULT_RATE_LIMIT } from '../../server/app';
import { runServe, type RunningServer } from '../../server/serve';
import { EXIT, wholeNumber, zodOption } from '../options';

interface ServeCliOptions {
  data?: string;
  port: number;
  host: string;
  demo?: boolean;
  accounts: number;
  rateLimit: number;
}

const host = z
  .string()
  .trim()
  .min(1, { message: 'Host must be an address such as 127.0.0.1 or 0.0.0.0' })
  .max(255)
  .regex(/^[A-Za-z0-9.:[\]-]+$/, {
    message: 'Host must be an address such as 127.0.0.1 or 0.0.0.0',
  });

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      "run Rapport's sync server: SQLite in --data DIR, or PostgreSQL when DATABASE_URL is set",
    )
    .option('--data <dir>', 'folder of the server database (server.db)')
    .option(
      '--port <n>',
      'port (0 picks a free one)',
      zodOption('--port', wholeNumber('Port', 0, 65535)),
      7373,
    )
    .option(
      '--host <address>',
      'address to listen on (0.0.0.0 for other machines)',
      zodOption('--host', host),
      '127.0.0.1',
    )
    .option(
      '--demo',
      'if the server is empty, fill it with a demo team and print a token for its lead and two reps',
    )
    .option(
      '--accounts <n>',
      'accounts in the demo team',
      zodOption('--accounts', wholeNumber('Accounts', 1, 100_000)),
      200,
    )
    .option(
      '--rate-limit <n>',
      'requests a minute per device token',
      zodOption('--rate-limit', wholeNumber('Rate limit', 1, 10_000_000)),
      DEFAULT_RATE_LIMIT,
    )
    .action(async (opts: ServeCliOptions, command: Command) => {
      const databaseUrl = process.env.DATABASE_URL || undefined;
      if (!opts.data && !databaseUrl && opts.demo) {
        // Trying it out needs no setup: the demo team lives in a new folder of its own.
        opts.data = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-demo-server-'));
        console.log(`Demo server data in ${opts.data} (pass --data DIR to keep it elsewhere)`);
      }
      if (!opts.data && !databaseUrl) {
        command.error('error: --data <dir> is required (or set DATABASE_URL for PostgreSQL)', {
          exitCode: EXIT.usage,
          code: 'rapport.missingData',
        });
      }
      // Listening for Ctrl+C before starting: a stop during the demo fill ends at once.
      const running: { server?: RunningServer } = {};
      const stop = async () => {
        await running.server?.close();
        process.exit(EXIT.ok);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      running.server = await runServe({
        dataDir: opts.data,
        databaseUrl,
        host: opts.host,
        port: opts.port,
        rateLimit: opts.rateLimit,
        demoAccounts: opts.demo ? opts.accounts : undefined,
        print: (line) => console.log(line),
      });
    });
}
