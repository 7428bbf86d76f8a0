import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/main/db/open';
import {
  damageMiddle,
  expectUntouched,
  fileState,
  openToOthers,
  runAsOtherUser,
} from '../support/files';
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
});
afterAll(() => dir.cleanup());

describe('the rapport command', () => {
  beforeAll(() => {
    db = path.join(dir.dir, 'cli.db');
    expect(rapport('demo', '--db', db, '--accounts', '50', '--seed', '9').code).toBe(0);
  });

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

  it('reads the demo book without changing a byte of it or leaving anything beside it', () => {
    const before = fileState(db);
    expect(before.beside).toEqual(['cli.db']);
    expect(rapport('stats', '--db', db).code).toBe(0);
    expect(rapport('search', '--db', db, 'a').code).toBe(0);
    expectUntouched(db, before);
  });

  it('exits 1 with one line on stderr for a database that is not there', () => {
    const { code, stderr } = rapport('stats', '--db', path.join(dir.dir, 'nope.db'));
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `rapport: No Rapport database at ${path.join(dir.dir, 'nope.db')}`,
    ]);
    expect(fs.existsSync(path.join(dir.dir, 'nope.db'))).toBe(false);
  });

  it('starts a new laptop on a new, empty book and says so', () => {
    const fresh = path.join(dir.dir, 'new-laptop.db');
    const { code, stdout } = rapport('web', '--db', fresh, '--port', '0', '--check');
    expect(code).toBe(0);
    expect(stdout).toContain(`New empty book at ${fresh}`);
    expect(JSON.parse(rapport('stats', '--db', fresh, '--json').stdout).accounts).toBe(0);
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

describe('the rapport command and the file it is given', () => {
  /** A new, empty book in a folder of its own (not the demo: its schema is not this test's). */
  function book(name = 'book.db'): string {
    const file = path.join(fs.mkdtempSync(path.join(dir.dir, 'book-')), name);
    openDatabase(file, { create: true }).close();
    return file;
  }

  /** Exits 1 with exactly one line on stderr, and returns it. */
  function failsWith(result: { code: number | null; stderr: string }): string {
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    return lines[0]!.replace(/^rapport: /, '');
  }

  it('stats and search only read: the file keeps its bytes and time, nothing is left beside it', () => {
    const file = book();
    const before = fileState(file);
    expect(before.beside).toEqual(['book.db']);
    const stats = rapport('stats', '--db', file, '--json');
    expect(stats.code).toBe(0);
    expect(JSON.parse(stats.stdout)).toHaveProperty('accounts', 0);
    expect(rapport('search', '--db', file, '--json', 'acme').code).toBe(0);
    expectUntouched(file, before);
  });

  it('refuses a file damaged in the middle, to read or to serve, and leaves it as it was', () => {
    const file = book();
    damageMiddle(file);
    const before = fileState(file);
    for (const args of [['stats'], ['search', 'acme'], ['web', '--check']]) {
      const [command, ...rest] = args;
      const line = failsWith(rapport(command!, '--db', file, ...rest));
      expect(line).toMatch(new RegExp(`^${file} is damaged`));
      expectUntouched(file, before);
    }
  });

  it('refuses a file that is not SQLite', () => {
    const file = path.join(dir.dir, 'accounts.csv');
    fs.writeFileSync(file, 'name,city\nAcme,Oslo\n');
    const before = fileState(file);
    for (const args of [['stats'], ['web', '--check']]) {
      const [command, ...rest] = args;
      expect(failsWith(rapport(command!, '--db', file, ...rest))).toBe(
        `${file} is not a Rapport database (not a SQLite file)`,
      );
    }
    expectUntouched(file, before);
  });

  it('refuses an empty file, to sync, to serve or to read, and leaves it at 0 bytes', () => {
    const folder = fs.mkdtempSync(path.join(dir.dir, 'empty-'));
    const file = path.join(folder, 'book.db');
    fs.writeFileSync(file, '');
    const before = fileState(file);
    const share = `folder:${fs.mkdtempSync(path.join(dir.dir, 'share-'))}`;
    for (const args of [
      ['sync', '--adapter', share],
      ['web', '--check'],
      ['web', '--demo', '--check'],
      ['stats'],
      ['search', 'acme'],
      ['conflicts'],
    ]) {
      const [command, ...rest] = args;
      expect(failsWith(rapport(command!, '--db', file, ...rest))).toBe(
        `${file} is empty (0 bytes), so it holds no Rapport book: perhaps a copy or a save was cut short. Restore the book from a backup, or remove the empty file to start a new one.`,
      );
      expect(fs.statSync(file).size).toBe(0);
      expectUntouched(file, before);
    }
    expect(before.beside).toEqual(['book.db']);
  });

  it('says a folder is not a database file', () => {
    const folder = fs.mkdtempSync(path.join(dir.dir, 'folder-'));
    expect(failsWith(rapport('stats', '--db', folder))).toMatch(
      new RegExp(`^${folder} is a folder, not a database file`),
    );
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('names the folder that does not exist', () => {
    const folder = path.join(dir.dir, 'no-such-folder');
    const file = path.join(folder, 'book.db');
    for (const args of [['stats'], ['web', '--check']]) {
      const [command, ...rest] = args;
      expect(failsWith(rapport(command!, '--db', file, ...rest))).toMatch(
        new RegExp(`^The folder ${folder} does not exist`),
      );
    }
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('reads a file it may not write, and refuses to serve it, saying why', () => {
    const file = book();
    fs.chmodSync(file, 0o444);
    fs.chmodSync(dir.dir, 0o711); // the other user may pass through, not look around
    openToOthers(path.dirname(file), true);
    const before = fileState(file);
    const stats = runAsOtherUser([cli, 'stats', '--db', file, '--json']);
    expect(stats.stderr).toBe('');
    expect(stats.code).toBe(0);
    expect(failsWith(runAsOtherUser([cli, 'web', '--check', '--db', file]))).toBe(
      `${file} is read-only; Rapport needs to write to it. Make the file writable (or copy it to a folder you own) and open it again.`,
    );
    expectUntouched(file, before);
  });
});
