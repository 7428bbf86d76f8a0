import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullPage } from '../../../src/shared/sync/wire';
import { syncState } from '../../../src/main/sync/state';
import { synchronize } from '../../../src/main/sync/sync';
import { emptyDevice, firstDevice, type Device } from '../../support/devices';
import { schemaOf } from '../../support/schema';
import { tempDir } from '../../support/tempDb';

/**
 * A new laptop's first download (issue 12): into an empty book, rows go in without
 * their secondary indexes and search index, which are built once when it ends. The
 * book must end exactly as one filled row by row: the same indexes and triggers, and
 * search finding each row by its latest name, never by an earlier one. Meanwhile the
 * next page is asked for while one is applied.
 */
const folder = tempDir();
const spec = `folder:${folder.dir}`;
let source: Device;
let laptop: Device;

/** Each pull the laptop made: whether the accounts' name index was there, and the saved cursor. */
interface Ask {
  cursor: string | null;
  saved: string | null;
  indexed: boolean;
}
const asks: Ask[] = [];

function watchPulls(device: Device): void {
  const pull = device.adapter.pull.bind(device.adapter);
  device.adapter.pull = (node: string, cursor: string | null, limit: number): Promise<PullPage> => {
    asks.push({
      cursor,
      saved: syncState(device.core, device.adapter.key).pullCursor,
      indexed:
        device.core.db
          .prepare(
            "SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = 'accounts_sort_name'",
          )
          .get() !== undefined,
    });
    return pull(node, cursor, limit);
  };
}

beforeAll(async () => {
  source = firstDevice(spec);
  const ids: string[] = [];
  for (let i = 0; i < 120; i++) {
    const account = await source.api.createAccount({ name: `Gammel ${i} Kaia`, country: 'NO' });
    await source.api.createContact({ accountId: account.id, name: `Ingrid Holm ${i}` });
    ids.push(account.id);
  }
  // Renamed after they were made: on the laptop, later pages change rows made earlier.
  for (const id of ids.slice(0, 40)) {
    await source.api.updateAccount({ id, patch: { name: `Fjord ${ids.indexOf(id)} Nyhavn` } });
  }
  await source.sync();
  laptop = emptyDevice(spec);
  watchPulls(laptop);
}, 60_000);
afterAll(() => {
  source.close();
  laptop.close();
  folder.cleanup();
});

const found = async (text: string) =>
  (await laptop.api.search({ text, limit: 200 })).filter((h) => h.type === 'account').length;

describe('a first download into an empty book', () => {
  it('goes in without indexes, then has every index, trigger and search entry a book filled row by row has', async () => {
    const report = await synchronize(laptop.core, laptop.adapter, { batch: 25 });
    expect(report.complete).toBe(true);
    expect(report.waiting).toBe(0);
    // Lifted after the first ask, while pages went in.
    expect(asks.length).toBeGreaterThan(5);
    expect(asks.slice(1).every((a) => !a.indexed)).toBe(true);

    expect(schemaOf(laptop.core)).toEqual(schemaOf(source.core));
    expect(laptop.core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    for (const fts of ['accounts_fts', 'contacts_fts']) {
      laptop.core.db.exec(`INSERT INTO ${fts} (${fts}, rank) VALUES ('integrity-check', 0)`);
    }
    expect(await found('Nyhavn')).toBe(40);
    expect(await found('Kaia')).toBe(80);
    expect(await found('Fjord 7 Nyhavn')).toBe(1);
    expect((await laptop.api.search({ text: 'Ingrid Holm 119', limit: 5 }))[0]?.name).toBe(
      'Ingrid Holm 119',
    );
    // Each row is in the search index once: renamed here, it is no longer found by the old name.
    const me = (await source.api.profile({})).member!;
    await laptop.api.chooseProfile({ memberId: me.id });
    const [fjord] = await laptop.api.search({ text: 'Fjord 7 Nyhavn', limit: 1 });
    await laptop.api.updateAccount({ id: fjord!.id, patch: { name: 'Bryggen 7' } });
    expect(await found('Nyhavn')).toBe(39);
  });

  it('asks for the next page while it applies one', () => {
    // An ask made before the page it follows was saved.
    expect(asks.some((a) => a.cursor !== null && a.cursor !== a.saved)).toBe(true);
  });

  it('keeps its indexes on later syncs, once the book holds rows', async () => {
    await source.api.createAccount({ name: 'Sent later AS', country: 'NO' });
    await source.sync();
    asks.length = 0;
    await synchronize(laptop.core, laptop.adapter, { batch: 25 });
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.every((a) => a.indexed)).toBe(true);
    expect(await found('later')).toBe(1);
  });
});
