import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/main/db/migrations';

describe('migrations', () => {
  it('lists every migration file of the folder, in number order', () => {
    const folder = path.join(__dirname, '../../src/main/db/migrations');
    const files = fs
      .readdirSync(folder)
      .filter((f) => /^\d{4}-.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrations.map((m) => m.name)).toEqual(files);
    expect(migrations.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
  });
});
