import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../src/main/core/core';
import { generateDemo } from '../../src/main/demo';
import { snapshotToLog } from '../../src/main/sync/snapshot';
import { TABLES } from '../../src/shared/schema/tables';
import { mappingOf } from '../../src/main/db/codec';
import { withLinks } from '../../src/main/core/records';
import { tempDir } from '../support/tempDb';
import { createHttpAdapter } from '../../src/main/sync/adapters/http';
import { synchronize } from '../../src/main/sync/sync';
import { startHarness, sqliteFactory } from './server/harness';

/**
 * An imported book has no log entries; when it first joins a sync, each row's fields
 * become changes in API form, from this device, at one new clock (a server refuses a
 * device's log going back in time). A demo book never does.
 */
const dir = tempDir();
let core: Core;
let written = 0;
let demoRefusal: Error | null = null;
beforeAll(() => {
  core = openCore(path.join(dir.dir, 'book.db'), { create: true });
  generateDemo(core.db, { accounts: 40, seed: 11, today: '2026-06-01' });
  demoRefusal = (() => {
    try {
      snapshotToLog(core);
      return null;
    } catch (error) {
      return error as Error;
    }
  })();
  // From here on the rows stand for an import: the same shape, not marked as a demo.
  core.db.prepare("DELETE FROM meta WHERE key = 'demo'").run();
  written = snapshotToLog(core);
});
afterAll(() => {
  core.close();
  dir.cleanup();
});

type Values = Record<string, unknown>;

describe('snapshotToLog', () => {
  it('refuses a demo book, so made-up data never reaches a team', () => {
    expect(demoRefusal?.message).toMatch(/^This book is demo data: .* never sent to a team/);
  });

  it('logs every live row of every table', () => {
    expect(written).toBeGreaterThan(0);
    for (const t of TABLES) {
      const unlogged = core.db
        .prepare(
          `SELECT count(*) FROM ${t.name} r WHERE r.deleted = 0
           AND NOT EXISTS (SELECT 1 FROM changes c WHERE c.row_id = r.id)`,
        )
        .pluck()
        .get();
      expect({ table: t.name, unlogged }).toEqual({ table: t.name, unlogged: 0 });
    }
  });

  it('replays into exactly the rows as the API returns them, at one clock of this device after them all', () => {
    const clocks = core.db.prepare('SELECT DISTINCT hlc, node FROM changes').all();
    expect(clocks).toHaveLength(1);
    const { hlc, node } = clocks[0] as { hlc: number; node: number };
    expect(node).toBe(core.nodeIdx);
    for (const t of TABLES) {
      const rows = core.db
        .prepare(`SELECT ${mappingOf(t).select}, node FROM ${t.name} WHERE deleted = 0 LIMIT 25`)
        .all() as Values[];
      const apiRows = withLinks<Values>(core, t, rows);
      rows.forEach((row, i) => {
        const changes = core.db
          .prepare('SELECT field, value, hlc, node FROM changes WHERE row_id = ?')
          .all(row.id) as { field: string; value: string; hlc: number; node: number }[];
        const replayed: Values = {};
        for (const c of changes) {
          expect(c.hlc).toBeGreaterThan(row.hlc as number);
          expect(c.hlc).toBe(hlc);
          replayed[c.field] = JSON.parse(c.value);
        }
        const api = apiRows[i]!;
        const expected = Object.fromEntries(
          Object.keys(t.columns)
            .map((f) => [f, api[f]])
            // an empty set of links has no rows to log; an empty JSON list is a value
            .filter(
              ([f, v]) =>
                v !== null && !((f as string) in (t.links ?? {}) && (v as []).length === 0),
            ),
        );
        if (api.archived) expected.archived = true;
        expect(replayed).toEqual(expected);
      });
    }
  });

  it('does nothing the second time', () => {
    const before = core.db.prepare('SELECT count(*) FROM changes').pluck().get();
    expect(snapshotToLog(core)).toBe(0);
    expect(core.db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(before);
  });

  it('sends an imported book to a server with nothing refused: teams before their leads, sites after their parents', async () => {
    const harness = await startHarness(sqliteFactory);
    try {
      const { token } = await harness.device('admin', null, 'Importer');
      const report = await synchronize(core, createHttpAdapter({ url: harness.url, token }));
      expect({ rejected: report.rejected, held: report.held }).toEqual({ rejected: 0, held: [] });
      expect(report.pushed).toBeGreaterThan(0);
    } finally {
      await harness.close();
    }
  });
});
