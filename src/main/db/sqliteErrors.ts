import Database from 'better-sqlite3';
import { RapportError, type FieldIssue } from '../../shared/errors';

export type SqliteError = InstanceType<typeof Database.SqliteError>;

export function isSqliteError(error: unknown): error is SqliteError {
  return error instanceof Database.SqliteError;
}

/** `SQLITE_CONSTRAINT_NOTNULL` → `SQLITE_CONSTRAINT`: the family decides the message. */
export const primaryCode = (code: string): string => code.split('_').slice(0, 2).join('_');

/** What the user reads when `file` is damaged; also used when opening refuses it. */
export function damagedFile(file: string): RapportError {
  return new RapportError(
    'internal',
    `${file} is damaged (its contents fail SQLite's integrity check); Rapport will not write to it. Restore a backup copy of the file, or ask for help recovering it.`,
  );
}

/**
 * A SQLite failure as a message a person can act on, naming the file and the real
 * cause. SQLite's own text is never shown: it names tables and columns, not fields.
 */
export function fromSqliteError(
  error: SqliteError,
  file: string,
  opts: { readonly?: boolean } = {},
): RapportError {
  switch (primaryCode(error.code)) {
    case 'SQLITE_CONSTRAINT':
      return fromConstraint(error);
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return new RapportError(
        'conflict',
        `Another program is using ${file} right now; try again in a moment. Nothing was changed.`,
      );
    case 'SQLITE_READONLY':
      if (error.code === 'SQLITE_READONLY_DIRECTORY' || error.code === 'SQLITE_READONLY_CANTINIT') {
        return new RapportError(
          'forbidden',
          `${file} cannot be opened here: its folder is read-only, and SQLite keeps working files (-wal, -shm) beside the database. Copy the file to a folder you can write to.`,
        );
      }
      if (error.code === 'SQLITE_READONLY_DBMOVED') {
        return new RapportError(
          'internal',
          `${file} was moved or deleted while Rapport had it open; nothing was changed. Put it back and open it again.`,
        );
      }
      return opts.readonly
        ? new RapportError('forbidden', `${file} was opened only for reading; nothing was changed.`)
        : new RapportError(
            'forbidden',
            `${file} cannot be written to (the file, its folder or its disk is read-only); nothing was changed.`,
          );
    case 'SQLITE_FULL':
      return new RapportError(
        'internal',
        `The disk holding ${file} is full; free some space and try again. The last change was not saved.`,
      );
    case 'SQLITE_CORRUPT':
    case 'SQLITE_NOTADB':
      return damagedFile(file);
    case 'SQLITE_IOERR':
      return new RapportError(
        'internal',
        `The disk or file system failed while Rapport was using ${file}; the last change was not saved. Check the disk (and that the file is still there) and try again.`,
      );
    case 'SQLITE_CANTOPEN':
      return new RapportError(
        'internal',
        `Rapport cannot open ${file} or create its working files beside it; check that the folder exists and can be written to.`,
      );
    case 'SQLITE_PERM':
    case 'SQLITE_AUTH':
      return new RapportError('forbidden', `Rapport is not allowed to use ${file}.`);
    case 'SQLITE_NOMEM':
      return new RapportError(
        'internal',
        'Rapport ran out of memory; close other programs and try again.',
      );
    case 'SQLITE_TOOBIG':
      return new RapportError('validation', 'A value is too large to store; shorten it.');
    case 'SQLITE_MISMATCH':
      return new RapportError('validation', 'A value has the wrong type for its field.');
    case 'SQLITE_INTERRUPT':
      return new RapportError('conflict', 'The operation was interrupted; try again.');
    default:
      // SQLITE_ERROR, SQLITE_SCHEMA, SQLITE_MISUSE…: a fault in Rapport, not the user's.
      return new RapportError(
        'internal',
        `Something went wrong inside Rapport while using ${file} (${error.code}); the details are in the log.`,
      );
  }
}

function fromConstraint(error: SqliteError): RapportError {
  const detail = error.message.replace(/^[A-Z ]*constraint failed:\s*/i, '');
  switch (error.code) {
    case 'SQLITE_CONSTRAINT_NOTNULL':
      return withFields(
        columnsIn(detail),
        (f) => `${f} is required`,
        'A required value is missing',
      );
    case 'SQLITE_CONSTRAINT_PRIMARYKEY':
      return new RapportError('conflict', 'A record with this id already exists.');
    case 'SQLITE_CONSTRAINT_UNIQUE': {
      const fields = columnsIn(detail);
      const what = fields.length ? `this ${fields.join(' and ')}` : 'these values';
      return new RapportError(
        'conflict',
        `Another record already has ${what}.`,
        fields.map((field) => ({ field, message: `Already used by another record` })),
      );
    }
    case 'SQLITE_CONSTRAINT_CHECK':
      return withFields(
        checkedColumn(detail),
        (f) => `${f} has a value that is not allowed`,
        'A value is not allowed',
      );
    case 'SQLITE_CONSTRAINT_FOREIGNKEY':
      return new RapportError(
        'validation',
        'The change refers to a record that does not exist, or removes one that other records still refer to.',
      );
    case 'SQLITE_CONSTRAINT_DATATYPE':
      return fromDatatype(detail);
    case 'SQLITE_CONSTRAINT_TRIGGER':
      // RAISE(ABORT, '…') in Rapport's own triggers: text written for people.
      return new RapportError('validation', error.message);
    default:
      return new RapportError(
        'validation',
        'The change breaks one of the rules for this data; nothing was saved.',
      );
  }
}

function withFields(
  fields: string[],
  sentence: (field: string) => string,
  fallback: string,
): RapportError {
  if (fields.length === 0) return new RapportError('validation', `${fallback}.`);
  const issues: FieldIssue[] = fields.map((field) => ({ field, message: sentence(field) }));
  return new RapportError('validation', `${issues.map((i) => i.message).join('; ')}.`, issues);
}

/** The API's name for a column: `accounts.cost_to_serve` → `costToServe`. */
export const fieldName = (column: string): string =>
  (column.split('.').pop() ?? column).replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

/** `accounts.name, accounts.city` → `['name', 'city']`; `index 'x'` names no column. */
function columnsIn(detail: string): string[] {
  return detail
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^[\w$]+\.[\w$]+$/.test(part))
    .map(fieldName);
}

const SQL_WORDS = new Set(
  'and or not in is null between like glob regexp match escape case when then else end true false collate nocase'.split(
    ' ',
  ),
);

/**
 * The column a CHECK is about: the first identifier in its expression that is not a
 * keyword or a function (`cost_to_serve >= 0` → costToServe); a named constraint
 * (`CONSTRAINT score_range CHECK …`) is reported by its name.
 */
function checkedColumn(detail: string): string[] {
  const expression = detail.replace(/'(?:[^']|'')*'/g, ' ');
  for (const match of expression.matchAll(/"([^"]+)"|`([^`]+)`|\b([A-Za-z_][\w$]*)\b(\s*\()?/g)) {
    const name = match[1] ?? match[2] ?? match[3];
    if (!name || match[4] || SQL_WORDS.has(name.toLowerCase())) continue;
    return [fieldName(name)];
  }
  return [];
}

/** `cannot store TEXT value in INTEGER column t.score` (a STRICT table). */
function fromDatatype(detail: string): RapportError {
  const match = /in (\w+) column ([\w$.]+)/i.exec(detail);
  const type = match?.[1]?.toUpperCase() ?? '';
  const kind = ['INT', 'INTEGER'].includes(type)
    ? 'a whole number'
    : type === 'REAL'
      ? 'a number'
      : type === 'TEXT'
        ? 'text'
        : 'a value of another kind';
  return withFields(
    match?.[2] ? [fieldName(match[2])] : [],
    (f) => `${f} must be ${kind}`,
    'A value has the wrong type',
  );
}
