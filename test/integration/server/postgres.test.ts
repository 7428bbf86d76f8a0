import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../../src/main/sync/adapters/http';
import { addDevice } from '../../../src/server/devices';
import { startServer } from '../../../src/server/serve';
import { openPostgresStorage } from '../../../src/server/storage/postgres';
import type { WireChange } from '../../../src/shared/sync/wire';
import { startPgCluster, type PgCluster } from '../../support/postgres';
import { Writer } from './book';
import { httpTeam, idOf, postgresFactory, pullAll } from './harness';
import { adapterContract } from '../sync/adapterContract';
import { rapport } from './process';
import { serverSuite } from './suite';
import { authoritySuite } from './authority';
import { randomAuthoritySuite } from './authorityRandom';

let cluster: PgCluster;
beforeAll(async () => {
  cluster = await startPgCluster();
});
afterAll(async () => {
  await cluster?.stop();
});

serverSuite(
  'postgres',
  postgresFactory(() => cluster),
);
authoritySuite(
  'postgres',
  postgresFactory(() => cluster),
);
randomAuthoritySuite(
  'postgres',
  postgresFactory(() => cluster),
);
adapterContract('http on PostgreSQL', httpTeam(postgresFactory(() => cluster)));

describe('two sync servers on one PostgreSQL database', () => {
  it('serve clients that converge: concurrent pushes through both, every change pulled once from either', async () => {
    const url = await cluster.createDatabase();
    const stores = [await openPostgresStorage(url), await openPostgresStorage(url)];
    const servers = await Promise.all(stores.map((storage) => startServer({ storage, port: 0 })));
    try {
      const token = async (name: string) =>
        (await addDevice(stores[0]!, { name, role: 'admin', memberId: null })).token;
      const writers = await Promise.all(
        [0, 1, 2, 3].map(async (i) => ({
          writer: new Writer(),
          adapter: createHttpAdapter({
            url: servers[i % 2]!.url,
            token: await token(`writer ${i}`),
          }),
        })),
      );
      const readers = await Promise.all(
        [0, 1].map(async (i) => ({
          node: new Writer().node,
          adapter: createHttpAdapter({ url: servers[i]!.url, token: await token(`reader ${i}`) }),
          cursor: null as string | null,
          got: [] as WireChange[],
        })),
      );
      const sent: WireChange[] = [];
      const pushing = writers.map(async ({ writer, adapter }) => {
        for (let batch = 0; batch < 5; batch++) {
          const changes = Array.from({ length: 20 }, (_, i) =>
            writer.insert('holidays', {
              name: `Day ${batch}.${i}`,
              country: 'NO',
              month: 5,
              day: 17,
            }),
          );
          sent.push(...changes);
          const ack = await adapter.push({ node: writer.node, member: null, changes });
          expect(ack).toEqual({ accepted: 20, rejected: [] });
        }
      });
      let done = false;
      const all = Promise.all(pushing).finally(() => (done = true));
      // Readers pull while the pushes are landing, from alternating servers.
      const reading = readers.map(async (reader) => {
        while (!done) {
          const page = await reader.adapter.pull(reader.node, reader.cursor, 40);
          reader.got.push(...page.changes);
          reader.cursor = page.cursor;
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        // Then what is left, once every push has been answered.
        const rest = await pullAll(reader.adapter, reader.node, reader.cursor, 40);
        reader.got.push(...rest.changes);
      });
      await all;
      await Promise.all(reading);
      expect(sent).toHaveLength(400);
      for (const reader of readers) {
        const ids = reader.got.map(idOf);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.sort()).toEqual(sent.map(idOf).sort());
      }
    } finally {
      await Promise.all(servers.map((s) => s.close()));
      await Promise.all(stores.map((s) => s.close()));
    }
  });
});

describe('rapport users with DATABASE_URL', () => {
  it('adds and lists devices on PostgreSQL, where a server finds them', async () => {
    const url = await cluster.createDatabase();
    const env = { DATABASE_URL: url };
    const add = await rapport(
      [
        'users',
        'add',
        '--name',
        'Lead laptop',
        '--role',
        'lead',
        '--member',
        '0190a1b2-0000-7000-8000-000000000009',
      ],
      env,
    );
    expect(add.code).toBe(0);
    const token = /: (\S{43})$/m.exec(add.stdout)![1]!;
    const list = await rapport(['users', 'list', '--json'], env);
    expect(JSON.parse(list.stdout)).toMatchObject([
      { name: 'Lead laptop', role: 'lead', revokedAt: null },
    ]);
    const storage = await openPostgresStorage(url);
    const server = await startServer({ storage });
    try {
      const page = await createHttpAdapter({ url: server.url, token }).pull(
        '0123456789abcdef',
        null,
        10,
      );
      expect(page).toMatchObject({ changes: [], more: false, purge: [] });
    } finally {
      await server.close();
      await storage.close();
    }
  });
});
