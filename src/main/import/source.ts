/** One data row of a file as read: its line in the file (the header is line 1) and its cells. */
export interface SourceRow {
  line: number;
  cells: string[];
}

/**
 * A file being read: its column names, and its data rows as they are read (never all
 * held at once). `bytesRead` says how far the reading is, against `bytes`.
 */
export interface Source {
  header: string[];
  rows: AsyncIterable<SourceRow>;
  bytes: number;
  bytesRead(): number;
  /** A CSV row must have the header's number of cells; an XLSX row may leave its last ones out. */
  strictWidth: boolean;
  /** Stops reading (the file is let go). */
  close(): void;
}
