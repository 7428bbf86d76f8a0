import type { SearchField } from '../../../shared/domain/search';
import { toWords } from '../../../shared/text';

/**
 * A row's words per field, exactly as the search index holds them (migration
 * 0006-search): what a hit matched is decided on these, beside the index.
 */
export type RowWords = Partial<Record<SearchField, string[]>>;

/** The stored text of one account or contact, as read for search. */
export interface StoredText {
  name: string;
  city?: string | null;
  place?: string | null;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
  mobile?: string | null;
  notes?: string | null;
}

const ZWNJ = '\u200C';

/** Parts of a word joined by ZWNJ as separate words, and joined when there was one. */
export function textWords(value: string | null | undefined): string[] {
  if (!value) return [];
  const parts = toWords(value.replaceAll(ZWNJ, ' '));
  return value.includes(ZWNJ) ? [...parts, ...toWords(value)] : parts;
}

// The characters the index's phone expression removes (0006-search), and only those.
const SEPARATORS = /[ +\-()./]/g;

/** A number as written, without its country code, and with the trunk 0 dialled inside the country. */
export function phoneWords(value: string | null | undefined): string[] {
  if (!value) return [];
  const digitsOf = (s: string) => toWords(s.replace(SEPARATORS, ''));
  const trimmed = value.trim();
  const words = digitsOf(trimmed);
  const space = trimmed.indexOf(' ');
  if (trimmed.startsWith('+') && space > 0) {
    const inside = digitsOf(trimmed.slice(space + 1));
    if (inside[0]) words.push(...inside, `0${inside[0]}`);
  }
  return words;
}

export function rowWords(row: StoredText): RowWords {
  const words: RowWords = { name: textWords(row.name) };
  const add = (field: SearchField, list: string[]) => {
    if (list.length > 0) words[field] = list;
  };
  add('city', textWords(row.city));
  add('address', textWords(row.place));
  add('title', textWords(row.title));
  add('email', textWords(row.email));
  add('phone', [...phoneWords(row.phone), ...phoneWords(row.mobile)]);
  add('notes', textWords(row.notes));
  return words;
}
