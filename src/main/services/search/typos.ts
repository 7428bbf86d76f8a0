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

type Row = Int32Array;

/**
 * Fills `next`, the distance row for `letter` after the row `row` (and `above` it, for a
 * swap of `letter` with the one `before` it); returns the row's least value.
 */
function fillRow(
  typed: string[],
  next: Row,
  row: Row,
  above: Row | null,
  letter: string,
  before: string | null,
): number {
  next[0] = (row[0] as number) + 1;
  let least = next[0];
  for (let j = 1; j <= typed.length; j++) {
    const cost = typed[j - 1] === letter ? 0 : 1;
    let d = Math.min(
      (row[j] as number) + 1,
      (next[j - 1] as number) + 1,
      (row[j - 1] as number) + cost,
    );
    if (above && j > 1 && typed[j - 1] === before && typed[j - 2] === letter)
      d = Math.min(d, (above[j - 2] as number) + 1);
    next[j] = d;
    if (d < least) least = d;
  }
  return least;
}

const firstRow = (typed: string[]): Row =>
  Int32Array.from({ length: typed.length + 1 }, (_, j) => j);

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
    const next = new Int32Array(t.length + 1);
    const least = fillRow(t, next, row, above, letter, before);
    [above, row, before] = [row, next, letter];
    best = Math.min(best, row[t.length] as number);
    if (least >= best) break; // no longer start can come closer
  }
  return best;
}

/** The distinct words of an index's column, as a tree of their letters. */
export class Vocabulary {
  private readonly root: Node = { next: new Map() };
  /** The starts near each word typed: the same words come back keystroke after keystroke. */
  private readonly asked = new Map<string, Near[]>();

  constructor(words: Iterable<string>) {
    for (const word of words) this.add(word);
  }

  add(word: string): void {
    let node = this.root;
    for (const letter of word) {
      let child = node.next.get(letter);
      if (!child) {
        node.next.set(letter, (child = { next: new Map() }));
        this.asked.clear(); // a new word: the starts near a typed word may change
      }
      node = child;
    }
  }

  /** Whether `typed` starts a word of the vocabulary: then it is taken as meant, not as a slip. */
  starts(typed: string): boolean {
    let node: Node | undefined = this.root;
    for (const letter of typed) node = node?.next.get(letter);
    return node !== undefined;
  }

  near(typed: string): Near[] {
    let found = this.asked.get(typed);
    if (!found) {
      if (this.asked.size >= ASKED) this.asked.clear();
      found = this.walk([...typed]);
      this.asked.set(typed, found);
    }
    return found;
  }

  private walk(t: string[]): Near[] {
    const allowed = editsAllowed(t.length);
    const found: Near[] = [];
    if (allowed === 0) return found;
    // One row per depth, reused: the walk allocates nothing per letter.
    const rows: Row[] = [firstRow(t)];
    const visit = (node: Node, path: string, depth: number, before: string | null) => {
      const row = rows[depth] as Row;
      const above = depth > 0 ? (rows[depth - 1] as Row) : null;
      const next = (rows[depth + 1] ??= new Int32Array(t.length + 1));
      for (const [letter, child] of node.next) {
        const least = fillRow(t, next, row, above, letter, before);
        const edits = next[t.length] as number;
        if (edits <= allowed) found.push({ start: path + letter, edits });
        else if (least <= allowed) visit(child, path + letter, depth + 1, letter);
      }
    };
    visit(this.root, '', 0, null);
    return found.sort(
      (a, b) => a.edits - b.edits || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0),
    );
  }
}

const ASKED = 5_000;
