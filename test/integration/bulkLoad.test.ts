import { spawn } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../../src/main/core/core';
import { directClient } from '../../src/main/api/dispatch';
import { tempDir } from '../support/tempDb';

const cli = path.resolve(__dirname, '../../bin/rapport.cjs');
const dir = tempDir();
afterAll(() => dir.cleanup());

const schemaObjects = (db: Database.Database) =>
  db
    .prepare(
      "SELECT type, name FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name",
    )
    .all();

/** Waits until the demo is loading rows (its indexes lifted), then kills it outright. */
async function killMidLoad(file: string): Promise<void> {
  const child = spawn(process.execPath, [cli, 'demo', '--db', file, '--accounts', '40000'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
    try {
      const peek = new Database(file, { readonly: true, fileMustExist: true });
      const accounts = peek
        .prepare(
          "SELECT (SELECT count(*) FROM accounts) * (SELECT count(*) FROM meta WHERE key = 'bulk_load_restore')",
        )
        .pluck()
        .get() as number;
      peek.close();
      if (accounts >= 2000) break;
    } catch {
      // not created yet
    }
  }
  child.kill('SIGKILL');
  await new Promise((r) => child.once('exit', r));
}

describe('a bulk load killed half-way', () => {
  it('is repaired when the book is next opened: every index and search trigger is back', async () => {
    const file = path.join(dir.dir, 'killed.db');
    await killMidLoad(file);
    const fresh = openCore(path.join(dir.dir, 'fresh.db'), { create: true });
    const expected = schemaObjects(fresh.db);
    fresh.close();

    const core = openCore(file);
    try {
      expect(schemaObjects(core.db)).toEqual(expected);
      expect(
        core.db.prepare("SELECT count(*) FROM meta WHERE key = 'bulk_load_restore'").pluck().get(),
      ).toBe(0);
      // the rows loaded before the kill are in the search index
      const last = core.db
        .prepare('SELECT name FROM accounts ORDER BY rid DESC LIMIT 1')
        .pluck()
        .get() as string;
      const hits = await directClient(core).search({ text: last, limit: 5 });
      expect(hits[0]?.name).toBe(last);
      expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      core.close();
    }
  }, 120_000);
});
