/**
 * Text normalisation for matching (search index and queries go through the same
 * function). Display text is never changed: only what we compare.
 */
const ARABIC_TO_PERSIAN: Record<string, string> = {
  '\u064A': '\u06CC', // ي Arabic yeh → ی Persian yeh
  '\u0649': '\u06CC', // ى alef maksura → ی
  '\u0643': '\u06A9', // ك Arabic kaf → ک keheh
  '\u0629': '\u0647', // ة teh marbuta → ه
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
};

const ARABIC_DIGIT_ZERO = 0x0660;
const PERSIAN_DIGIT_ZERO = 0x06f0;

function asciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  const base = code >= PERSIAN_DIGIT_ZERO ? PERSIAN_DIGIT_ZERO : ARABIC_DIGIT_ZERO;
  return String(code - base);
}

export function normalize(text: string): string {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u064A\u0649\u0643\u0629]/g, (ch) => ARABIC_TO_PERSIAN[ch] ?? ch)
      // tatweel and harakat (short vowels, shadda, sukun, maddah, superscript alef)
      .replace(/\u0640|[\u064B-\u065F\u0670]/g, '')
      // ZWNJ/ZWJ join the parts of one word for matching
      .replace(/[\u200C\u200D]/g, '')
      .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, asciiDigit)
      .normalize('NFD')
      .replace(/[\u0300-\u036F]/g, '')
      .replace(/[\u00F8\u00E6\u0111\u00F0\u00FE\u0153\u0142\u00DF]/g, (ch) => LATIN_FOLDS[ch] ?? ch)
      .normalize('NFC')
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
