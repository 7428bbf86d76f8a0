/**
 * Typo tolerance (issue 22, docs/search.md): the words of the book's names near a typed
 * word. Edits are letters missing, extra, wrong, or two neighbours swapped (optimal
 * string alignment distance), as Meilisearch and Typesense count them: one in a word of
 * 5 letters or more, two at 9 or more, none below.
 */
export const editsAllowed = (letters: number): number => (letters >= 9 ? 2 : letters >= 5 ? 1 : 0);

/** A start of the book's words within the edits allowed of a typed word, and how many it took. */
export interface Near {
  start: string;
  edits: number;
}

interface Node {
  next: Map<string, Node>;
}

type Row = number[];

/** The next row of the distance table, for `letter` after `parent` (and `before` it, for swaps). */
function nextRow(
  typed: string[],
  row: Row,
  above: Row | null,
  letter: string,
  before: string | null,
): Row {
  const next = [(row[0] as number) + 1];
  for (let j = 1; j <= typed.length; j++) {
    const cost = typed[j - 1] === letter ? 0 : 1;
    let d = Math.min(
      (row[j] as number) + 1,
      (next[j - 1] as number) + 1,
      (row[j - 1] as number) + cost,
    );
    if (above && j > 1 && typed[j - 1] === before && typed[j - 2] === letter)
      d = Math.min(d, (above[j - 2] as number) + 1);
    next.push(d);
  }
  return next;
}

const firstRow = (typed: string[]): Row => Array.from({ length: typed.length + 1 }, (_, j) => j);

/**
 * The fewest edits that turn `typed` into a start of `word`: how far a found name's word
 * is from what was typed (every typed word is a start, the last one typed in part).
 */
export function editsToStart(typed: string, word: string): number {
  const t = [...typed];
  let row = firstRow(t);
  let above: Row | null = null;
  let best = row[t.length] as number;
  let before: string | null = null;
  for (const letter of word) {
    const next = nextRow(t, row, above, letter, before);
    [above, row, before] = [row, next, letter];
    best = Math.min(best, row[t.length] as number);
  }
  return best;
}

/** The distinct words of an index's column, as a tree of their letters. */
export class Vocabulary {
  private readonly root: Node = { next: new Map() };

  constructor(words: Iterable<string>) {
    for (const word of words) {
      let node = this.root;
      for (const letter of word) {
        let child = node.next.get(letter);
        if (!child) node.next.set(letter, (child = { next: new Map() }));
        node = child;
      }
    }
  }

  /**
   * The shortest starts of words within the edits allowed of `typed`: each start stands
   * for every word it begins (`"start"*` to the index), so a word typed in part is
   * forgiven too. The tree is left where its distance row exceeds the edits allowed.
   */
  near(typed: string): Near[] {
    const t = [...typed];
    const allowed = editsAllowed(t.length);
    const found: Near[] = [];
    const walk = (node: Node, path: string, row: Row, above: Row | null, before: string | null) => {
      for (const [letter, child] of node.next) {
        const next = nextRow(t, row, above, letter, before);
        const edits = next[t.length] as number;
        if (edits <= allowed) found.push({ start: path + letter, edits });
        else if (Math.min(...next) <= allowed) walk(child, path + letter, next, row, letter);
      }
    };
    if (allowed > 0) walk(this.root, '', firstRow(t), null, null);
    return found.sort(
      (a, b) => a.edits - b.edits || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
    );
  }
}
