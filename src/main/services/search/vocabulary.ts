import type { Core } from '../../core/core';
import type { SearchTable } from './rows';
import { Vocabulary } from './typos';

/**
 * The words of a table's names as the search index holds them (FTS5's own list of its
 * words, `fts5vocab`), for typo-tolerant look-ups. Read when a search first needs it,
 * and again only after the book changed (here or by another connection): between
 * keystrokes it has not. Reading it takes a few hundred milliseconds on the
 * 100k-account book, paid once, by the first slip typed after a change.
 */
export function vocabularyOf(core: Core, table: SearchTable): Vocabulary {
  const { changes } = core.statement(`SELECT total_changes() AS changes`).get() as {
    changes: number;
  };
  const version = `${changes}:${String(core.db.pragma('data_version', { simple: true }))}`;
  const cache = caches.get(core) ?? new Map<SearchTable, { version: string; words: Vocabulary }>();
  caches.set(core, cache);
  const cached = cache.get(table);
  if (cached?.version === version) return cached.words;
  core.db.exec(
    `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_fts_words USING fts5vocab(main, ${table}_fts, col)`,
  );
  const words = new Vocabulary(
    core
      .statement(`SELECT term FROM temp.${table}_fts_words WHERE col = 'name'`)
      .pluck()
      .iterate() as Iterable<string>,
  );
  cache.set(table, { version, words });
  return words;
}

const caches = new WeakMap<Core, Map<SearchTable, { version: string; words: Vocabulary }>>();
