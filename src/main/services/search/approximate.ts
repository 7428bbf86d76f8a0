import type { Core } from '../../core/core';
import type { Query } from './query';
import type { NameWords } from './rank';
import type { SearchTable } from './rows';
import { editsAllowed, editsToStart } from './typos';
import { vocabularyOf } from './vocabulary';

/** Each typed word as the starts of the book's name words it may have meant (itself, when it is one). */
export type NearWords = string[][];

/** At most this many starts per typed word: the fewest edits first. */
const STARTS = 12;

// The words as typed and with their letter pairs folded: enough to forgive a slip in
// either, without a look-up per joined pair of a long Persian name.
const forgiven = (q: Query) => q.variants.slice(0, 2);

/**
 * The query's words as the starts of name words they are near, per variant; null when
 * no typed word is a slip: a word that starts a word of the names is taken as meant (so
 * a whole name typed right asks nothing more), and one of fewer than 5 letters is never
 * forgiven. A number typed is not a name.
 */
export function nearWords(core: Core, table: SearchTable, q: Query): NearWords[] | null {
  if (q.digits) return null;
  const variants = forgiven(q);
  if (!variants.some((v) => v.some((w) => editsAllowed([...w].length) > 0))) return null;
  const vocabulary = vocabularyOf(core, table);
  const asked: NearWords[] = [];
  for (const v of variants) {
    const slips = v.map((w) =>
      vocabulary.starts(w)
        ? null
        : vocabulary
            .near(w)
            .slice(0, STARTS)
            .map((n) => n.start),
    );
    // No slip: nothing new to find. A slip near no word: the variant finds nothing.
    if (slips.every((s) => s === null) || slips.some((s) => s?.length === 0)) continue;
    asked.push(v.map((w, i) => slips[i] ?? [w]));
  }
  return asked.length > 0 ? asked : null;
}

/**
 * How many edits a name is from what was typed: for each typed word, the fewest that
 * turn it into the start of a word of the name; the best variant. A name that does not
 * hold every typed word within its edits allowed is out of reach (Infinity).
 */
export function editsFrom(q: Query, name: NameWords): number {
  const words = name.flat();
  let best = Infinity;
  for (const v of forgiven(q)) {
    let sum = 0;
    for (const w of v) {
      const edits = Math.min(...words.map((n) => editsToStart(w, n)));
      sum += edits <= editsAllowed([...w].length) ? edits : Infinity;
    }
    best = Math.min(best, sum);
  }
  return best;
}
