import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const src = path.join(__dirname, '../../src/renderer/src');
const LANGUAGES = ['en', 'fa', 'nb', 'vi'];

/** The app's own words, the words reports share (src/shared/words), and each feature's. */
const folders = [
  path.join(src, 'i18n'),
  path.join(src, '../../shared/words'),
  ...fs
    .readdirSync(src)
    .map((f) => path.join(src, f, 'i18n'))
    .filter((f) => fs.existsSync(f)),
];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const load = (folder: string, lang: string) =>
  JSON.parse(fs.readFileSync(path.join(folder, `${lang}.json`), 'utf8')) as Record<string, unknown>;

describe.each(folders.map((f) => [path.relative(src, f), f]))('translations in %s', (_, folder) => {
  const english = keys(load(folder, 'en')).sort();

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every key English has, and no other',
    (lang) => {
      expect(keys(load(folder, lang)).sort()).toEqual(english);
    },
  );

  it.each(LANGUAGES)('%s has no empty string', (lang) => {
    const empty = keys(load(folder, lang)).filter((key) => {
      const value = key
        .split('.')
        .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], load(folder, lang));
      return typeof value === 'string' && value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});

describe('feature translations', () => {
  it('each keeps its words under top-level keys no other has', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const folder of folders) {
      for (const key of Object.keys(load(folder, 'en'))) {
        const other = owners.get(key);
        if (other) clashes.push(`${key}: ${other} and ${path.relative(src, folder)}`);
        owners.set(key, path.relative(src, folder));
      }
    }
    expect(clashes).toEqual([]);
    expect(folders.length).toBeGreaterThanOrEqual(1);
  });
});
