import fs from 'node:fs';
import path from 'node:path';
import { RapportError } from '../../shared/errors';

/** A file being written for `target` by process `pid`: beside it, hidden, and named for both. */
const partOf = (target: string, pid: number) =>
  path.join(path.dirname(target), `.${path.basename(target)}.${pid}.rapport-part`);

const PART = /^\.(.+)\.(\d+)\.rapport-part$/;

/**
 * Writes a file whole or not at all (DESIGN §4): into a hidden file beside the target,
 * flushed to disk, then renamed over it. A failed or cancelled write removes its part
 * and leaves the target as it was; parts left by a process that died (killed mid-export)
 * are removed by the next export to that folder.
 */
export async function writeAtomically<T>(
  target: string,
  write: (part: string) => T | Promise<T>,
): Promise<T> {
  const file = path.resolve(target);
  const folder = path.dirname(file);
  requireFolder(folder);
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
    throw RapportError.validation('path', `${file} is a folder: name the file to write`);
  }
  removeDeadParts(folder);
  const part = partOf(file, process.pid);
  try {
    fs.closeSync(fs.openSync(part, 'w'));
  } catch (error) {
    throw RapportError.validation(
      'path',
      `Rapport may not write in the folder ${folder} (${codeOf(error)})`,
    );
  }
  try {
    const result = await write(part);
    const fd = fs.openSync(part, 'r+');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    renameOver(part, file);
    return result;
  } catch (error) {
    fs.rmSync(part, { force: true });
    throw error;
  }
}

function requireFolder(folder: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    throw RapportError.validation('path', `The folder ${folder} does not exist`);
  }
  if (!stat.isDirectory()) throw RapportError.validation('path', `${folder} is not a folder`);
}

/** The rename that makes the file appear: refused when the target is open elsewhere (Windows). */
function renameOver(part: string, file: string): void {
  try {
    fs.renameSync(part, file);
  } catch (error) {
    const code = codeOf(error);
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') {
      throw RapportError.validation(
        'path',
        `${file} is open or locked in another program: close it, then export again`,
      );
    }
    throw error;
  }
}

/** Parts of exports whose process is gone: a killed export leaves one behind. */
function removeDeadParts(folder: string): void {
  for (const name of fs.readdirSync(folder)) {
    const pid = Number(PART.exec(name)?.[2]);
    if (pid && !alive(pid)) fs.rmSync(path.join(folder, name), { force: true });
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'unknown';
