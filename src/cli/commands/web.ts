import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { openBooks } from '../../main/core/books';
import { openWithDemo } from '../../main/core/firstRun';
import { guardOf } from '../../main/db/integrity';
import { jobsFor } from '../../main/jobs';
import { startWebHost } from '../../main/web/server';
import { SseReader, type JobEvent, type JobInfo } from '../../shared/jobs';
import { openInBrowser } from '../browser';
import { wholeNumber, zodOption } from '../options';

const RENDERER_DIR = path.resolve(__dirname, '../../../out/renderer');

interface WebOptions {
  db: string;
  port: number;
  demo?: boolean;
  open?: boolean;
  check?: boolean;
}

export function registerWebCommand(program: Command): void {
  program
    .command('web')
    .description(
      'serve the app and its API on 127.0.0.1 (the shell used when Electron is not available)',
    )
    .requiredOption('--db <file>', 'database file')
    .option(
      '--port <n>',
      'port (0 picks a free one)',
      zodOption('--port', wholeNumber('Port', 0, 65535)),
      0,
    )
    .option('--demo', 'create the database with demo data if it does not exist yet')
    .option('--open', 'open the app in the default browser')
    .option('--check', 'start, answer one request, and stop (a smoke test)')
    .action(async (opts: WebOptions) => {
      const fresh = !fs.existsSync(opts.db);
      // A new laptop starts with an empty book and receives its team by sync.
      const core = opts.demo ? openWithDemo(opts.db) : openBooks(opts.db);
      if (fresh && !opts.demo) console.log(`New empty book at ${path.resolve(opts.db)}`);
      // A large book is checked after it opens; damage found then is said at once.
      guardOf(core.db)?.onDamaged((error) => process.stderr.write(`rapport: ${error.message}\n`));
      const host = await startWebHost({ core, rendererDir: RENDERER_DIR, port: opts.port });
      console.log(`Rapport is running at ${host.openUrl}`);
      if (opts.check) {
        await selfCheck(host.url, host.token);
        await host.close();
        core.close();
        return;
      }
      if (opts.open) openInBrowser(host.openUrl);
      const stop = async () => {
        // A running job stops between batches, never mid-write.
        await jobsFor(core).stopAll();
        await host.close();
        core.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
}

async function selfCheck(url: string, token: string): Promise<void> {
  await waitForJobs(url, token);
  const page = await fetch(url);
  const stats = await fetch(`${url}api/stats`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: '{}',
  });
  const body = (await stats.json()) as { ok: boolean; value?: { accounts: number } };
  if (!page.ok || !body.ok)
    throw new Error(`The web host did not answer (page ${page.status}, api ${stats.status})`);
  console.log(
    `Check passed: the app page loads and the API serves ${body.value?.accounts} accounts`,
  );
}

/**
 * A new book is filled by a demo job: the check follows it over the job API (the
 * same server-sent events the app's progress screen reads) until it has ended, so
 * that the count it reports is the real one.
 */
async function waitForJobs(url: string, token: string): Promise<void> {
  const headers = { authorization: `Bearer ${token}` };
  const reply = await fetch(`${url}api/jobs`, { headers });
  const list = (await reply.json()) as { ok: boolean; value?: JobInfo[] };
  if (!list.ok || !list.value) throw new Error(`The job API did not answer (HTTP ${reply.status})`);
  for (const job of list.value.filter((j) => j.state === 'running')) {
    const response = await fetch(`${url}api/jobs/${job.id}/events`, { headers });
    if (!response.ok || !response.body) {
      throw new Error(`The job API did not answer (HTTP ${response.status})`);
    }
    const reader = new SseReader();
    const decoder = new TextDecoder();
    let last: JobEvent | undefined;
    for await (const chunk of response.body) {
      for (const event of reader.push(decoder.decode(chunk as Uint8Array, { stream: true }))) {
        last = event;
      }
    }
    if (last?.type !== 'done') {
      const why = last?.type === 'failed' ? last.error.message : (last?.type ?? 'no events');
      throw new Error(`The ${job.kind} job did not finish: ${why}`);
    }
    console.log(`The ${job.kind} job finished`);
  }
}
