import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../../src/renderer/src/sync/status/headline';

const target = {
  spec: 'folder:/tmp/team',
  kind: 'folder',
  hasToken: false,
  tokenSealed: false,
  auto: true,
} as const;
const at = '2026-03-01T09:30:00.000Z';
const idle = { running: null, failure: null };

describe('the first words of the sync status line', () => {
  it('says the book does not sync when no target is chosen, whatever else is true', () => {
    expect(headlineOf({ target: null, lastSyncAt: at }, idle, false)).toEqual({ kind: 'off' });
  });

  it('shows a running sync with its phase and count first, even offline', () => {
    const running = { phase: 'pull', done: 1200 };
    expect(headlineOf({ target, lastSyncAt: at }, { running, failure: null }, false)).toEqual({
      kind: 'syncing',
      phase: 'pull',
      done: 1200,
    });
  });

  it('reads offline with no network, or when the folder or server cannot be reached', () => {
    expect(headlineOf({ target, lastSyncAt: at }, idle, false)).toEqual({
      kind: 'offline',
      lastSyncAt: at,
    });
    const unreachable = { code: 'unavailable', message: 'The folder is gone' } as const;
    expect(
      headlineOf({ target, lastSyncAt: null }, { running: null, failure: unreachable }, true),
    ).toEqual({ kind: 'offline', lastSyncAt: null });
  });

  it('shows any other failure in its own words, else when the book last synced', () => {
    const refused = { code: 'validation', message: 'This book holds demo data' } as const;
    expect(
      headlineOf({ target, lastSyncAt: at }, { running: null, failure: refused }, true),
    ).toEqual({ kind: 'failed', message: 'This book holds demo data' });
    expect(headlineOf({ target, lastSyncAt: at }, idle, true)).toEqual({ kind: 'synced', at });
    expect(headlineOf({ target, lastSyncAt: null }, idle, true)).toEqual({ kind: 'never' });
  });
});
