import { foldDigraphs, isArabicScript, normalize, toWords } from '../../../shared/text';

/**
 * What a rep typed, as the ways it may be written in the book (docs/search.md):
 * - `variants`: word lists, each tried on its own: the words as typed; with a
 *   keyboard's letter pairs folded (aalesund → alesund, tromsoe → tromso); with two
 *   Persian words typed apart joined (می خواهم → میخواهم), since the book may hold them
 *   joined. A ZWNJ typed between parts counts as a space.
 * - `digits`: a text of digits and phone punctuation, as one number (0047 → 47).
 */
export interface Query {
  variants: string[][];
  digits: string | null;
  /** The text as typed: a name stored exactly so comes before names that fold alike. */
  typed: string;
  /** Normalised as a whole, punctuation kept, as a folded name (sort_name) is. */
  folded: string;
}

/**
 * The folded names the text may start, for the walk along sort_name: as typed, and each
 * variant's words apart by one space (`aalesund` → `alesund`, `می خواهم` → `میخواهم`).
 */
export const nameKeys = (q: Query): string[] =>
  [...new Set([q.folded, ...q.variants.map((v) => v.join(' '))])].filter((k) => k.length > 0);

const PHONE_TEXT = /^[\d +\-()./]+$/;

export function parseQuery(text: string): Query {
  const words = toWords(text.replaceAll('\u200C', ' '));
  const variants = [words, words.map(foldDigraphs)];
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i] as string, words[i + 1] as string];
    if (isArabicScript(a) && isArabicScript(b)) {
      variants.push([...words.slice(0, i), a + b, ...words.slice(i + 2)]);
    }
  }
  const seen = new Set<string>();
  const unique = variants.filter((v) => {
    const key = v.join(' ');
    return v.length > 0 && !seen.has(key) && seen.add(key);
  });
  const folded = normalize(text);
  const digits = PHONE_TEXT.test(folded) ? folded.replace(/\D/g, '').replace(/^00/, '') : '';
  return { variants: unique, digits: digits || null, typed: text.trim(), folded };
}

/** The FTS5 expressions for each step of the search (words hold only letters and digits). */
const phrase = (words: string[], star: boolean) => `"${words.join(' ')}"${star ? '*' : ''}`;
const any = (parts: string[]) => parts.map((p) => `(${p})`).join(' OR ');
const all = (words: string[]) => words.map((w) => `"${w}"*`).join(' AND ');

/** Names that are the typed words (and maybe more after them): where an exact name is. */
export const nameIs = (q: Query) => any(q.variants.map((v) => `name : ^ ${phrase(v, false)}`));
/** Names that start with the typed words, the last one typed in part. */
export const nameStarts = (q: Query) => any(q.variants.map((v) => `name : ^ ${phrase(v, true)}`));
/** Names with a word starting with each typed word. */
export const nameWords = (q: Query) => any(q.variants.map((v) => `name : (${all(v)})`));
/** Names with a word starting with one of the starts near each typed word (approximate.ts). */
export const nameNear = (variants: string[][][]) =>
  any(
    variants.map(
      (v) =>
        `name : (${v.map((starts) => `(${starts.map((s) => `"${s}"*`).join(' OR ')})`).join(' AND ')})`,
    ),
  );
/**
 * Any field with a word starting with each typed word, or a phone starting with the
 * number. A number typed in groups ("+98 56 366") is one number, not three words that
 * each start some word somewhere (which costs the most and finds nothing useful); a
 * number typed whole may also be a postcode or a word of the notes.
 */
export const anyField = (q: Query) =>
  q.digits
    ? any([`phone : "${q.digits}"*`, ...q.variants.filter((v) => v.length === 1).map(all)])
    : any(q.variants.map(all));
