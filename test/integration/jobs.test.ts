import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import { JobRunner } from '../../src/main/jobs';
import { RapportError } from '../../src/shared/errors';
import type { JobEvent, JobInfo } from '../../src/shared/jobs';
import { openTestCore, tempDir } from '../support/tempDb';

let dir: { dir: string; cleanup: () => void };
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => dir.cleanup());

/** A new, empty Rapport database (schema only), as the app and the CLI create it. */
function emptyBook(name: string): string {
  const file = path.join(dir.dir, `${name}.db`);
  openDatabase(file, { create: true }).close();
  return file;
}

/** Every event of a job, until its last. */
function eventsOf(runner: JobRunner, job: JobInfo, onEvent?: (e: JobEvent) => void) {
  const events: JobEvent<'demo'>[] = [];
  runner.watch(job.id, (event) => {
    events.push(event as JobEvent<'demo'>);
    onEvent?.(event);
  });
  return runner.settled(job.id).then(() => events);
}

const read = (file: string) => new Database(file, { readonly: true });
const count = (db: Database.Database, table: string) =>
  db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const triggers = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").pluck().all();

describe('the job runner', () => {
  it('runs a demo in a worker thread, with increasing progress and the row counts', async () => {
    const file = emptyBook('demo');
    const runner = new JobRunner({ file });
    const job = runner.start('demo', { accounts: 2500, seed: 11 });
    expect(job).toMatchObject({ kind: 'demo', state: 'running' });
    const events = await eventsOf(runner, job);

    const progress = events.filter((e) => e.type === 'progress' && e.total > 0);
    const done = progress.map((e) => (e.type === 'progress' ? e.done : -1));
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done).toContain(1000);
    expect(done.at(-1)).toBe(2500);
    const last = events.at(-1);
    expect(last?.type).toBe('done');
    if (last?.type !== 'done') return;
    expect(last.result.seed).toBe(11);
    expect(last.result.rows.accounts).toBe(2500);
    expect(last.result.rows.contacts).toBeGreaterThanOrEqual(7500);
    expect(runner.get(job.id).state).toBe('done');

    const db = read(file);
    expect(count(db, 'accounts')).toBe(2500);
    const meta = db.prepare("SELECT value FROM meta WHERE key = 'demo'").pluck().get();
    expect(meta).toBe('1');
    db.close();
  });

  it('picks a random seed when none is given', async () => {
    const seeds = await Promise.all(
      ['random-a', 'random-b'].map(async (name) => {
        const runner = new JobRunner({ file: emptyBook(name) });
        const events = await eventsOf(runner, runner.start('demo', { accounts: 1 }));
        const last = events.at(-1);
        return last?.type === 'done' ? last.result.seed : null;
      }),
    );
    expect(seeds[0]).not.toBeNull();
    expect(seeds[0]).not.toBe(seeds[1]);
  });

  it('stops between batches on cancel and leaves a consistent database', async () => {
    const file = emptyBook('cancelled');
    const fresh = read(emptyBook('reference'));
    const expectedTriggers = triggers(fresh);
    fresh.close();
    const runner = new JobRunner({ file });
    const job = runner.start('demo', { accounts: 200_000, seed: 3 });
    const events = await eventsOf(runner, job, (event) => {
      if (event.type === 'progress' && event.done >= 2000) runner.cancel(job.id);
    });
    expect(events.at(-1)).toEqual({ type: 'cancelled' });
    expect(runner.get(job.id).state).toBe('cancelled');

    const db = read(file);
    const accounts = count(db, 'accounts');
    expect(accounts).toBeGreaterThanOrEqual(2000);
    expect(accounts).toBeLessThan(200_000);
    expect(accounts % 1000).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    // The bulk load lifts the search triggers; a cancelled one puts them all back.
    expect(triggers(db)).toEqual(expectedTriggers);
    expect(db.prepare("SELECT value FROM meta WHERE key = 'demo'").pluck().get()).toBe('1');
    db.close();
  });

  it('reports failed with the app error for a book that already has data, and marks nothing', async () => {
    const t = openTestCore();
    try {
      await t.api.createAccount({ name: 'Real customer AS' });
      const runner = new JobRunner({ file: t.file });
      const events = await eventsOf(runner, runner.start('demo', { accounts: 10 }));
      expect(events.at(-1)).toMatchObject({
        type: 'failed',
        error: { code: 'conflict', message: expect.stringMatching(/already has data/) },
      });
      const demo = t.core.db.prepare("SELECT value FROM meta WHERE key = 'demo'").pluck().get();
      expect(demo).toBeUndefined();
    } finally {
      t.close();
    }
  });

  it('refuses a bad request naming the field, and a second job while one runs', async () => {
    const runner = new JobRunner({ file: emptyBook('refusals') });
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error as RapportError;
      }
      throw new Error('expected a refusal');
    };
    expect(refusal(() => runner.start('demo', { accounts: 0 }))).toMatchObject({
      code: 'validation',
      issues: [{ field: 'accounts', message: 'accounts must be at least 1' }],
    });
    expect(refusal(() => runner.start('demo', { accounts: 5, seed: 1.5 }))).toMatchObject({
      issues: [{ field: 'seed' }],
    });
    expect(refusal(() => runner.start('mine bitcoin', {}))).toMatchObject({
      issues: [{ field: 'kind' }],
    });
    const job = runner.start('demo', { accounts: 50 });
    expect(refusal(() => runner.start('demo', { accounts: 50 }))).toMatchObject({
      code: 'conflict',
    });
    expect(refusal(() => runner.cancel('no-such-job'))).toMatchObject({ code: 'not_found' });
    await runner.settled(job.id);
  });
});

const cli = path.resolve(__dirname, '../../bin/rapport.cjs');

describe('rapport demo', () => {
  it('runs through the job runner and prints the summary, with no bar off a terminal', () => {
    const file = path.join(dir.dir, 'cli.db');
    const result = spawnSync(
      process.execPath,
      [cli, 'demo', '--db', file, '--accounts', '30', '--seed', '5'],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^Demo data written to ${file} in \\d+\\.\\d s: \\{"teams":\\d+,.*"accounts":30,`),
    );
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('stops cleanly on Ctrl+C and removes the file it created', async () => {
    const file = path.join(dir.dir, 'interrupted.db');
    const child = spawn(process.execPath, [
      cli,
      'demo',
      '--db',
      file,
      '--accounts',
      '200000',
      '--seed',
      '2',
    ]);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    // Wait until the worker is writing accounts (the WAL grows past the schema).
    while (!fs.existsSync(`${file}-wal`) || fs.statSync(`${file}-wal`).size < 4_000_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain(`Cancelled: ${file} was removed`);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });
});
