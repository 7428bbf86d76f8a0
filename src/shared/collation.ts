import { z } from 'zod';
import { normalize } from './text';

/**
 * Sort keys by language: strings whose plain (binary) order is the alphabetical order
 * people expect, so the account list can sort 100k names on an index, in SQL. The
 * search folding (normalize) stays as it is: "tromso" still finds Tromsø; only the
 * order of the list changes with the user's language.
 *
 * - Norwegian: æ, ø, å come after z, in that order; ä sorts as æ, ö as ø, ü as y, and
 *   "aa" as å (Aasen sits with Åsen, as Norwegian dictionaries and phone books have it).
 * - Persian: the Persian alphabet (پ after ب, چ after ج, ژ after ز, گ after ک, و before
 *   ه), not Unicode's order, which puts پ چ ژ ک گ ی after all Arabic letters.
 * - Vietnamese: ă and â after a, đ after d, ê after e, ô and ơ after o, ư after u; tone
 *   marks do not change the order of different words.
 * - English (and any other): the folded name (sort_name).
 */
export const COLLATED_LANGUAGES = ['nb', 'fa', 'vi'] as const;
export const CollatedLanguage = z.enum(COLLATED_LANGUAGES);
export type CollatedLanguage = z.infer<typeof CollatedLanguage>;

// Characters above every letter of the folded text ('z' is 0x7A): an added letter sorts last.
const AFTER_Z = ['{', '|', '}'] as const;

const NORWEGIAN: Record<string, string> = {
  æ: AFTER_Z[0],
  ä: AFTER_Z[0],
  ø: AFTER_Z[1],
  ö: AFTER_Z[1],
  ő: AFTER_Z[1],
  å: AFTER_Z[2],
  ü: 'y',
};

const PERSIAN_ALPHABET = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';
/** Each Persian letter as a character of a private range, in alphabet order. */
const PERSIAN: Record<string, string> = Object.fromEntries(
  [...PERSIAN_ALPHABET].map((letter, i) => [letter, String.fromCharCode(0xe000 + i)]),
);

/** A Vietnamese letter with its mark (decomposed), as its base letter and a rank after it. */
const VIETNAMESE: Record<string, string> = {
  'a\u0306': `a${AFTER_Z[0]}`, // ă
  'a\u0302': `a${AFTER_Z[1]}`, // â
  'e\u0302': `e${AFTER_Z[0]}`, // ê
  'o\u0302': `o${AFTER_Z[0]}`, // ô
  'o\u031B': `o${AFTER_Z[1]}`, // ơ
  'u\u031B': `u${AFTER_Z[0]}`, // ư
  đ: `d${AFTER_Z[0]}`,
};

export function sortKey(text: string, language: CollatedLanguage): string {
  const lower = text.normalize('NFC').toLowerCase();
  switch (language) {
    case 'nb':
      return normalize(lower.replace(/aa/g, 'å').replace(/[æäøöőåü]/g, (c) => NORWEGIAN[c] ?? c));
    case 'fa':
      return normalize(lower).replace(/[\u0600-\u06FF]/g, (c) => PERSIAN[c] ?? c);
    case 'vi':
      // Tone marks go (normalize), the letters' own marks are kept as ranks.
      return normalize(
        lower
          .normalize('NFD')
          .replace(/[aeou][\u0306\u0302\u031B]|đ/g, (c) => VIETNAMESE[c] ?? c)
          .normalize('NFC'),
      );
  }
}
