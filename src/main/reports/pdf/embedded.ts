import type { Doc } from './typesetter';

/** What this code reaches of pdfkit's embedded fonts (not part of its typed API). */
export interface EmbeddedFont {
  /** The text each glyph stands for, by glyph id: the PDF's ToUnicode map. */
  unicode?: (number[] | undefined)[];
  /** Each word laid out so far, kept for reuse; pdfkit never lets go of them. */
  layoutCache?: Record<string, unknown>;
}

/** The fonts a document has used, each once (pdfkit files a font under two names). */
export const embeddedFonts = (doc: Doc): Set<EmbeddedFont> =>
  new Set(
    Object.values(
      (doc as unknown as { _fontFamilies: Record<string, EmbeddedFont> })._fontFamilies,
    ),
  );

/**
 * Lets go of the words pdfkit has laid out: a report of 100,000 accounts has as many
 * names, and kept they took more memory than the rest of the export.
 */
export function forgetLayouts(doc: Doc): void {
  for (const font of embeddedFonts(doc)) {
    if (font.layoutCache) font.layoutCache = Object.create(null) as Record<string, unknown>;
  }
}
