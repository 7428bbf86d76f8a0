import type { Statement } from 'better-sqlite3';
import { insertInChunks } from '../db/bulkLoad';
import type { Db } from '../db/open';
import { reasonText, type ImportKind } from '../../shared/imports';
import type { Words } from '../../shared/words';
import type { JobContext } from '../jobs/work';
import { RapportError } from '../../shared/errors';
import type { ColumnPlan } from './columns';
import { readRecord } from './rowValues';
import type { Source } from './source';

/**
 * Every row of the file, good or refused, in a temporary table of the import's own
 * connection (a temp file, never the book, and gone with the connection): a million
 * rows are matched and linked there set-wise in bounded memory, and a dry run writes
 * nothing to the book.
 */
export const STAGE = 'temp.import_stage';

export function createStage(db: Db): void {
  db.exec(`DROP TABLE IF EXISTS ${STAGE};
    CREATE TEMP TABLE import_stage (
      line INTEGER PRIMARY KEY,
      raw TEXT NOT NULL,
      fields TEXT,
      name_key TEXT,
      country TEXT,
      email TEXT,
      ext TEXT,
      parent_ref TEXT,
      account_name TEXT,
      target BLOB,
      parent_line INTEGER,
      parent BLOB,
      depth INTEGER,
      error TEXT
    );`);
}

/** The stage's indexes, for matching: made once the rows are in (a sort, not a row at a time). */
function indexStage(db: Db): void {
  db.exec(`CREATE INDEX temp.import_stage_ext ON import_stage (ext) WHERE ext IS NOT NULL;
    CREATE INDEX temp.import_stage_target ON import_stage (target) WHERE target IS NOT NULL;
    CREATE INDEX temp.import_stage_parent ON import_stage (parent_line) WHERE parent_line IS NOT NULL;
    CREATE INDEX temp.import_stage_name ON import_stage (name_key, country);
    CREATE INDEX temp.import_stage_depth ON import_stage (depth, line) WHERE error IS NULL;
    CREATE INDEX temp.import_stage_contact ON import_stage (parent, coalesce(email, name_key));`);
}

export function dropStage(db: Db): void {
  db.exec(`DROP TABLE IF EXISTS ${STAGE}`);
}

/** Rows staged per temp-table transaction, and between looks at Cancel. */
const BATCH = 5000;
/** Rows staged by one INSERT statement, and the parameters of each. */
const ROWS_A_STATEMENT = 200;
const PARAMS = 10;

/**
 * Reads the file's rows into the stage, each checked as a record of its kind or kept with
 * the reason it is refused. A CSV row must have the header's number of columns; an XLSX
 * row may leave its last cells empty. Returns the data rows read.
 */
export async function stageRows(
  db: Db,
  source: Source,
  kind: ImportKind,
  plan: ColumnPlan,
  w: Words,
  context: JobContext,
): Promise<number> {
  const statements = new Map<number, Statement>();
  const statement = (n: number) => {
    let statement = statements.get(n);
    if (!statement) {
      statement = db.prepare(
        `INSERT INTO ${STAGE} (line, raw, fields, name_key, country, email, ext, parent_ref,
           account_name, error)
         VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      );
      statements.set(n, statement);
    }
    return statement;
  };
  // Each row's parameters, in the order of the INSERT's columns, one row after another.
  const write = db.transaction((params: unknown[]) =>
    insertInChunks(statement, params, PARAMS, ROWS_A_STATEMENT),
  );
  const width = source.header.length;
  let batch: unknown[] = [];
  let count = 0;
  const flush = () => {
    write(batch);
    batch = [];
    context.progress(source.bytesRead(), source.bytes, 'reading');
    if (context.signal.aborted) throw new RapportError('conflict', 'The import was cancelled');
  };
  for await (const { line, cells } of source.rows) {
    count++;
    const raw = JSON.stringify(cells);
    const wrongWidth = source.strictWidth ? cells.length !== width : cells.length > width;
    const read = wrongWidth
      ? { reason: reasonText(w, 'columnCount', { found: cells.length, expected: width }) }
      : readRecord(kind, cells, plan, w);
    if ('reason' in read) {
      batch.push(line, raw, null, null, null, null, null, null, null, read.reason);
    } else {
      const { values, nameKey, externalId, parentRef, accountName } = read.record;
      batch.push(
        line,
        raw,
        JSON.stringify(values),
        nameKey,
        (values.country as string | undefined) ?? null,
        typeof values.email === 'string' ? values.email.toLowerCase() : null,
        externalId,
        parentRef,
        accountName,
        null,
      );
    }
    if (batch.length === BATCH * PARAMS) flush();
  }
  flush();
  indexStage(db);
  return count;
}
