import type { Doc } from './typesetter';

/** What this code reads of pdfkit's embedded fonts: the text each glyph stands for. */
interface EmbeddedFont {
  unicode?: (number[] | undefined)[];
}

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * Keeps the PDF's text right for those who copy or extract it (`pdftotext`). A glyph that
 * stands for two letters of a right-to-left script (Persian's lam-alef, `لا`) is split
 * by a reader into its letters from left to right, and then read right to left, so its
 * letters came out swapped (`پالک` for `پلاک`). Its text is given reversed, as the reader
 * will read it. To be called before the document ends, when the fonts are embedded.
 */
export function keepLigaturesReadable(doc: Doc): void {
  const families = (doc as unknown as { _fontFamilies: Record<string, EmbeddedFont> })
    ._fontFamilies;
  // A font is filed under its own name as well as the one it was given: each once.
  for (const font of new Set(Object.values(families))) {
    const unicode = font.unicode;
    if (!unicode) continue;
    unicode.forEach((codePoints, glyph) => {
      if (
        codePoints &&
        codePoints.length > 1 &&
        RIGHT_TO_LEFT.test(String.fromCodePoint(...codePoints))
      ) {
        unicode[glyph] = [...codePoints].reverse();
      }
    });
  }
}
