import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../src/main/db/migrations';
import { APPLICATION_ID } from '../../src/main/db/open';
import { openCore } from '../../src/main/core/core';
import { tempDir } from '../support/tempDb';

/** A book written by a preview build: schema 1, as it shipped. */
function previewBook(file: string, withAccount: boolean): void {
  const db = new Database(file);
  db.function('rapport_normalize', (text: unknown) => String(text ?? '').toLowerCase());
  db.exec(migrations[0]!.sql);
  db.pragma(`application_id = ${APPLICATION_ID}`);
  db.pragma('user_version = 1');
  if (withAccount) {
    db.prepare(
      `INSERT INTO accounts (id, updated_hlc, name, kind, lifecycle, relationship_style, tier, sales_force, sort_name)
       VALUES ('0190a000-0000-7000-8000-000000000001', 'x', 'Acme', 'customer', 'active', 'balanced', 'A', 'geographic', 'acme')`,
    ).run();
  }
  db.close();
}

const hash = (file: string) =>
  crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

let cleanup = () => undefined as void;
afterEach(() => cleanup());

describe('a book from a preview build', () => {
  it('is refused with a clear message and left byte for byte as it was', () => {
    const dir = tempDir();
    cleanup = dir.cleanup;
    const file = path.join(dir.dir, 'old.db');
    previewBook(file, true);
    const before = hash(file);
    expect(() => openCore(file)).toThrow(
      /made by a preview build of Rapport .* left exactly as it was/,
    );
    expect(hash(file)).toBe(before);
    expect(fs.readdirSync(dir.dir)).toEqual(['old.db']);
  });

  it('is brought up to date when it holds nothing yet', () => {
    const dir = tempDir();
    cleanup = dir.cleanup;
    const file = path.join(dir.dir, 'empty.db');
    previewBook(file, false);
    const core = openCore(file);
    try {
      expect(core.db.pragma('user_version', { simple: true })).toBe(migrations.length);
      expect(core.db.prepare('SELECT count(*) FROM changes').pluck().get()).toBe(0);
    } finally {
      core.close();
    }
  });
});
