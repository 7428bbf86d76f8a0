/**
 * Text normalisation for matching (search index and queries go through the same
 * function). Display text is never changed: only what we compare. Every case and why
 * it is folded the way it is: docs/search.md.
 */

/**
 * Arabic letters a Persian text may hold because it was typed on an Arabic keyboard
 * (or copied from Arabic text), as the Persian letter a Persian keyboard types.
 */
const ARABIC_TO_PERSIAN: Record<string, string> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی Persian yeh
  '\u0649': '\u06CC', // ى alef maksura → ی
  '\u0643': '\u06A9', // ك Arabic kaf → ک keheh
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06D5': '\u0647', // ە (what ۀ heh-with-hamza leaves once its hamza is gone) → ه
  '\u0671': '\u0627', // ٱ alef wasla → ا
};

// Letters that Unicode does not decompose but people type without the mark.
const LATIN_FOLDS: Record<string, string> = {
  ø: 'o',
  æ: 'ae',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  œ: 'oe',
  ł: 'l',
  ß: 'ss',
  ı: 'i',
};

const ARABIC_DIGIT_ZERO = 0x0660;
const PERSIAN_DIGIT_ZERO = 0x06f0;

function asciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  const base = code >= PERSIAN_DIGIT_ZERO ? PERSIAN_DIGIT_ZERO : ARABIC_DIGIT_ZERO;
  return String(code - base);
}

/** Text of ASCII characters only, which every step of the full fold leaves as it is but case and spaces. */
// eslint-disable-next-line no-control-regex -- tabs and line breaks are ASCII text too
const ASCII = /^[\x00-\x7F]*$/;

/**
 * Text as it is compared. Most of a book (names, emails, phones, notes in English or
 * Norwegian without æøå) is ASCII, for which only case and spaces change: that is
 * taken as a shortcut, several times quicker than the Unicode steps, because the
 * search index folds every row it indexes (a sync page of 100,000 rows, a first download).
 */
export function normalize(text: string): string {
  return ASCII.test(text)
    ? text.toLowerCase().replace(ASCII_MARKS, '').replace(/\s+/g, ' ').trim()
    : normalizeUnicode(text);
}

/**
 * Apostrophes and the marks typed for them inside a word (O'Brien, L’Oréal, Hawaiʻi,
 * Ma`ruf) go: most people type the name without them (`obrien`, `loreal`).
 */
const ASCII_MARKS = /(?<=[a-z0-9])['`](?=[a-z0-9])/g;
const MARKS = /(?<=[\p{L}\p{N}])['`\u00B4\u02BB\u02BC\u2018\u2019](?=[\p{L}\p{N}])/gu;

/** The full fold, for any text (normalize takes a shortcut for ASCII text that gives the same). */
export function normalizeUnicode(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      // Decomposed, every mark is a separate character: Latin accents, and the hamza
      // and maddah that آ أ إ ؤ ئ ۀ carry (typed without them as often as with).
      .normalize('NFD')
      // Latin combining marks; tatweel; harakat, hamza and maddah marks, superscript alef;
      // the lone hamza ء, usually left out when typed (اجزاء / اجزا)
      .replace(/[\u0621\u0640]|[\u064B-\u065F\u0670]|[\u0300-\u036F]/g, '')
      .replace(/[\u064A\u0649\u0643\u0629\u06D5\u0671]/g, (ch) => ARABIC_TO_PERSIAN[ch] ?? ch)
      // ZWNJ/ZWJ join the parts of one word for matching
      .replace(/[\u200C\u200D]/g, '')
      .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, asciiDigit)
      .replace(
        /[\u00F8\u00E6\u0111\u00F0\u00FE\u0153\u0142\u00DF\u0131]/g,
        (ch) => LATIN_FOLDS[ch] ?? ch,
      )
      .normalize('NFC')
      .replace(MARKS, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** The words of a text as the search index holds them: normalised letters and digits. */
export function toWords(text: string): string[] {
  return normalize(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * Letter pairs that stand for one letter on a keyboard without it: Norwegian `aa` for
 * å (Aalesund / Ålesund), `oe` for ø (Tromsoe), German `ae` `oe` `ue` for ä ö ü. The
 * index keeps å ä ø ö ü as the plain vowel, so a typed pair is tried both as typed and
 * as that vowel (never folded in the index: "Haaland" and "Samuel" stay as they are).
 */
export function foldDigraphs(word: string): string {
  return word.replace(/aa|ae|oe|ue/g, (pair) => pair[0] as string);
}

/** Whether a word is written in Arabic script (Persian names): its parts may be typed apart or together. */
export function isArabicScript(word: string): boolean {
  return /^[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]+$/.test(word);
}
