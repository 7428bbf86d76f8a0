import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, tooDeep } from '../../src/shared/jsonDepth';

/** `levels` arrays or objects, one inside the other, around `inner`. */
function nested(levels: number, wrap: (inner: unknown) => unknown, inner: unknown = 1): unknown {
  let value = inner;
  for (let i = 0; i < levels; i++) value = wrap(value);
  return value;
}

const message = `is nested more than ${MAX_JSON_DEPTH} levels deep (the most Rapport reads)`;

describe('tooDeep', () => {
  it('lets a body exactly as deep as the limit through, and names the field one level deeper', () => {
    // The body is the first level; `notes` holds the other 63, then 64.
    expect(tooDeep({ notes: nested(MAX_JSON_DEPTH - 1, (v) => [v]) })).toBeNull();
    expect(tooDeep({ notes: nested(MAX_JSON_DEPTH, (v) => [v]) })).toEqual({
      field: 'notes',
      message,
    });
  });

  it('names the field a deep value sits in, past the arrays and objects before it', () => {
    const body = { changes: [{ values: { city: 'Oslo', notes: nested(10_000, (v) => [v]) } }] };
    expect(tooDeep(body)?.field).toBe('changes.0.values.notes');
    expect(tooDeep(nested(100, (v) => [v]))?.field).toBe('(body)');
  });

  it('shortens the path of objects nested in objects to its first eight keys', () => {
    expect(tooDeep({ notes: nested(100, (v) => ({ a: v })) })?.field).toBe('notes.a.a.a.a.a.a.a…');
  });

  it('reads scalars and shallow bodies as fine', () => {
    for (const body of [undefined, null, 'text', 42, {}, [], { a: [1, { b: 'c' }] }]) {
      expect(tooDeep(body)).toBeNull();
    }
  });
});
