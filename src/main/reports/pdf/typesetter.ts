import type PDFDocument from 'pdfkit';
import { facesOf, type Face, type Weight } from './fonts';
import { piecesOf, type Piece } from './runs';

type Doc = InstanceType<typeof PDFDocument>;

interface SetLine {
  pieces: Piece[];
  widths: number[];
  width: number;
}

export interface TextStyle {
  size: number;
  weight?: Weight;
  color?: string;
}

/** Lines set once are kept for reuse (a report repeats its owners, countries, labels). */
const KEPT = 20_000;

const NO_BREAK = { lineBreak: false };
const ELLIPSIS = '…';

/**
 * Sets single lines of text in a pdfkit document: in visual order, each piece in a face
 * that has its glyphs, measured, cut with an ellipsis to fit a width, and aligned to the
 * start of the paragraph's direction (the right, in Persian) or to the end.
 */
export class Typesetter {
  private readonly kept = new Map<string, SetLine>();

  constructor(
    private readonly doc: Doc,
    readonly rtl: boolean,
  ) {
    for (const weight of ['regular', 'bold'] as const) {
      // pdfkit takes a face already parsed (a fontkit font) as well as its file.
      for (const face of facesOf(weight)) {
        doc.registerFont(face.name, face.font as unknown as ArrayBuffer);
      }
    }
  }

  /** The width `text` takes in `style`. */
  width(text: string, style: TextStyle): number {
    return this.set(text, style).width;
  }

  /**
   * Draws `text` on one line in the box from `x`, `width` wide, with its top at `y`: cut
   * to fit, at the paragraph's start, or at its end when `end` (numbers line up so).
   */
  draw(text: string, x: number, y: number, width: number, style: TextStyle, end = false): void {
    const line = this.fit(text, width, style);
    const atRight = this.rtl !== end;
    let left = atRight ? x + width - line.width : x;
    this.doc.fontSize(style.size).fillColor(style.color ?? '#111111');
    line.pieces.forEach((piece, i) => {
      if (!piece.space) this.doc.font(piece.face.name).text(piece.text, left, y, NO_BREAK);
      left += line.widths[i]!;
    });
  }

  private fit(text: string, width: number, style: TextStyle): SetLine {
    const line = this.set(text, style);
    if (line.width <= width) return line;
    const chars = [...text];
    let low = 0;
    let high = chars.length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (this.set(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS, style).width <= width)
        low = mid;
      else high = mid - 1;
    }
    return this.set(chars.slice(0, low).join('').trimEnd() + ELLIPSIS, style);
  }

  private set(text: string, style: TextStyle): SetLine {
    const weight = style.weight ?? 'regular';
    const key = `${weight}${style.size}\u0000${text}`;
    let line = this.kept.get(key);
    if (!line) {
      const pieces = piecesOf(text, facesOf(weight));
      this.doc.fontSize(style.size);
      const widths = pieces.map((p) => this.doc.font(p.face.name).widthOfString(p.text));
      line = { pieces, widths, width: widths.reduce((a, b) => a + b, 0) };
      if (this.kept.size >= KEPT) this.kept.clear();
      this.kept.set(key, line);
    }
    return line;
  }
}

export type { Doc, Face };
