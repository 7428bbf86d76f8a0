import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { RapportError } from '../../../shared/errors';
import { MAX_UPLOAD_BYTES, type ImportUpload } from '../../../shared/importWindow';
import { reasonText } from '../../../shared/imports';
import type { Words } from '../../../shared/words';

/** Files held at once; the oldest goes when another arrives. */
const KEPT_UPLOADS = 8;

interface Held {
  path: string;
  name: string;
}

/**
 * The files windows handed over for import, by upload id, so that a page never names a
 * path: the web host's uploads are kept in a private folder of its own (as its exports
 * are); a file chosen in the desktop shell's dialog is read where it is. The folder also
 * holds the imports' errors files, and goes when the host closes.
 */
export class Uploads {
  readonly folder = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-imports-'));
  private readonly held = new Map<string, Held>();

  /** Takes a file's bytes as they arrive, up to MAX_UPLOAD_BYTES; nothing is kept of a refused one. */
  async receive(name: string, bytes: Readable, w: Words): Promise<ImportUpload> {
    const upload = crypto.randomUUID();
    // In a folder of its own, so the import records the name the person knows.
    const dir = path.join(this.folder, upload);
    fs.mkdirSync(dir);
    const file = path.join(dir, name);
    let size = 0;
    const limit = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        if (size > MAX_UPLOAD_BYTES) done(tooLarge(name, w));
        else done(null, chunk);
      },
    });
    try {
      await pipeline(bytes, limit, fs.createWriteStream(file, { flags: 'wx' }));
    } catch (error) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw error;
    }
    this.held.set(upload, { path: file, name });
    this.forgetOld();
    return { upload, name, bytes: size };
  }

  /** A file the person chose in the shell's open dialog, read where it is. */
  refer(file: string): ImportUpload {
    const upload = crypto.randomUUID();
    const name = path.basename(file);
    this.held.set(upload, { path: file, name });
    return { upload, name, bytes: fs.statSync(file).size };
  }

  /** The file of an upload id; refused, naming the field, when this host holds none. */
  fileOf(upload: string, w: Words): Held {
    const held = this.held.get(upload);
    if (!held || !fs.existsSync(held.path))
      throw new RapportError('not_found', reasonText(w, 'uploadMissing'), [
        { field: 'upload', message: reasonText(w, 'uploadMissing') },
      ]);
    return held;
  }

  /** A new file in the folder for an import's refused rows. */
  errorsPath(): string {
    return path.join(this.folder, `${crypto.randomUUID()}.csv`);
  }

  /** Whether a file is one this host wrote into its folder: only such a file is ever sent. */
  owns(file: string): boolean {
    return path.dirname(file) === this.folder && fs.existsSync(file);
  }

  /** Only the latest uploads are kept: a host that runs for days does not fill the disk. */
  private forgetOld(): void {
    for (const [upload, held] of [...this.held].slice(0, -KEPT_UPLOADS)) {
      this.held.delete(upload);
      if (path.dirname(path.dirname(held.path)) === this.folder)
        fs.rmSync(path.dirname(held.path), { recursive: true, force: true });
    }
  }

  close(): void {
    fs.rmSync(this.folder, { recursive: true, force: true });
    this.held.clear();
  }
}

export function tooLarge(name: string, w: Words): RapportError {
  return RapportError.validation(
    'file',
    reasonText(w, 'tooLarge', { file: name, limit: `${MAX_UPLOAD_BYTES / (1024 * 1024)} MB` }),
  );
}
