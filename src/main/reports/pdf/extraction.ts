import { embeddedFonts } from './embedded';
import type { Doc } from './typesetter';

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

/**
 * Keeps the PDF's text right for those who copy or extract it (`pdftotext`). A glyph that
 * stands for two letters of a right-to-left script (Persian's lam-alef, `لا`) is split
 * by a reader into its letters from left to right, and then read right to left, so its
 * letters came out swapped (`پالک` for `پلاک`). Its text is given reversed, as the reader
 * will read it. To be called before the document ends, when the fonts are embedded.
 */
export function keepLigaturesReadable(doc: Doc): void {
  for (const font of embeddedFonts(doc)) {
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
