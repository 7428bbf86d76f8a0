import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';

/** What a test compares to prove a database file was not touched. */
export interface FileState {
  sha256: string;
  mtimeMs: number;
  /** Everything in the file's folder whose name starts with the file's. */
  beside: string[];
}

export function fileState(file: string): FileState {
  const name = path.basename(file);
  return {
    sha256: crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex'),
    mtimeMs: fs.statSync(file).mtimeMs,
    beside: fs
      .readdirSync(path.dirname(file))
      .filter((f) => f.startsWith(name))
      .sort(),
  };
}

/** The file is byte for byte as it was, not even re-stamped, and nothing new is beside it. */
export function expectUntouched(file: string, before: FileState): void {
  expect(fileState(file)).toEqual(before);
}

/**
 * Scribbles over 8 KiB in the middle of the file, past the schema: the damage a bad
 * sector or a torn copy leaves, which opening and reading the schema do not notice.
 * Fills the file with a table of its own first (not Rapport's, whose columns change),
 * so the middle holds rows.
 */
export function damageMiddle(file: string, minBytes = 1024 * 1024): void {
  const db = new Database(file);
  db.exec('CREATE TABLE filler (body BLOB)');
  const fill = db.prepare('INSERT INTO filler VALUES (randomblob(3000))');
  db.transaction(() => {
    for (let i = 0; i * 3000 < minBytes; i++) fill.run();
  })();
  db.exec('ANALYZE filler'); // so that PRAGMA optimize, on open, does not read its rows
  db.close();
  const bytes = fs.readFileSync(file);
  const middle = Math.floor(bytes.length / 2 / 4096) * 4096 + 100;
  bytes.fill(0x5a, middle, middle + 8192);
  fs.writeFileSync(file, bytes);
}

/** Root ignores file modes, so a read-only file is only read-only to another user. */
export const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Runs node with the TypeScript loader, as `nobody` when the tests run as root. */
export function runAsOtherUser(args: string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    cwd: path.resolve(__dirname, '../..'),
    ...(isRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    ...options,
  });
  return { code: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/** Lets the other user into a test folder that mkdtemp made private, to write or only to read. */
export function openToOthers(dir: string, writable: boolean): void {
  fs.chmodSync(dir, writable ? 0o777 : 0o555);
}
