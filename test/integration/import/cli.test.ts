import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../src/main/core/core';
import { setupProfile } from '../../../src/main/services/profile/profile';
import { csv } from '../../support/importBook';
import { tempDir } from '../../support/tempDb';

const cli = path.resolve(__dirname, '../../../bin/rapport.cjs');
let dir: ReturnType<typeof tempDir>;
let db: string;

function rapport(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
const accounts = () => {
  const core = openCore(db, { readonly: true });
  try {
    return core.db.prepare('SELECT name, city, archived FROM accounts ORDER BY name').all();
  } finally {
    core.close();
  }
};

beforeAll(() => {
  dir = tempDir();
  db = path.join(dir.dir, 'book.db');
  const core = openCore(db, { create: true });
  setupProfile(core, {
    name: 'Lena Lead',
    salesForce: 'geographic',
    function: 'sales_manager',
    email: null,
  });
  core.close();
});
afterAll(() => dir.cleanup());

describe('rapport import', () => {
  const file = () => {
    const target = path.join(dir.dir, 'accounts.csv');
    fs.writeFileSync(
      target,
      csv([
        ['Account Name', 'Billing Country', 'Billing City'],
        ['Nordlys AS', 'Norge', 'Tromsø'],
        ['Sao Mai JSC', 'Viet Nam', 'Đà Nẵng'],
        ['Atlantis Ltd', 'Atlantis', ''],
      ]),
    );
    return target;
  };

  it('checks a file with --dry-run without writing to the book', () => {
    const before = rapport('stats', '--db', db, '--json').stdout;
    const { code, stdout, stderr } = rapport(
      'import',
      '--db',
      db,
      '--accounts',
      file(),
      '--dry-run',
    );
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(
      'Dry run of 3 accounts rows, nothing written: would be 2 created, 0 updated, 0 unchanged, 1 refused',
    );
    expect(stderr).toContain('line 4: Unknown country “Atlantis”');
    expect(rapport('stats', '--db', db, '--json').stdout).toBe(before);
    expect(JSON.parse(before)).toMatchObject({ accounts: 0 });
  });

  it('imports, writes the refused rows, and undoes the import by its id', () => {
    const errors = path.join(dir.dir, 'refused.csv');
    const made = rapport('import', '--db', db, '--accounts', file(), '--errors', errors);
    expect(made.code).toBe(0);
    const id = /Import ([0-9a-f-]{36})/.exec(made.stdout)?.[1];
    expect(made.stdout).toContain('2 created, 0 updated, 0 unchanged, 1 refused');
    expect(fs.readFileSync(errors, 'utf8')).toContain('Atlantis Ltd,Atlantis,,"Unknown country “Atlantis”');
    expect(accounts()).toEqual([
      { name: 'Nordlys AS', city: 'Tromsø', archived: 0 },
      { name: 'Sao Mai JSC', city: 'Đà Nẵng', archived: 0 },
    ]);
    const undone = rapport('import', '--db', db, '--undo', id!);
    expect(undone).toMatchObject({
      code: 0,
      stdout: `Import ${id} undone: 2 records it made archived, 0 put back\n`,
    });
    expect(accounts().map((a) => (a as { archived: number }).archived)).toEqual([1, 1]);
    expect(rapport('import', '--db', db, '--undo', id!)).toMatchObject({
      code: 1,
      stderr: 'rapport: This import has already been undone\n',
    });
  });

  it('exits 1 with one line for a file that is not CSV or XLSX, 2 for bad usage', () => {
    const pdf = path.join(dir.dir, 'report.csv');
    fs.writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(64, 0)]));
    expect(rapport('import', '--db', db, '--accounts', pdf)).toMatchObject({
      code: 1,
      stderr: `rapport: ${pdf} is not a CSV or XLSX file\n`,
    });
    expect(rapport('import', '--db', db).code).toBe(2);
    expect(rapport('import', '--db', db, '--accounts', pdf, '--map', '{bad').code).toBe(2);
  });
});
