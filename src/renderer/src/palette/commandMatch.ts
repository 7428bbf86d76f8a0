import { toWords } from '../../../shared/text';

/**
 * A command matches when every typed word begins a word of its label or keywords, folded
 * as search folds (`ghi` finds "Ghi", `mote` finds "Møte"); an empty query matches all.
 */
export function commandMatches(words: string, query: string): boolean {
  const own = toWords(words);
  return toWords(query).every((typed) => own.some((word) => word.startsWith(typed)));
}
