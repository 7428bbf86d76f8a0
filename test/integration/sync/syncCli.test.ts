import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/main/core/core';
import { directClient } from '../../../src/main/api/dispatch';
import { idText } from '../../../src/main/db/codec';
import { setupProfile } from '../../../src/main/services/profile/profile';
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
});
