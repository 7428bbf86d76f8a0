import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoFileOf, leaveDemo, openBooks, tryDemo } from '../../src/main/core/books';
import type { Core } from '../../src/main/core/core';
import { jobsFor } from '../../src/main/jobs';
import { synchronize } from '../../src/main/sync/sync';
import { tempDir } from '../support/tempDb';

const accounts = (core: Core) =>
  (core.statement('SELECT count(*) AS n FROM accounts').get() as { n: number }).n;

describe('the demo book beside a new one', () => {
  let dir: ReturnType<typeof tempDir>;
  let core: Core;
  beforeEach(() => {
    dir = tempDir();
    core = openBooks(path.join(dir.dir, 'rapport.db'));
  });
  afterEach(async () => {
    await jobsFor(core).stopAll();
    core.close();
    dir.cleanup();
  });

  it('is filled in a file of its own, never syncs, and leaves the own book untouched', async () => {
    const own = path.join(dir.dir, 'rapport.db');
    expect(demoFileOf(own)).toBe(path.join(dir.dir, 'rapport-demo.db'));
    const tried = tryDemo(core);
    expect(tried.ownBookBeside).toBe(true);
    const job = jobsFor(core)
      .list()
      .find((j) => j.kind === 'demo');
    expect(job).toBeDefined();
    expect((await jobsFor(core).settled(job!.id)).state).toBe('done');
    expect(accounts(core)).toBeGreaterThan(0);
    expect(core.db.name).toBe(demoFileOf(own));
    await expect(synchronize(core, {} as never)).rejects.toThrow(/demo data/);

    const back = leaveDemo(core);
    expect(back).toMatchObject({ member: null, demo: false, ownBookBeside: false });
    expect(core.db.name).toBe(own);
    expect(accounts(core)).toBe(0);
    expect(fs.existsSync(demoFileOf(own))).toBe(true);
  });
});
