import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../src/main/core/core';
import { directClient } from '../../../src/main/api/dispatch';
import { listRecords } from '../../../src/main/core/records';
import { changesAfter } from '../../../src/main/sync/log';
import { createFolderAdapter } from '../../../src/main/sync/adapters/folder';
import { accountsTable } from '../../../src/shared/domain/account';
import { contactsTable } from '../../../src/shared/domain/contact';
import { schemaOf } from '../../support/schema';
import { laptopBook } from '../../support/laptopBook';
import { peek } from '../../support/peek';
import { tempDir } from '../../support/tempDb';

/**
 * `rapport sync` killed with SIGKILL at many points of a push and of a pull (small
 * pages, so that there are many places to die): after a final sync that is let finish,
 * nothing is lost and nothing is doubled.
 */
const cli = path.resolve(__dirname, '../../../bin/rapport.cjs');
const dir = tempDir();
const share = path.join(dir.dir, 'share');
const spec = `folder:${share}`;
const source = path.join(dir.dir, 'source.db');
const target = path.join(dir.dir, 'target.db');
let expected: number;

/**
 * Starts a sync and kills it (SIGKILL) as soon as the book shows `progress` at or past
 * `at`: each kill lands at another point of the run. Resolves with how far it got.
 */
async function syncKilledAt(db: string, progress: string, at: number): Promise<number> {
  const child = spawn(
    process.execPath,
    [cli, 'sync', '--db', db, '--adapter', spec, '--batch', '20'],
    { stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let done = false;
  void exited.then(() => (done = true));
  while (!done) {
    if (peek(db, progress) >= at) child.kill('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return peek(db, progress);
}

function syncToEnd(db: string): number | null {
  return spawnSync(process.execPath, [cli, 'sync', '--db', db, '--adapter', spec], {
    encoding: 'utf8',
  }).status;
}

beforeAll(async () => {
  fs.mkdirSync(share);
  const core = await laptopBook(source);
  expected = changesAfter(core.db, 0, 1_000_000).length;
  core.close();
}, 60_000);
afterAll(() => dir.cleanup());

function book(core: Core) {
  return {
    accounts: listRecords(core, accountsTable, true, 'id'),
    contacts: listRecords(core, contactsTable, true, 'id'),
  };
}

/** Kills a sync at nine points from a tenth to nine tenths of `whole`. */
async function killRepeatedly(db: string, progress: string, whole: number): Promise<number[]> {
  const found: number[] = [];
  for (let k = 1; k <= 9; k++) found.push(await syncKilledAt(db, progress, (whole * k) / 10));
  return found;
}

/** Some kills must have landed part-way, or the test proved nothing. */
function expectPartWay(found: number[], whole: number): void {
  const partWay = new Set(found.filter((n) => n > 0 && n < whole));
  expect(partWay.size, `progress after each kill: ${found.join(', ')}`).toBeGreaterThanOrEqual(3);
}

describe('a sync killed at any point', () => {
  it('mid-push: every change reaches the folder exactly once', async () => {
    const whole = peek(source, 'SELECT max(seq) FROM changes');
    const found = await killRepeatedly(source, 'SELECT max(pushed_seq) FROM sync_state', whole);
    expect(syncToEnd(source)).toBe(0);
    const reader = createFolderAdapter(share);
    const seen: string[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page = await reader.pull('0000000000000000', cursor, 1000);
      seen.push(...page.changes.map((c) => `${c.node}:${c.seq}`));
      cursor = page.cursor;
      if (!page.more) break;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(expected);
    expectPartWay(found, whole);
  }, 120_000);

  it('mid-pull: the new laptop ends with exactly the book that was sent', async () => {
    const found = await killRepeatedly(
      target,
      'SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM contacts)',
      600,
    );
    expect(syncToEnd(target)).toBe(0);
    const [a, b] = [openCore(source, { readonly: true }), openCore(target, { readonly: true })];
    try {
      expect(book(b)).toEqual(book(a));
      expect(book(b).accounts).toHaveLength(300);
      expect(b.db.prepare('SELECT count(*) FROM sync_inbox').pluck().get()).toBe(0);
      expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');
      // Killed during its first download, the book got its indexes back when next opened.
      expect(schemaOf(b)).toEqual(schemaOf(a));
      expect((await directClient(b).search({ text: 'Nguyễn 299', limit: 1 }))[0]?.name).toBe(
        'Nguyễn 299',
      );
      expectPartWay(found, 600);
    } finally {
      a.close();
      b.close();
    }
  }, 120_000);
});
