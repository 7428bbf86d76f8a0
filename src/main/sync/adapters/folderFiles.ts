import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { tempName } from './segment';

/** Writing into a sync folder so that a reader on another device sees a whole file or none. */

export const errorCode = (error: unknown) =>
  (error as NodeJS.ErrnoException | undefined)?.code ?? '';

/** Fsyncs a folder so a rename survives a power cut; where a system cannot, the rename stands alone. */
async function syncFolder(folder: string): Promise<void> {
  const handle = await fs.open(folder, 'r').catch((error: unknown) => {
    // Windows cannot open a folder (EISDIR/EPERM) and some network shares refuse to
    // fsync one (EINVAL): there the rename is already as durable as the system makes it.
    if (['EISDIR', 'EPERM', 'EINVAL'].includes(errorCode(error))) return null;
    throw error;
  });
  if (!handle) return;
  try {
    await handle.sync().catch((error: unknown) => {
      if (errorCode(error) !== 'EINVAL') throw error;
    });
  } finally {
    await handle.close();
  }
}

/** A whole, flushed temp file beside `name` in `folder`: its path. */
async function flushedTemp(folder: string, name: string, text: string): Promise<string> {
  const temp = path.join(folder, tempName(name, randomBytes(4).toString('hex')));
  const handle = await fs.open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return temp;
}

/** Temp file, fsync, rename, fsync the folder: a reader sees the whole file or none. */
export async function writeAtomically(folder: string, name: string, text: string): Promise<void> {
  const temp = await flushedTemp(folder, name, text);
  await fs.rename(temp, path.join(folder, name));
  await syncFolder(folder);
}

/**
 * Writes `name` whole unless it is there already: the temp file is hard-linked to the
 * name, which fails when another device's file got there first, so of two devices
 * setting up one folder at the same instant exactly one writes it. On a file system
 * without hard links it is renamed into place (the later one then wins). False when
 * the file was there.
 */
export async function createOnce(folder: string, name: string, text: string): Promise<boolean> {
  const temp = await flushedTemp(folder, name, text);
  try {
    await fs.link(temp, path.join(folder, name));
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'].includes(errorCode(error))) {
      throw error;
    }
    await fs.rename(temp, path.join(folder, name));
  } finally {
    await fs.rm(temp, { force: true });
  }
  await syncFolder(folder);
  return true;
}
