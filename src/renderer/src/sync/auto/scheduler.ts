/**
 * When the next automatic sync is due: a pure function of what happened so far, so
 * the rules (every minute, soon after an edit, back off after failures, never while
 * one runs, never offline) are tested without timers or a browser.
 */

/** A quiet book still meets its team's changes this often. */
export const EVERY_MS = 60_000;
/** An edit waits this long, so a burst of edits goes up together. */
export const SOON_MS = 5_000;
/** After a failure the pause starts here and doubles up to the cap. */
export const BACKOFF_FIRST_MS = 15_000;
export const BACKOFF_MAX_MS = 15 * 60_000;

/** What the scheduler remembers between syncs. */
export interface ScheduleState {
  /** Failures in a row since the last success (or since the network came back). */
  failures: number;
  /** When the last sync ended, manual or automatic; null before the first. */
  lastAttemptAt: number | null;
}

/** What the scheduler reads of the world at one moment. */
export interface Conditions {
  /** A target is chosen and automatic sync is on for it. */
  auto: boolean;
  /** The browser believes a network is there (`navigator.onLine`). */
  online: boolean;
  /** A sync job runs now (ours or one we follow). */
  running: boolean;
  /** Changes made here that have not gone up yet. */
  waiting: number;
}

/** How a sync ended for the scheduler: `busy` = another job held the book. */
export type Outcome = 'ok' | 'failed' | 'busy';

export const initialSchedule: ScheduleState = { failures: 0, lastAttemptAt: null };

/** The pause after `failures` failures in a row: 15 s, 30 s, 1 min, … up to 15 min. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(BACKOFF_FIRST_MS * 2 ** (failures - 1), BACKOFF_MAX_MS);
}

/**
 * Milliseconds until the next automatic sync should start (0 = now), or null when
 * none should be planned: automatic sync is off, there is no network, or one runs.
 */
export function nextSyncIn(state: ScheduleState, now: number, world: Conditions): number | null {
  if (!world.auto || !world.online || world.running) return null;
  if (state.lastAttemptAt === null) return 0;
  const pause =
    state.failures > 0 ? backoffMs(state.failures) : world.waiting > 0 ? SOON_MS : EVERY_MS;
  return Math.max(0, state.lastAttemptAt + pause - now);
}

/**
 * The state after a sync ended. Success clears the failures; a failure adds one; a
 * busy book (another job ran) is neither: try again after the usual pause.
 */
export function afterAttempt(state: ScheduleState, outcome: Outcome, now: number): ScheduleState {
  const failures =
    outcome === 'ok' ? 0 : outcome === 'failed' ? state.failures + 1 : state.failures;
  return { failures, lastAttemptAt: now };
}
