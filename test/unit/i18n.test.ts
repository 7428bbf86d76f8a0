import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const folder = path.join(__dirname, '../../src/renderer/src/i18n');
const LANGUAGES = ['en', 'fa', 'nb', 'vi'];

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

const load = (lang: string) =>
  JSON.parse(fs.readFileSync(path.join(folder, `${lang}.json`), 'utf8')) as unknown;

describe('translations', () => {
  const english = keys(load('en')).sort();

  it.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every key English has, and no other',
    (lang) => {
      expect(keys(load(lang)).sort()).toEqual(english);
    },
  );

  it.each(LANGUAGES)('%s has no empty string', (lang) => {
    const empty = keys(load(lang)).filter((key) => {
      const value = key
        .split('.')
        .reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], load(lang));
      return typeof value === 'string' && value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
