import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { toErrorBody } from '../../src/main/jobs/errors';
import { RapportError } from '../../src/shared/errors';

describe('a job that fails', () => {
  it('reports a database failure in the API words, naming the book, never SQLite text', () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (amount REAL NOT NULL)');
    let failure: unknown;
    try {
      db.prepare('INSERT INTO t (amount) VALUES (NULL)').run();
    } catch (error) {
      failure = error;
    }
    const body = toErrorBody(failure, '/books/rapport.db');
    expect(body.code).toBe('validation');
    expect(body.message).not.toMatch(/constraint failed|t\.amount/);
    expect(body.issues[0]?.field).toBe('amount');
  });

  it('passes the app errors through and hides other faults behind a message', () => {
    expect(toErrorBody(new RapportError('conflict', 'Busy')).message).toBe('Busy');
    const body = toErrorBody(new TypeError('x is undefined'));
    expect(body).toMatchObject({ code: 'internal' });
    expect(body.message).not.toMatch(/undefined/);
  });
});
