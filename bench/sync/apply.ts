/**
 * Applying incoming changes (issue 12: 100,000 field changes ≤ 3 s): a copy of the
 * bench book receives 100,000 changes from another device, one per account, as pages
 * of a pull would bring them (5,000 a page, each page one transaction), once to a
 * field outside the search index and once to a searched one.
 *
 *   applyBench(bookFile) → { outside: seconds, searched: seconds, changes }
 *   npx tsx bench/sync/apply.ts <book.db>
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../../src/main/core/core';
import { openDatabase } from '../../src/main/db/open';
import { idText } from '../../src/main/db/codec';
import { applyChanges } from '../../src/main/sync/merge';
import { formatStamp } from '../../src/shared/hlc';
import type { WireChange } from '../../src/shared/sync/wire';

const PAGE = 5000;
const REMOTE = 'fedcba9876543210';

export interface ApplyFigures {
  changes: number;
  /** Seconds to apply them all, to a field outside the search index and to a searched one. */
  outside: number;
  searched: number;
}

export function applyBench(bookFile: string, count = 100_000): ApplyFigures {
  const work = path.join(os.tmpdir(), `rapport-apply-${process.pid}.db`);
  fs.copyFileSync(bookFile, work);
  const core = createCore(openDatabase(work, { integrityCheck: 'skip' }));
  try {
    // The demo book never syncs; its copy here stands for a team's book.
    core.db.prepare("DELETE FROM meta WHERE key = 'demo'").run();
    const rows = core.db
      .prepare(
        `SELECT a.id, a.hlc, n.node_id AS node FROM accounts a JOIN nodes n ON n.idx = a.node
         ORDER BY a.rid LIMIT ?`,
      )
      .all(count) as { id: Buffer; hlc: number; node: string }[];
    let seq = 0;
    const hlc = Date.now() * 1024;
    const changes = (field: string, value: (i: number) => unknown): WireChange[] =>
      rows.map((r, i) => ({
        node: REMOTE,
        seq: ++seq,
        hlc: hlc + seq,
        table: 'accounts',
        row: idText(r.id),
        values: { [field]: value(i) as WireChange['values'][string] },
        bases: { [field]: formatStamp({ hlc: r.hlc, node: r.node }) },
      }));
    const apply = (all: WireChange[]) => {
      const start = performance.now();
      for (let from = 0; from < all.length; from += PAGE) {
        core.transaction(() => applyChanges(core, all.slice(from, from + PAGE), {}));
      }
      return (performance.now() - start) / 1000;
    };
    const outside = apply(changes('costToServe', (i) => 1000 + i));
    const searched = apply(changes('notes', (i) => `Visited in week ${i % 52}: wants a quote`));
    return { changes: rows.length, outside, searched };
  } finally {
    core.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(work + suffix, { force: true });
  }
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: npx tsx bench/sync/apply.ts <book.db> [count]');
  console.log(JSON.stringify(applyBench(file, Number(process.argv[3] ?? 100_000)), null, 2));
}
