import { z } from 'zod';
import { RapportError } from '../shared/errors';

/**
 * Where a device stands in the server's stream, opaque to the client:
 * - `s`: the last change sequence number of the regular stream it has;
 * - `g`: the last scope generation it has fully received (accounts added or purged);
 * - `b`: within the next generation's history, the last sequence number sent;
 * - `k`, `d`: the newest change to what scope depends on, and the day, when the scope
 *   was last brought up to date: while neither moves, it cannot have changed.
 * The client saves it with the applied page, so a page lost in a crash is sent again.
 */
const Position = z.object({
  s: z.number().int().nonnegative(),
  g: z.number().int().nonnegative(),
  b: z.number().int().nonnegative(),
  k: z.number().int().nonnegative(),
  d: z.string().max(10),
});
export type Position = z.infer<typeof Position>;

export const START: Position = { s: 0, g: 0, b: 0, k: 0, d: '' };

export function encodeCursor(position: Position): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string): Position {
  try {
    return Position.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw RapportError.validation(
      'cursor',
      'cursor is not one this server gave out: pull again from the start (cursor null)',
    );
  }
}
