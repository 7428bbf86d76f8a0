import fs from 'node:fs';
import path from 'node:path';
import { RapportError } from '../../shared/errors';

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Looks at where the database should be, without opening it, and refuses with a
 * message naming the path and the cause: a folder given as the file, a missing
 * folder, a file Rapport may not read (or, unless reading only, write), an empty
 * file. Returns whether there is a database to open: false only when nothing is at
 * the path and `create` asks for a new one.
 */
export function checkPlace(file: string, opts: { create?: boolean; readonly?: boolean }): boolean {
  const folder = path.dirname(path.resolve(file));
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (error) {
    if (errno(error) === 'ENOENT' || errno(error) === 'ENOTDIR') {
      if (!isFolder(folder)) {
        throw new RapportError(
          'not_found',
          `The folder ${folder} does not exist, so there is no database at ${file}. Check the path, or create the folder first.`,
        );
      }
      if (!opts.create) throw new RapportError('not_found', `No Rapport database at ${file}`);
      mustWrite(folder, `Rapport cannot create ${file}: the folder ${folder} is read-only.`);
      return false;
    }
    if (errno(error) === 'EACCES') {
      throw new RapportError(
        'forbidden',
        `Rapport is not allowed to open ${file}: a folder on the way to it cannot be read.`,
      );
    }
    throw error;
  }
  if (stat.isDirectory()) {
    throw new RapportError(
      'validation',
      `${file} is a folder, not a database file. Give the path of the database file itself (for example ${path.join(file, 'rapport.db')}).`,
    );
  }
  if (!stat.isFile()) throw new RapportError('validation', `${file} is not a regular file.`);
  if (!canAccess(file, fs.constants.R_OK)) {
    throw new RapportError('forbidden', `${file} cannot be read: permission denied.`);
  }
  // An empty file is not a place where no book is yet: most likely a book cut short
  // (a full disk, a broken copy), and taking it over as a new book would hide that the
  // book is gone.
  if (stat.size === 0) {
    throw new RapportError(
      'validation',
      `${file} is empty (0 bytes), so it holds no Rapport book: perhaps a copy or a save was cut short. Restore the book from a backup, or remove the empty file to start a new one.`,
    );
  }
  return true;
}

/** Opening to change the file also needs its folder: SQLite keeps `-wal`/`-shm` there. */
export function checkWritable(file: string): void {
  mustWrite(
    file,
    `${file} is read-only; Rapport needs to write to it. Make the file writable (or copy it to a folder you own) and open it again.`,
  );
  const folder = path.dirname(path.resolve(file));
  mustWrite(
    folder,
    `The folder ${folder} is read-only; Rapport needs to keep its working files beside ${file}. Make the folder writable (or move the file) and open it again.`,
  );
}

/** A SQLite file starts with these 16 bytes; anything else is refused unopened. */
export function checkSqliteHeader(file: string): void {
  const header = Buffer.alloc(SQLITE_HEADER.length);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, header, 0, header.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (!header.equals(SQLITE_HEADER)) {
    throw new RapportError('validation', `${file} is not a Rapport database (not a SQLite file)`);
  }
}

export const canWrite = (file: string): boolean => canAccess(file, fs.constants.W_OK);

function mustWrite(target: string, message: string): void {
  if (!canWrite(target)) throw new RapportError('forbidden', message);
}

function canAccess(target: string, mode: number): boolean {
  try {
    fs.accessSync(target, mode);
    return true;
  } catch {
    return false;
  }
}

function isFolder(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}

/** The files SQLite keeps beside a database in WAL mode. */
export interface SideFiles {
  wal: boolean;
  shm: boolean;
}

export function sideFilesOf(file: string): SideFiles {
  return { wal: fs.existsSync(`${file}-wal`), shm: fs.existsSync(`${file}-shm`) };
}

/**
 * After a read-only connection closes: SQLite leaves an empty `-wal` and a `-shm`
 * behind (only a read-write connection can checkpoint and remove them). Removes those
 * that were not there before. A `-wal` with content, or one that was there before,
 * is never touched: it may hold committed changes.
 */
export function removeSideFilesWeMade(file: string, before: SideFiles): void {
  const wal = `${file}-wal`;
  if (!before.wal) removeIfEmpty(wal);
  // A -shm is only an index of the -wal; without one of ours it is ours to remove.
  if (!before.shm && (before.wal || !fs.existsSync(wal))) fs.rmSync(`${file}-shm`, { force: true });
}

function removeIfEmpty(target: string): void {
  try {
    if (fs.statSync(target).size === 0) fs.rmSync(target, { force: true });
  } catch {
    // not there: nothing to remove
  }
}
