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
  /** The fill colour the page is set to (each page starts anew). */
  private color: string | null = null;

  constructor(
    private readonly doc: Doc,
    readonly rtl: boolean,
  ) {
    doc.on('pageAdded', () => (this.color = null));
    for (const weight of ['regular', 'bold'] as const) {
      // pdfkit takes a face already parsed (a fontkit font) as well as its file.
      for (const face of facesOf(weight)) {
        doc.registerFont(face.name, face.font as unknown as ArrayBuffer);
      }
    }
  }

  /** A box filled with `color` (a table's header band). */
  box(x: number, y: number, width: number, height: number, color: string): void {
    this.paint(color);
    this.doc.rect(x, y, width, height).fill();
  }

  /** Sets the fill colour, when it is not already (each change is written to the page). */
  private paint(color: string): void {
    if (this.color === color) return;
    this.doc.fillColor(color);
    this.color = color;
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
    this.doc.fontSize(style.size);
    this.paint(style.color ?? '#111111');
    line.pieces.forEach((piece, i) => {
      if (!piece.space) this.doc.font(piece.face.name).text(piece.text, left, y, NO_BREAK);
      left += line.widths[i]!;
    });
  }

  private fit(text: string, width: number, style: TextStyle): SetLine {
    const line = this.set(text, style);
    if (line.width <= width) return line;
    // From the share of the text that fits, as if its characters were alike, back one
    // character at a time until it fits (a step or two; measuring a line is the cost).
    const chars = [...text];
    const cut = (keep: number) =>
      this.set(chars.slice(0, keep).join('').trimEnd() + ELLIPSIS, style);
    let keep = Math.min(chars.length - 1, Math.floor((chars.length * width) / line.width));
    let shown = cut(keep);
    while (keep > 0 && shown.width > width) shown = cut(--keep);
    return shown;
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
