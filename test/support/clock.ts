import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Runs each test of the file on a fixed day (the wall clock only; timers run as usual),
 * for books whose dates must stay ahead of "today" whenever the suite runs. Call it
 * before the file's own beforeEach, so that the day is set when the book is made.
 */
export function runOnDay(instant: string): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(instant));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
