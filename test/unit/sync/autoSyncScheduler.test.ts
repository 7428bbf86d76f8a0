import { describe, expect, it } from 'vitest';
import {
  afterAttempt,
  backoffMs,
  BACKOFF_FIRST_MS,
  BACKOFF_MAX_MS,
  EVERY_MS,
  initialSchedule,
  nextSyncIn,
  SOON_MS,
  type Conditions,
  type ScheduleState,
} from '../../../src/renderer/src/sync/auto/scheduler';

const quiet: Conditions = { auto: true, online: true, running: false, waiting: 0 };
const T0 = 1_800_000_000_000;
const synced: ScheduleState = { failures: 0, lastAttemptAt: T0 };

describe('when automatic sync runs', () => {
  it('syncs at once when the window opens with a network', () => {
    expect(nextSyncIn(initialSchedule, T0, quiet)).toBe(0);
  });

  it('plans nothing while offline, with automatic sync off, or while a sync runs', () => {
    expect(nextSyncIn(synced, T0, { ...quiet, online: false })).toBeNull();
    expect(nextSyncIn(synced, T0, { ...quiet, auto: false })).toBeNull();
    expect(nextSyncIn(synced, T0, { ...quiet, running: true })).toBeNull();
    // not even a first sync
    expect(nextSyncIn(initialSchedule, T0, { ...quiet, online: false })).toBeNull();
  });

  it('syncs a quiet book every minute, counted from the last sync', () => {
    expect(nextSyncIn(synced, T0, quiet)).toBe(EVERY_MS);
    expect(nextSyncIn(synced, T0 + 20_000, quiet)).toBe(EVERY_MS - 20_000);
    expect(nextSyncIn(synced, T0 + EVERY_MS + 5, quiet)).toBe(0);
  });

  it('syncs soon after a local change is waiting', () => {
    expect(nextSyncIn(synced, T0 + 1_000, { ...quiet, waiting: 1 })).toBe(SOON_MS - 1_000);
    // an edit long after the last sync goes up at once
    expect(nextSyncIn(synced, T0 + 30_000, { ...quiet, waiting: 3 })).toBe(0);
  });

  it('backs off after failures: 15 s doubling to 15 min, even with changes waiting', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map(backoffMs)).toEqual([
      15_000, 30_000, 60_000, 120_000, 240_000, 480_000, 900_000,
    ]);
    expect(backoffMs(30)).toBe(BACKOFF_MAX_MS);
    let state = synced;
    for (let i = 0; i < 3; i++) state = afterAttempt(state, 'failed', T0);
    expect(state.failures).toBe(3);
    expect(nextSyncIn(state, T0, { ...quiet, waiting: 5 })).toBe(4 * BACKOFF_FIRST_MS);
  });

  it('a success clears the backoff; a busy book neither counts as one nor as a failure', () => {
    const failing = afterAttempt(afterAttempt(synced, 'failed', T0), 'failed', T0 + 1);
    const busy = afterAttempt(failing, 'busy', T0 + 2);
    expect(busy).toEqual({ failures: 2, lastAttemptAt: T0 + 2 });
    const ok = afterAttempt(busy, 'ok', T0 + 3);
    expect(ok).toEqual({ failures: 0, lastAttemptAt: T0 + 3 });
    expect(nextSyncIn(ok, T0 + 3, quiet)).toBe(EVERY_MS);
    // busy after a success: try again after the usual pause, not at once
    expect(nextSyncIn(afterAttempt(synced, 'busy', T0 + 10), T0 + 10, quiet)).toBe(EVERY_MS);
  });
});
