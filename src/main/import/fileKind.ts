import fs from 'node:fs';

/** Bytes looked at to tell what a file holds and how its text is encoded. */
export const SAMPLE_BYTES = 64 * 1024;

export function sampleOf(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    return buffer.subarray(0, fs.readSync(fd, buffer, 0, SAMPLE_BYTES, 0));
  } finally {
    fs.closeSync(fd);
  }
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const UTF16_BOMS = [Buffer.from([0xff, 0xfe]), Buffer.from([0xfe, 0xff])];

/**
 * What a file is, by its content, never its name: an XLSX is a zip; text is anything
 * without the NUL and control bytes binary files are full of (UTF-16 text has NULs,
 * so it is recognised by its byte-order mark).
 */
export function kindOfContent(sample: Buffer): 'xlsx' | 'text' | 'other' {
  if (sample.subarray(0, 4).equals(ZIP)) return 'xlsx';
  if (UTF16_BOMS.some((bom) => sample.subarray(0, 2).equals(bom))) return 'text';
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return 'other';
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1a)) control++;
  }
  return control * 100 > sample.length ? 'other' : 'text';
}
