import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpAdapter } from '../../../src/main/sync/adapters/http';
import { startServer } from '../../../src/server/serve';
import { openSqliteStorage } from '../../../src/server/storage/sqlite';
import { RapportError } from '../../../src/shared/errors';
import { tempDir } from '../../support/tempDb';
import { pullAll } from './harness';
import { rapport, startServeProcess } from './process';

const MEMBER = '0190a1b2-0000-7000-8000-000000000001';
const NODE = '0123456789abcdef';
let dir: { dir: string; cleanup: () => void };
let data: string;

beforeEach(() => {
  dir = tempDir();
  data = path.join(dir.dir, 'server');
});
afterEach(() => dir.cleanup());

const tokenIn = (stdout: string) => /Token \(shown this once[^)]*\): (\S+)/.exec(stdout)?.[1];
const deviceIn = (stdout: string) => /Added device (\S+):/.exec(stdout)?.[1];

describe('rapport users', () => {
  it('adds devices with a token shown once, lists them without tokens, and revokes one', async () => {
    const rep = await rapport([
      'users',
      'add',
      '--data',
      data,
      '--name',
      'Ada laptop',
      '--role',
      'rep',
      '--member',
      MEMBER,
    ]);
    expect(rep.code).toBe(0);
    const admin = await rapport([
      'users',
      'add',
      '--data',
      data,
      '--name',
      'Admin',
      '--role',
      'admin',
    ]);
    expect(admin.code).toBe(0);
    const [repToken, adminToken] = [tokenIn(rep.stdout)!, tokenIn(admin.stdout)!];
    expect(repToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const list = await rapport(['users', 'list', '--data', data, '--json']);
    expect(list.code).toBe(0);
    const devices = JSON.parse(list.stdout) as {
      id: string;
      name: string;
      role: string;
      memberId: string | null;
      revokedAt: string | null;
    }[];
    expect(devices.map((d) => [d.name, d.role, d.memberId, d.revokedAt])).toEqual([
      ['Ada laptop', 'rep', MEMBER, null],
      ['Admin', 'admin', null, null],
    ]);
    expect(list.stdout).not.toContain(repToken);
    expect(Object.keys(devices[0]!).sort()).toEqual([
      'createdAt',
      'id',
      'memberId',
      'name',
      'revokedAt',
      'role',
    ]);

    const revoke = await rapport(['users', 'revoke', '--data', data, deviceIn(rep.stdout)!]);
    expect(revoke.code).toBe(0);
    expect(revoke.stdout).toMatch(/Revoked Ada laptop .*can no longer sync/);
    const text = await rapport(['users', 'list', '--data', data]);
    expect(text.stdout).toMatch(/rep\s+revoked \d{4}-\d{2}-\d{2}\s+Ada laptop/);

    // The server on the same folder honours what the command wrote.
    const storage = openSqliteStorage(data);
    const server = await startServer({ storage });
    try {
      const refused = await createHttpAdapter({ url: server.url, token: repToken })
        .pull(NODE, null, 10)
        .catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(RapportError);
      expect((refused as RapportError).message).toMatch(/Ada laptop\) was revoked/);
      await expect(
        createHttpAdapter({ url: server.url, token: adminToken }).pull(NODE, null, 10),
      ).resolves.toMatchObject({ more: false });
    } finally {
      await server.close();
      await storage.close();
    }
  });

  it('refuses wrong options with a usage error naming the option, and a missing server with a clear message', async () => {
    const noMember = await rapport([
      'users',
      'add',
      '--data',
      data,
      '--name',
      'Bo',
      '--role',
      'rep',
    ]);
    expect(noMember.code).toBe(2);
    expect(noMember.stderr).toMatch(/--member: A rep or a lead syncs as a team member/);
    const nowhere = await rapport(['users', 'list']);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/--data <dir> is required \(or set DATABASE_URL/);
    const empty = await rapport(['users', 'revoke', '--data', data, MEMBER]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/no sync server database in .*start one with rapport serve/);
  });
});

describe('rapport serve --demo', () => {
  it('fills an empty server with a demo team and prints a token for the lead and two reps, once', async () => {
    const server = await startServeProcess([
      '--data',
      data,
      '--port',
      '0',
      '--demo',
      '--accounts',
      '30',
    ]);
    let stopped = false;
    try {
      const people = server.lines
        .map((line) => /^\s+(lead|rep)\s+(.+?)\s+(\S{43})$/.exec(line))
        .filter((m) => m !== null)
        .map((m) => ({ role: m[1]!, name: m[2]!, token: m[3]! }));
      expect(people.map((p) => p.role)).toEqual(['lead', 'rep', 'rep']);
      const health = (await (await fetch(`${server.url}/health`)).json()) as unknown;
      expect(health).toEqual({ ok: true, storage: 'sqlite' });

      const accountsOf = async (token: string) => {
        const { changes } = await pullAll(createHttpAdapter({ url: server.url, token }), NODE);
        return new Set(changes.filter((c) => c.table === 'accounts').map((c) => c.row));
      };
      const lead = await accountsOf(people[0]!.token);
      const rep = await accountsOf(people[1]!.token);
      expect(rep.size).toBeGreaterThan(0);
      expect(rep.size).toBeLessThan(lead.size);
      for (const account of rep) expect(lead.has(account)).toBe(true);

      expect(await server.stop()).toBe(0);
      stopped = true;
      const again = await startServeProcess(['--data', data, '--port', '0', '--demo']);
      expect(again.lines.join('\n')).toMatch(/already holds data.*nothing was added/);
      expect(again.lines.join('\n')).not.toMatch(/\S{43}$/m);
      expect(await again.stop()).toBe(0);
    } finally {
      if (!stopped) await server.stop();
    }
  });
});
