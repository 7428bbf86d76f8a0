import type { Core } from '../../core/core';
import { textWords } from './fields';
import type { SearchTable } from './rows';
import { Vocabulary } from './typos';

interface Known {
  words: Vocabulary;
  /** Another connection's writes (a sync or an import in a worker): read the words again. */
  dataVersion: number;
  /** This connection's: the names it wrote since are added. */
  changes: number;
  seq: number;
  rid: number;
}

/**
 * The words of a table's names as the search index holds them (FTS5's own list of its
 * words, `fts5vocab`), for typo-tolerant look-ups. Read whole when a search first needs
 * them (half a second or more on the 100k-account book on a loaded machine) and again
 * after another connection wrote to the book (a sync, an import); after this
 * connection's own writes, only the names written since are added, from the change log
 * and the rows made since. A word no longer in any name stays until then: it finds no
 * row, and costs only its place among the starts tried.
 */
export function vocabularyOf(core: Core, table: SearchTable): Vocabulary {
  const { changes } = core.statement(`SELECT total_changes() AS changes`).get() as {
    changes: number;
  };
  const dataVersion = core.db.pragma('data_version', { simple: true }) as number;
  const cache = caches.get(core) ?? new Map<SearchTable, Known>();
  caches.set(core, cache);
  let known = cache.get(table);
  if (known?.dataVersion !== dataVersion) {
    known = readWhole(core, table, dataVersion, changes);
    cache.set(table, known);
  } else if (known.changes !== changes) {
    addWritten(core, table, known);
    known.changes = changes;
  }
  return known.words;
}

const caches = new WeakMap<Core, Map<SearchTable, Known>>();

function readWhole(core: Core, table: SearchTable, dataVersion: number, changes: number): Known {
  const marks = marksOf(core, table);
  // The list is a table of the connection's own (temp): a connection that only reads
  // (`query_only`: the CLI's search, a damaged book) may make it, and writes nothing else.
  const onlyReads = core.db.pragma('query_only', { simple: true }) === 1;
  if (onlyReads) core.db.pragma('query_only = OFF');
  try {
    core.db.exec(
      `CREATE VIRTUAL TABLE IF NOT EXISTS temp.${table}_fts_words USING fts5vocab(main, ${table}_fts, col)`,
    );
  } finally {
    if (onlyReads) core.db.pragma('query_only = ON');
  }
  const words = new Vocabulary(
    core
      .statement(`SELECT term FROM temp.${table}_fts_words WHERE col = 'name'`)
      .pluck()
      .iterate() as Iterable<string>,
  );
  return { words, dataVersion, changes, ...marks };
}

/** Where the change log and the table end now. */
const marksOf = (core: Core, table: SearchTable) =>
  core
    .statement(
      `SELECT (SELECT coalesce(max(seq), 0) FROM changes) AS seq,
         (SELECT coalesce(max(rid), 0) FROM ${table}) AS rid`,
    )
    .get() as { seq: number; rid: number };

/** The names this connection wrote since the words were last read: renamed, or new rows. */
function addWritten(core: Core, table: SearchTable, known: Known): void {
  const renamed = core
    .statement(`SELECT value FROM changes WHERE seq > ? AND tbl = ? AND field = 'name'`)
    .pluck()
    .all(known.seq, table) as string[];
  const made = core
    .statement(`SELECT name FROM ${table} WHERE rid > ?`)
    .pluck()
    .all(known.rid) as string[];
  for (const name of [...renamed.map((v) => JSON.parse(v) as unknown), ...made])
    if (typeof name === 'string') for (const word of textWords(name)) known.words.add(word);
  Object.assign(known, marksOf(core, table));
}
