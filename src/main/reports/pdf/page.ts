import type { Typesetter, Doc } from './typesetter';

/** Sizes on a page, in points. */
export const MARGIN = 36;
const TITLE = 14;
const SMALL = 8;
const GREY = '#555555';
/** Where a page's body starts, below its header. */
export const BODY_TOP = MARGIN + 40;
/** The space the footer takes at the foot of a page. */
export const FOOT = MARGIN + 16;

export interface Frame {
  title: string;
  filters: string;
  made: string;
  /** "Page 3 of 12" for a page. */
  pageLabel: (page: number) => string;
}

/**
 * What every page carries: the report's title, what it was asked for and the day it was
 * made at the head, the page's number at the foot.
 */
export function drawFrame(doc: Doc, set: Typesetter, frame: Frame, page: number): void {
  const width = doc.page.width - 2 * MARGIN;
  // The title takes the line up to the day it was made, at the line's other end.
  const made = set.width(frame.made, { size: SMALL }) + 12;
  set.draw(frame.title, MARGIN, MARGIN, width - made, { size: TITLE, weight: 'bold' });
  set.draw(frame.made, MARGIN, MARGIN + 3, width, { size: SMALL, color: GREY }, true);
  set.draw(frame.filters, MARGIN, MARGIN + 21, width, { size: SMALL, color: GREY });
  doc
    .moveTo(MARGIN, MARGIN + 33)
    .lineTo(MARGIN + width, MARGIN + 33)
    .lineWidth(0.5)
    .strokeColor('#999999')
    .stroke();
  const foot = doc.page.height - MARGIN - SMALL;
  const label = frame.pageLabel(page);
  const labelWidth = set.width(label, { size: SMALL });
  set.draw(label, (doc.page.width - labelWidth) / 2, foot, labelWidth + 1, {
    size: SMALL,
    color: GREY,
  });
}
