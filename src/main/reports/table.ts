import type { Statement } from 'better-sqlite3';
import { enumLabel, type Words } from '../../shared/words';
import { dayText, idText } from '../db/codec';

/** A report as the writers take it: a title, typed columns, and rows read as they are written. */
export type CellKind = 'text' | 'number' | 'date' | 'boolean';

export interface ReportColumn {
  header: string;
  kind: CellKind;
  /** Left out of a PDF page, where space is short (spreadsheets get every column). */
  printed?: false;
}

/** A cell: text, a number, a day (`YYYY-MM-DD`, kind `date`), yes/no, or empty. */
export type Cell = string | number | boolean | null;

export interface ReportTable {
  title: string;
  columns: readonly ReportColumn[];
  /** How many rows `rows` gives: the progress bar's total. */
  count: number;
  /** The rows, read from the book while they are written (never all held at once). */
  rows(): IterableIterator<Cell[]>;
  /** How a PDF lays the part out: a table (the default), label–value pairs, or a tree indented by its first column. */
  layout?: 'table' | 'facts' | 'tree';
}

/** A report in several parts: a spreadsheet gets a sheet a part, a PDF a section a part. */
export interface ReportDocument {
  title: string;
  parts: readonly ReportTable[];
}

export type Report = ReportTable | ReportDocument;

/** Any report as parts: a table is a document of one part. */
export const documentOf = (report: Report): ReportDocument =>
  'parts' in report ? report : { title: report.title, parts: [report] };

/**
 * A column of a report with where its cell comes from: a column of the report's query
 * (`from`), as it is stored or turned into the cell by `as`.
 */
export interface Column extends ReportColumn {
  from: string;
  as?: (value: unknown) => Cell;
}

/**
 * The query's rows as the report's cells, one at a time. The rows are read as arrays
 * (better-sqlite3's raw mode), each cell from its place, found once by name.
 */
export function* cellsOf(
  query: Statement,
  params: Record<string, unknown>,
  columns: readonly Column[],
): IterableIterator<Cell[]> {
  const places = new Map(query.columns().map((c, i) => [c.name, i]));
  const at = columns.map((c) => {
    const place = places.get(c.from);
    if (place === undefined) throw new Error(`The report's query has no column ${c.from}`);
    return place;
  });
  const rows = query.raw(true).iterate(params) as IterableIterator<unknown[]>;
  for (const row of rows) {
    yield columns.map((c, i) => (c.as ? c.as(row[at[i]!]) : ((row[at[i]!] ?? null) as Cell)));
  }
}

/** A column left out of a PDF page, where room is short: the spreadsheets get it. */
export const notPrinted = <C extends ReportColumn>(column: C): C => ({ ...column, printed: false });

/**
 * Column makers for a report in the language of `w`: text or a number as stored, an
 * enum's label, a day, yes/no, an id.
 */
export const columnsIn = (w: Words) => ({
  text: (header: string, from: string): Column => ({ header, kind: 'text', from }),
  number: (header: string, from: string): Column => ({ header, kind: 'number', from }),
  /** An enum value as its label in the report's language. */
  label: (header: string, name: keyof Words['enum'], from: string): Column => ({
    header,
    kind: 'text',
    from,
    as: (value) => enumLabel(w, name, (value ?? null) as string | null),
  }),
  /** A stored day number as `YYYY-MM-DD`. */
  day: (header: string, from: string): Column => ({
    header,
    kind: 'date',
    from,
    as: (value) => (value === null ? null : dayText(value as number)),
  }),
  yesNo: (header: string, from: string): Column => ({
    header,
    kind: 'boolean',
    from,
    as: (value) => value === 1,
  }),
  /** A stored id as the app shows it. */
  id: (header: string, from: string): Column => ({
    header,
    kind: 'text',
    from,
    as: (value) => idText(value as Buffer),
  }),
});
