import { v7 as uuid } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SyncAdapter } from '../../../src/main/sync/adapters/adapter';
import { formatStamp, hlcAt } from '../../../src/shared/hlc';
import { MAX_BATCH, type PullPage, type WireChange } from '../../../src/shared/sync/wire';

/**
 * What every sync target must do (DESIGN §3), run once per adapter: a folder and
 * Rapport's server are interchangeable only if both pass it. The changes are real
 * writes to real tables (accounts, territories) with values their schemas accept, so a
 * target that checks them, as the server does, accepts them.
 */
export interface ContractTarget {
  /** An adapter acting for device `nodeIndex` (0, 1, 2), on one shared target. */
  adapter(nodeIndex: number): SyncAdapter;
  /** The node id of device i: 16 hexadecimal digits. */
  node(i: number): string;
  /** The team member device i runs as (a server knows it from the device's token). */
  member(i: number): string;
  cleanup(): Promise<void>;
}

type Values = WireChange['values'];

/** One device's log: each change takes one seq per field, as on the author's device. */
function deviceLog(node: string) {
  let seq = 1;
  const start = hlcAt(Date.now());
  return (
    table: string,
    values: Values,
    row: string = uuid(),
    bases: WireChange['bases'] = null,
  ) => {
    const change: WireChange = { node, seq, hlc: start + seq, table, row, values, bases };
    seq += Object.keys(values).length;
    return change;
  };
}

const account = (log: ReturnType<typeof deviceLog>, name: string) =>
  log('accounts', { name, costToServe: 1200.5, notes: null });

const accounts = (log: ReturnType<typeof deviceLog>, count: number, label: string) =>
  Array.from({ length: count }, (_, i) => account(log, `${label} ${i + 1}`));

/** Pulls until nothing more waits; every page is checked against the limit. */
async function pullAll(
  adapter: SyncAdapter,
  node: string,
  cursor: string | null,
  limit = MAX_BATCH,
) {
  const pages: PullPage[] = [];
  let at = cursor;
  for (let round = 0; round < 1000; round++) {
    const page = await adapter.pull(node, at, limit);
    expect(page.changes.length).toBeLessThanOrEqual(limit);
    pages.push(page);
    at = page.cursor;
    if (!page.more) break;
  }
  return { changes: pages.flatMap((p) => p.changes), cursor: at as string, pages };
}

const ofNode = (changes: WireChange[], node: string) => changes.filter((c) => c.node === node);

export function adapterContract(name: string, setup: () => Promise<ContractTarget>): void {
  describe(`the ${name} sync adapter (contract)`, () => {
    let target: ContractTarget;
    beforeEach(async () => {
      target = await setup();
    });
    afterEach(async () => {
      await target.cleanup();
    });

    const device = (i: number) => ({
      adapter: target.adapter(i),
      node: target.node(i),
      member: target.member(i),
    });

    it('gives another device exactly the changes pushed, in seq order', async () => {
      const a = device(0);
      const b = device(1);
      const log = deviceLog(a.node);
      const pushed = accounts(log, 3, 'Fjord Freight');
      const ack = await a.adapter.push({ node: a.node, member: a.member, changes: pushed });
      expect(ack).toEqual({ accepted: 3, rejected: [] });

      const page = await b.adapter.pull(b.node, null, MAX_BATCH);
      expect(page.changes).toEqual(pushed);
      expect(page.more).toBe(false);
      expect(page.purge).toEqual([]);
    });

    it('never gives a device its own changes back', async () => {
      const a = device(0);
      const b = device(1);
      const mine = accounts(deviceLog(a.node), 2, 'Mine');
      const theirs = accounts(deviceLog(b.node), 2, 'Theirs');
      await a.adapter.push({ node: a.node, member: a.member, changes: mine });
      await b.adapter.push({ node: b.node, member: b.member, changes: theirs });

      const page = await a.adapter.pull(a.node, null, MAX_BATCH);
      expect(page.changes).toEqual(theirs);
    });

    it('stores a retried or overlapping batch once', async () => {
      const a = device(0);
      const b = device(1);
      const [first, second, third] = accounts(deviceLog(a.node), 3, 'Retried');
      const batch = { node: a.node, member: a.member, changes: [first!, second!] };
      await a.adapter.push(batch);
      expect(await a.adapter.push(batch)).toEqual({ accepted: 2, rejected: [] });
      await a.adapter.push({ ...batch, changes: [second!, third!] });

      const { changes } = await pullAll(b.adapter, b.node, null);
      expect(changes).toEqual([first, second, third]);
    });

    it('pages by the limit, each change exactly once, and says when nothing more waits', async () => {
      const a = device(0);
      const b = device(1);
      const log = deviceLog(a.node);
      const pushed = [...accounts(log, 10, 'Paged'), ...accounts(log, 11, 'Paged again')];
      await a.adapter.push({ node: a.node, member: a.member, changes: pushed.slice(0, 10) });
      await a.adapter.push({ node: a.node, member: a.member, changes: pushed.slice(10) });

      const { changes, pages } = await pullAll(b.adapter, b.node, null, 4);
      expect(changes).toEqual(pushed);
      expect(pages.at(-1)?.more).toBe(false);
      expect(pages.slice(0, -1).every((p) => p.more && p.changes.length > 0)).toBe(true);
    });

    it('resumes from a saved cursor without repeating anything', async () => {
      const a = device(0);
      const b = device(1);
      const log = deviceLog(a.node);
      const early = accounts(log, 3, 'Early');
      const late = accounts(log, 2, 'Late');
      await a.adapter.push({ node: a.node, member: a.member, changes: early });
      const seen = await pullAll(b.adapter, b.node, null);
      expect(seen.changes).toEqual(early);

      const again = await b.adapter.pull(b.node, seen.cursor, MAX_BATCH);
      expect(again.changes).toEqual([]);
      expect(again.more).toBe(false);

      await a.adapter.push({ node: a.node, member: a.member, changes: late });
      // A fresh adapter, as after a restart: the cursor alone says where to go on.
      const restarted = target.adapter(1);
      expect((await pullAll(restarted, b.node, seen.cursor)).changes).toEqual(late);
    });

    it("brings two devices' changes to a third, each device's in seq order, with their authors", async () => {
      const a = device(0);
      const b = device(1);
      const c = device(2);
      const fromA = accounts(deviceLog(a.node), 4, 'From A');
      const fromB = accounts(deviceLog(b.node), 3, 'From B');
      await a.adapter.push({ node: a.node, member: a.member, changes: fromA });
      await b.adapter.push({ node: b.node, member: b.member, changes: fromB });

      const { changes, pages } = await pullAll(c.adapter, c.node, null, 5);
      expect(changes).toHaveLength(7);
      expect(ofNode(changes, a.node)).toEqual(fromA);
      expect(ofNode(changes, b.node)).toEqual(fromB);
      for (const page of pages)
        for (const change of page.changes)
          expect(page.authors[change.node]).toBe(change.node === a.node ? a.member : b.member);
    });

    it('gives a valid cursor on an empty target, from which later pushes arrive', async () => {
      const a = device(0);
      const b = device(1);
      const empty = await b.adapter.pull(b.node, null, MAX_BATCH);
      expect(empty).toMatchObject({ changes: [], more: false, purge: [] });
      expect(typeof empty.cursor).toBe('string');

      const pushed = accounts(deviceLog(a.node), 2, 'Later');
      await a.adapter.push({ node: a.node, member: a.member, changes: pushed });
      expect((await pullAll(b.adapter, b.node, empty.cursor)).changes).toEqual(pushed);
    });

    it('keeps every value its JSON type: numbers, null, lists, nested objects, any script', async () => {
      const a = device(0);
      const b = device(1);
      const log = deviceLog(a.node);
      const created = log('accounts', {
        name: 'Nguyễn Thị Minh Khai Trading',
        costToServe: 0.1 + 0.2,
        profitPotential: 98_000_000_000,
        notes: 'مشتری ویژه: یک‌شنبه‌ها\nsecond line "quoted" \\ slash',
        parentId: null,
      });
      const territory = log('territories', {
        name: 'Tây Nguyên و ایران',
        rules: {
          countries: ['VN', 'IR'],
          regions: ['Đắk Lắk'],
          postcodes: [],
          industries: ['Cà phê'],
          accountKinds: ['distributor'],
        },
        teamId: null,
      });
      const renamed = log('accounts', { name: 'Nguyễn & Partners' }, created.row, {
        name: formatStamp({ hlc: created.hlc, node: a.node }),
      });
      const pushed = [created, territory, renamed];
      await a.adapter.push({ node: a.node, member: a.member, changes: pushed });

      const { changes } = await pullAll(b.adapter, b.node, null);
      expect(changes).toEqual(pushed);
      expect(changes[0]?.values.costToServe).toBe(0.1 + 0.2);
      expect(changes[0]?.values.parentId).toBeNull();
    });
  });
}
