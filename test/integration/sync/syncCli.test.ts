import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { v7 as uuid } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/main/core/core';
import { directClient } from '../../../src/main/api/dispatch';
import { idText } from '../../../src/main/db/codec';
import { encodeSegment, segmentName } from '../../../src/main/sync/adapters/segment';
import { setupProfile } from '../../../src/main/services/profile/profile';
import { hlcAt } from '../../../src/shared/hlc';
import { tempDir } from '../../support/tempDb';

/** `rapport sync` and `rapport conflicts` as a person runs them: real processes, real files. */
const cli = path.resolve(__dirname, '../../../bin/rapport.cjs');
const rapport = (...args: string[]) => {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

let dir: { dir: string; cleanup: () => void };
let a: string;
let b: string;
let folder: string;
let accountId: string;

/** A new book signed in as its admin, with `accounts` accounts; resolves to its node id. */
async function book(file: string, accounts: number): Promise<string> {
  const core = openCore(file, { create: true });
  setupProfile(core, { name: 'Bo', salesForce: 'geographic', function: 'sales', email: null });
  for (let i = 1; i <= accounts; i++)
    await directClient(core).createAccount({ name: `Kunde ${i}`, country: 'NO' });
  const node = core.nodeId;
  core.close();
  return node;
}

const count = (file: string, table: string) => {
  const core = openCore(file, { readonly: true });
  try {
    return core.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    core.close();
  }
};

beforeAll(async () => {
  dir = tempDir();
  a = path.join(dir.dir, 'a.db');
  b = path.join(dir.dir, 'b.db');
  folder = `folder:${path.join(dir.dir, 'share')}`;
  fs.mkdirSync(path.join(dir.dir, 'share'));
  const core = openCore(a, { create: true });
  setupProfile(core, { name: 'Ada', salesForce: 'strategic', function: 'sales', email: null });
  accountId = (await directClient(core).createAccount({ name: 'Tromsø Fisk AS', country: 'NO' }))
    .id;
  core.close();
});
afterAll(() => dir.cleanup());

describe('rapport sync', () => {
  it('sends a book through a folder and brings it to another, exit 0', () => {
    const up = rapport('sync', '--db', a, '--adapter', folder);
    expect(up.stderr).toBe('');
    expect(up.code).toBe(0);
    expect(up.stdout).toMatch(/^sent \d+, received 0\n$/);
    const down = rapport('sync', '--db', b, '--adapter', folder);
    expect(down.code).toBe(0);
    expect(down.stdout).toMatch(/^sent 0, received [1-9]\d*\n$/);
    const found = JSON.parse(rapport('search', '--db', b, '--json', 'tromso').stdout) as {
      id: string;
    }[];
    expect(found.map((h) => h.id)).toContain(accountId);
  });

  it('lists the conflicts of the device whose value lost', async () => {
    for (const [file, name] of [
      [a, 'Tromsø Fisk'],
      [b, 'Tromsø Fisk ASA'],
    ] as const) {
      const core = openCore(file);
      if (file === b) {
        const member = core.db.prepare('SELECT id FROM team_members').pluck().get() as Buffer;
        await directClient(core).chooseProfile({ memberId: idText(member) });
      }
      await directClient(core).updateAccount({ id: accountId, patch: { name } });
      core.close();
    }
    for (const file of [a, b, a])
      expect(rapport('sync', '--db', file, '--adapter', folder).code).toBe(0);
    expect(JSON.parse(rapport('conflicts', '--db', b, '--json').stdout)).toEqual([]);
    const conflicts = JSON.parse(rapport('conflicts', '--db', a, '--json').stdout) as unknown[];
    expect(conflicts).toMatchObject([
      { field: 'name', mine: { value: 'Tromsø Fisk' }, theirs: { value: 'Tromsø Fisk ASA' } },
    ]);
    expect(rapport('conflicts', '--db', a).stdout).toContain('mine:   "Tromsø Fisk"');
  });

  it('says in one line what is missing or wrong, exit 1', () => {
    const none = rapport('sync', '--db', a);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/^rapport: --adapter is needed.*\n$/);
    const bad = rapport('sync', '--db', a, '--adapter', 'ftp://x');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^rapport: Choose a folder \(folder:\/path\) or a server URL.*\n$/);
    const gone = rapport('sync', '--db', a, '--adapter', `folder:${path.join(dir.dir, 'nope')}`);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/^rapport: The sync folder .* cannot be reached/);
  });

  it('exits 1 while a damaged segment holds changes back, naming its file, and 0 once it is whole', async () => {
    const share = path.join(dir.dir, 'held');
    fs.mkdirSync(share);
    const source = path.join(dir.dir, 'held-source.db');
    const node = await book(source, 40);
    expect(
      rapport('sync', '--db', source, '--adapter', `folder:${share}`, '--batch', '5').code,
    ).toBe(0);
    const own = path.join(share, 'rapport-sync', 'v1', node);
    const segments = fs.readdirSync(own).sort();
    expect(segments.length).toBeGreaterThan(6);
    const middle = Math.floor(segments.length / 2);
    const file = path.join(own, segments[middle]!);
    const whole = fs.readFileSync(file);
    fs.writeFileSync(file, whole.subarray(0, Math.floor(whole.length / 2)));

    const target = path.join(dir.dir, 'held-target.db');
    const behind = segments.length - middle - 1;
    const held = rapport('sync', '--db', target, '--adapter', `folder:${share}`);
    expect(held.code).toBe(1);
    expect(held.stderr).toBe(
      `rapport: not everything came down: ${file}: incomplete: it ends before its checksum (still being written or copied); ${behind} later segments of this device wait behind it\n`,
    );
    expect(count(target, 'accounts')).toBeLessThan(40);

    fs.writeFileSync(file, whole); // the copy finished
    const done = rapport('sync', '--db', target, '--adapter', `folder:${share}`);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(count(target, 'accounts')).toBe(40);
    expect(count(target, 'sync_inbox')).toBe(0);
  });

  it('exits 1 while a received change waits in the inbox, naming its row and why', async () => {
    const share = path.join(dir.dir, 'inbox');
    fs.mkdirSync(share);
    const target = path.join(dir.dir, 'inbox-target.db');
    await book(target, 1);
    expect(rapport('sync', '--db', target, '--adapter', `folder:${share}`).code).toBe(0);
    // Another device's contact whose account never reached the folder.
    const root = path.join(share, 'rapport-sync', 'v1');
    const team = (
      JSON.parse(fs.readFileSync(path.join(root, 'team.json'), 'utf8')) as {
        team: string;
      }
    ).team;
    const author = crypto.randomBytes(8).toString('hex');
    const [contact, account] = [uuid(), uuid()];
    const change = {
      node: author,
      seq: 1,
      hlc: hlcAt(Date.now()),
      table: 'contacts',
      row: contact,
      values: { accountId: account, name: 'Sara Ahmadi' },
      bases: null,
    };
    fs.mkdirSync(path.join(root, author));
    fs.writeFileSync(
      path.join(root, author, segmentName(1, 1)),
      encodeSegment({ team, node: author, member: null, after: 0 }, [change]),
    );

    const held = rapport('sync', '--db', target, '--adapter', `folder:${share}`);
    expect(held.code).toBe(1);
    expect(held.stderr).toBe(
      `rapport: not everything came down: 1 received change cannot be applied yet; it is contacts ${contact}: Waiting for the account ${account} it refers to\n`,
    );
  });

  it("skips another team's folder copied into the team's in one line, exit 0", async () => {
    const theirs = path.join(dir.dir, 'theirs');
    fs.mkdirSync(theirs);
    const stranger = path.join(dir.dir, 'stranger.db');
    const node = await book(stranger, 3);
    expect(rapport('sync', '--db', stranger, '--adapter', `folder:${theirs}`).code).toBe(0);
    const copy = path.join(dir.dir, 'share', 'rapport-sync', 'v1', node);
    fs.cpSync(path.join(theirs, 'rapport-sync', 'v1', node), copy, { recursive: true });
    const segments = fs.readdirSync(copy).length;

    const accounts = count(b, 'accounts');
    const synced = rapport('sync', '--db', b, '--adapter', folder);
    expect(synced.stderr).toBe('');
    expect(synced.code).toBe(0);
    expect(synced.stdout).toMatch(
      new RegExp(
        `^sent \\d+, received \\d+\\nSkipped ${segments} segments? of another team in ${copy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: not this team's folder\\n$`,
      ),
    );
    expect(count(b, 'accounts')).toBe(accounts);
  });
});
