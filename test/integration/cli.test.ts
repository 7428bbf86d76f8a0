import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/tempDb';

const cli = path.resolve(__dirname, '../../bin/rapport.cjs');
let dir: { dir: string; cleanup: () => void };
let db: string;

function rapport(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = tempDir();
  db = path.join(dir.dir, 'cli.db');
  expect(rapport('demo', '--db', db, '--accounts', '50', '--seed', '9').code).toBe(0);
});
afterAll(() => dir.cleanup());

describe('the rapport command', () => {
  it('reports row counts as JSON', () => {
    const { code, stdout } = rapport('stats', '--db', db, '--json');
    expect(code).toBe(0);
    const counts = JSON.parse(stdout) as Record<string, number>;
    expect(counts.accounts).toBe(50);
    expect(counts.contacts).toBeGreaterThanOrEqual(150);
    expect(counts.interactions).toBeGreaterThanOrEqual(500);
  });

  it('finds an account by part of its name, first', () => {
    const name = JSON.parse(
      rapport('search', '--db', db, '--json', '--limit', '200', 'a').stdout,
    )[0].name as string;
    const part = name.split(/\s+/).slice(0, 2).join(' ');
    const hits = JSON.parse(rapport('search', '--db', db, '--json', name).stdout) as {
      name: string;
    }[];
    expect(hits[0]?.name).toBe(name);
    expect(JSON.parse(rapport('search', '--db', db, '--json', part).stdout).length).toBeGreaterThan(
      0,
    );
  });

  it('exits 1 with one line on stderr for a database that is not there', () => {
    const { code, stderr } = rapport('stats', '--db', path.join(dir.dir, 'nope.db'));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `rapport: No Rapport database at ${path.join(dir.dir, 'nope.db')}`,
    ]);
    expect(fs.existsSync(path.join(dir.dir, 'nope.db'))).toBe(false);
  });

  it('exits 1 when asked to fill a database that already has data, and leaves it as it was', () => {
    const before = fs.statSync(db).size;
    const { code, stderr } = rapport('demo', '--db', db, '--accounts', '5');
    expect(code).toBe(1);
    expect(stderr).toMatch(/already has data/);
    expect(JSON.parse(rapport('stats', '--db', db, '--json').stdout).accounts).toBe(50);
    expect(fs.statSync(db).size).toBe(before);
  });

  it('exits 2 on bad usage and names the option that is wrong', () => {
    const missing = rapport('demo');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--db/);
    const bad = rapport('demo', '--db', path.join(dir.dir, 'x.db'), '--accounts', 'many');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--accounts: Accounts must be a number/);
  });

  it('has --help on every command, exiting 0', () => {
    for (const command of [[], ['demo'], ['web'], ['stats'], ['search']]) {
      const { code, stdout } = rapport(...command, '--help');
      expect(code).toBe(0);
      expect(stdout).toMatch(/Usage: rapport/);
    }
  });
});
