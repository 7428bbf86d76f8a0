import fs from 'node:fs';
import { finished as streamDone } from 'node:stream/promises';
import PDFDocument from 'pdfkit';
import type { WordLanguage, Words } from '../../../shared/words';
import type { Progress } from '../progress';
import type { Cell, CellKind, ReportDocument, ReportTable } from '../table';
import { cellWriter, filled } from './cells';
import { forgetLayouts } from './embedded';
import { keepLigaturesReadable } from './extraction';
import { BODY_TOP, FOOT, MARGIN, drawFrame, type Frame } from './page';
import { Typesetter, type Doc } from './typesetter';

/** A4's sides in points, as pdfkit takes them. */
const A4 = [595.28, 841.89] as const;
const SIZE = 8;
const ROW = 13;
const HEAD = 16;
const PART_TITLE = 22;
/** Rows between progress reports, when the file's stream may catch up. */
const BATCH = 500;
/** Bytes of the PDF that may wait for the file (pdfkit's own buffer), and the file's. */
const WAITING = 1 << 20;
/** Pages between letting go of the words laid out (src/main/reports/pdf/embedded.ts). */
const FORGET_EVERY = 20;
/** Rows read ahead to size a table's columns. */
const SAMPLE = 200;
/** Widths in points: a header is given up to this much room, a column at least this. */
const HEADER_ROOM = 70;
const MIN_COLUMN = 24;
const PADDING = 8;
/** The space kept clear at each side of a cell. */
const GUTTER = 3;

interface Placed {
  index: number;
  x: number;
  width: number;
  kind: CellKind;
}

/**
 * The report as a PDF (pdfkit), A4, fonts embedded: every page has the title, what was
 * asked for, the day and its number; tables break across pages with their header
 * repeated; text is set by src/main/reports/pdf/typesetter.ts (Persian shaped and right
 * to left, any script in a face that has it). A report of one table is written as it is
 * read, its pages counted ahead; a report in parts (an account plan) is small, and its
 * pages are numbered when it is done. Returns the rows written.
 */
export async function writePdf(
  file: string,
  report: ReportDocument,
  filters: readonly string[],
  w: Words,
  language: WordLanguage,
  progress: Progress,
): Promise<number> {
  // A table of many columns is printed across the page; a document (parts) reads upright.
  const wide = report.parts.length === 1 && printed(report.parts[0]!).length > 6;
  const streamed = report.parts.length === 1 && (report.parts[0]!.layout ?? 'table') === 'table';
  const doc: Doc = new PDFDocument({
    size: 'A4',
    layout: wide ? 'landscape' : 'portrait',
    margin: 0,
    autoFirstPage: false,
    bufferPages: !streamed,
    lang: language,
    displayTitle: true,
    info: { Title: report.title, Creator: 'Rapport' },
  });
  const stream = fs.createWriteStream(file, { highWaterMark: WAITING });
  doc.pipe(stream);
  const set = new Typesetter(doc, language === 'fa');
  const text = cellWriter(language, w);
  const frame: Frame = {
    title: report.title,
    filters: filters.join(' · '),
    made: filled(w.report.pdf.made, { day: text(new Date().toISOString().slice(0, 10), 'date') }),
    pageLabel: () => '',
  };
  const writer = new PageWriter(doc, set, frame, w.report.plan.none);
  if (streamed) {
    const height = wide ? A4[0] : A4[1];
    const pages = Math.max(1, Math.ceil(report.parts[0]!.count / PageWriter.rowsPerPage(height)));
    frame.pageLabel = (page) =>
      filled(w.report.pdf.page, { page: text(page, 'number'), pages: text(pages, 'number') });
    writer.framesAsItGoes = true;
  }
  let rows = 0;
  const counted = async () => {
    rows += 1;
    if (rows % BATCH === 0) {
      progress(rows);
      // pdfkit makes pages faster than the file takes them, and holds what waits: let
      // the file take it in before going on.
      do {
        await new Promise((resolve) => setImmediate(resolve));
        if (stream.writableNeedDrain)
          await new Promise<void>((resolve) => stream.once('drain', () => resolve()));
      } while (doc.readableLength > WAITING && !stream.destroyed);
    }
  };
  try {
    writer.newPage();
    for (const part of report.parts) {
      if (report.parts.length > 1) writer.partTitle(part.title);
      await writer.part(part, text, counted);
    }
    progress(rows);
    if (!streamed) {
      const { count } = doc.bufferedPageRange();
      frame.pageLabel = (page) =>
        filled(w.report.pdf.page, { page: text(page, 'number'), pages: text(count, 'number') });
      for (let page = 0; page < count; page++) {
        doc.switchToPage(page);
        drawFrame(doc, set, frame, page + 1);
      }
    }
    keepLigaturesReadable(doc);
    doc.end();
    await streamDone(stream);
    return rows;
  } catch (error) {
    stream.destroy();
    await streamDone(stream).catch(() => undefined);
    throw error;
  }
}

/** A fact's value as what it is: a number, a day, or text. */
const factKind = (cell: Cell): CellKind => {
  if (typeof cell === 'number') return 'number';
  return typeof cell === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? 'date' : 'text';
};

/** How far a tree's row is set in: by its level, its first cell. */
const indentOf = (row: readonly Cell[]) => Math.min(6, Math.max(0, Number(row[0] ?? 1) - 1)) * 10;

/**
 * Widths for columns that need `needs` in `room`: those under a fair share keep their
 * need, the others share what is left by how much they need; spare room spreads to all.
 */
function shared(needs: readonly number[], room: number): number[] {
  const wanted = needs.reduce((sum, n) => sum + n, 0);
  if (wanted <= room) return needs.map((n) => (n / wanted) * room);
  const fair = room / needs.length;
  const narrow = needs.filter((n) => n <= fair).reduce((sum, n) => sum + n, 0);
  return needs.map((n) => (n <= fair ? n : (n / (wanted - narrow)) * (room - narrow)));
}

const printed = (part: ReportTable) =>
  part.columns.flatMap((c, index) => (c.printed === false ? [] : [{ ...c, index }]));

/** Lays parts out down the pages, opening a page when one is full. */
class PageWriter {
  framesAsItGoes = false;
  private y = BODY_TOP;
  private page = 0;

  constructor(
    private readonly doc: Doc,
    private readonly set: Typesetter,
    private readonly frame: Frame,
    /** What an empty part says. */
    private readonly none: string,
  ) {}

  private get left() {
    return MARGIN;
  }
  private get width() {
    return this.doc.page.width - 2 * MARGIN;
  }
  private get bottom() {
    return this.doc.page.height - FOOT;
  }

  /** The rows of one table a page holds, `height` tall. */
  static rowsPerPage(height: number): number {
    return Math.floor((height - FOOT - BODY_TOP - HEAD) / ROW);
  }

  newPage(): void {
    if (this.page % FORGET_EVERY === 0) forgetLayouts(this.doc);
    this.doc.addPage();
    this.page += 1;
    if (this.framesAsItGoes) drawFrame(this.doc, this.set, this.frame, this.page);
    this.y = BODY_TOP;
  }

  /** Room for `height` more on this page, or a new page. */
  private room(height: number): boolean {
    if (this.y + height <= this.bottom) return false;
    this.newPage();
    return true;
  }

  partTitle(title: string): void {
    this.room(PART_TITLE + HEAD + 2 * ROW);
    if (this.y > BODY_TOP) this.y += 8;
    this.set.draw(title, this.left, this.y, this.width, { size: 11, weight: 'bold' });
    this.y += PART_TITLE - 8;
  }

  async part(
    part: ReportTable,
    text: (cell: Cell, kind: CellKind) => string,
    counted: () => Promise<void>,
  ): Promise<void> {
    const layout = part.layout ?? 'table';
    const columns = printed(part).slice(layout === 'tree' ? 1 : 0);
    const placed = layout === 'facts' ? this.factColumns() : this.tableColumns(part, columns, text);
    if (layout !== 'facts') this.header(part, placed);
    let any = false;
    for (const row of part.rows()) {
      any = true;
      if (this.room(ROW) && layout !== 'facts') this.header(part, placed);
      const indent = layout === 'tree' ? indentOf(row) : 0;
      placed.forEach((p, i) => {
        const cell = row[p.index] ?? null;
        // A fact's value is what it is: a number, or text.
        const kind = layout === 'facts' ? factKind(cell) : p.kind;
        const value = text(cell, kind);
        const shift = i === 0 ? indent : 0;
        const x = this.set.rtl ? p.x : p.x + shift;
        const style =
          layout === 'facts' && i === 0 ? { size: SIZE, color: '#555555' } : { size: SIZE };
        const end = kind === 'number' && layout !== 'facts';
        this.set.draw(value, x, this.y + 2.5, p.width - 2 * GUTTER - shift, style, end);
      });
      this.y += ROW;
      await counted();
    }
    if (!any) {
      this.set.draw(this.none, this.left, this.y + 2.5, this.width, {
        size: SIZE,
        color: '#555555',
      });
      this.y += ROW;
    }
  }

  /**
   * A table's printed columns, placed across the page (from the right in Persian), each as
   * wide as most of its first rows need: columns that fit keep their width, the others
   * share what is left by how much they need; a page left wider spreads them out.
   */
  private tableColumns(
    part: ReportTable,
    columns: ReturnType<typeof printed>,
    text: (cell: Cell, kind: CellKind) => string,
  ): Placed[] {
    const needs = this.widthsNeeded(part, columns, text);
    // The first column names the row (an account, a contact): it keeps what it needs, up
    // to two fifths of the page; the others share the rest as they fit.
    const first = Math.min(needs[0]!, this.width * 0.4);
    const widths = [first, ...shared(needs.slice(1), this.width - first)];
    let at = 0;
    return columns.map((c, i) => {
      const width = widths[i]!;
      const x = this.set.rtl ? this.left + this.width - at - width : this.left + at;
      at += width;
      return { index: c.index, x: x + GUTTER, width, kind: c.kind };
    });
  }

  /** What each column needs: its header (up to a point) or most of its cells in the first rows. */
  private widthsNeeded(
    part: ReportTable,
    columns: ReturnType<typeof printed>,
    text: (cell: Cell, kind: CellKind) => string,
  ): number[] {
    const seen: number[][] = columns.map(() => []);
    let sampled = 0;
    for (const row of part.rows()) {
      const indent = part.layout === 'tree' ? indentOf(row) : 0;
      columns.forEach((c, i) => {
        const width = this.set.width(text(row[c.index] ?? null, c.kind), { size: SIZE });
        seen[i]!.push(width + (i === 0 ? indent : 0));
      });
      if (++sampled === SAMPLE) break;
    }
    return columns.map((c, i) => {
      const widths = seen[i]!.sort((a, b) => a - b);
      const most = widths[Math.floor(widths.length * 0.9)] ?? 0;
      const header = Math.min(
        HEADER_ROOM,
        this.set.width(c.header, { size: SIZE, weight: 'bold' }),
      );
      return Math.max(most, header, MIN_COLUMN) + PADDING;
    });
  }

  /** Label and value, a third and the rest of the width. */
  private factColumns(): Placed[] {
    const label = this.width / 3;
    return this.set.rtl
      ? [
          { index: 0, x: this.left + this.width - label, width: label, kind: 'text' },
          { index: 1, x: this.left, width: this.width - label, kind: 'text' },
        ]
      : [
          { index: 0, x: this.left, width: label, kind: 'text' },
          { index: 1, x: this.left + label, width: this.width - label, kind: 'text' },
        ];
  }

  private header(part: ReportTable, placed: readonly Placed[]): void {
    this.room(HEAD + ROW);
    this.set.box(this.left, this.y, this.width, HEAD, '#e8e8e8');
    for (const p of placed) {
      const column = part.columns[p.index]!;
      this.set.draw(
        column.header,
        p.x,
        this.y + 4,
        p.width - 2 * GUTTER,
        { size: SIZE, weight: 'bold' },
        column.kind === 'number',
      );
    }
    this.y += HEAD;
  }
}
