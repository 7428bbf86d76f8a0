import fs from 'node:fs';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { parse } from 'csv-parse';
import { RapportError } from '../../shared/errors';
import { reasonText } from '../../shared/imports';
import type { Words } from '../../shared/words';
import type { Source, SourceRow } from './source';

/**
 * The encoding of a text file: a byte-order mark says UTF-8 or UTF-16; otherwise valid
 * UTF-8 is UTF-8, and chardet tells Windows-1252 (Excel's "CSV" on Windows) from it.
 * ISO-8859-1 is read as Windows-1252, its superset.
 */
export function encodingOf(sample: Buffer): string {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf16le';
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf16be';
  const guess = (chardet.detect(sample) ?? 'UTF-8').toLowerCase();
  if (guess === 'utf-8' || guess === 'ascii') return 'utf8';
  if (guess === 'utf-16le' || guess === 'utf-16be') return guess.replace('-', '');
  return guess.startsWith('iso-8859-1') || guess === 'windows-1252' ? 'windows-1252' : guess;
}

const DELIMITERS = [',', ';', '\t'] as const;

/**
 * The delimiter the first lines use: the one found most often on the header line, and
 * as often on the lines after it (outside quotes). A comma when nothing tells.
 */
export function delimiterOf(text: string): string {
  const lines = text.split(/\r?\n/).slice(0, 5).filter(Boolean);
  const count = (line: string, d: string) => line.replace(/"[^"]*"/g, '').split(d).length - 1;
  let best: string = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const header = count(lines[0] ?? '', d);
    const steady = lines.slice(1).every((line) => count(line, d) >= header);
    const score = header * (steady ? 2 : 1);
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}

/**
 * A CSV file read as it streams (RFC 4180: quoted delimiters and line breaks are values),
 * in its own encoding and delimiter. A row is given with the line it starts on.
 */
export async function readCsv(file: string, sample: Buffer, w: Words): Promise<Source> {
  const encoding = encodingOf(sample);
  if (!iconv.encodingExists(encoding)) {
    throw RapportError.validation('path', reasonText(w, 'notCsvOrXlsx', { file }));
  }
  const delimiter = delimiterOf(iconv.decode(sample, encoding));
  const input = fs.createReadStream(file);
  // csv-parse reads UTF-8 bytes itself (a character split between chunks included): a
  // decoding stream before it would only copy them.
  const text = encoding === 'utf8' ? input : input.pipe(iconv.decodeStream(encoding));
  const records = text.pipe(
    parse({
      delimiter,
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }),
  );
  const iterator = rowsOf(records, w)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const header = first.done ? [] : first.value.cells;
  return {
    header,
    rows: { [Symbol.asyncIterator]: () => iterator },
    bytes: fs.statSync(file).size,
    bytesRead: () => input.bytesRead,
    strictWidth: true,
    close: () => input.destroy(),
  };
}

interface Parsed {
  record: string[];
  info: { lines: number };
}

async function* rowsOf(records: AsyncIterable<unknown>, w: Words): AsyncGenerator<SourceRow> {
  try {
    for await (const { record, info } of records as AsyncIterable<Parsed>) {
      // info.lines is where the record ends; a quoted line break inside it moves its start up.
      const breaks = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
      yield { line: info.lines - breaks, cells: record };
    }
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    throw RapportError.validation(
      'path',
      reasonText(w, 'csvBroken', { line, message: (error as Error).message }),
    );
  }
}
