/**
 * Hybrid logical clock (DESIGN §3), as one integer: physical milliseconds × 1024 plus
 * a counter for events within one millisecond. More than 1024 events in a millisecond
 * carry into the next one (the clock then runs a hair ahead of the wall, and the wall
 * catches up). The integer stays exact in a JavaScript number until the year 2248.
 * The node id breaks ties between devices. Pure: no I/O, no global state.
 */
export type Hlc = number;

const SPAN = 1024;
/**
 * A remote clock this far ahead of ours is refused rather than dragging us into the
 * future. Laptops a day fast and a day slow are two days apart, and still sync; a
 * clock set a week wrong waits until it is put right.
 */
export const MAX_DRIFT_MS = 3 * 24 * 60 * 60 * 1000;

/**
 * The sync server keeps good time, so it refuses a pushed change stamped more than a few
 * minutes past its own clock (a forged clock would win every later edit). What it
 * accepts is therefore never held by a laptop whose clock is within MAX_DRIFT_MS.
 */
export const SERVER_TOLERANCE_MS = 5 * 60 * 1000;

/** The one rule both sides ask: a clock more than `toleranceMs` past `nowMs`. */
export const aheadOf = (remote: Hlc, nowMs: number, toleranceMs: number): boolean =>
  hlcMillis(remote) - nowMs > toleranceMs;

export const hlcMillis = (hlc: Hlc): number => Math.floor(hlc / SPAN);
export const hlcAt = (millis: number, counter = 0): Hlc => millis * SPAN + counter;

/** A clock value with its node: the total order the merge decides by. */
export interface Stamp {
  readonly hlc: Hlc;
  readonly node: string;
}

/** Negative when a is earlier than b, positive when later; node ids break ties. */
export function compareStamps(a: Stamp, b: Stamp): number {
  if (a.hlc !== b.hlc) return a.hlc - b.hlc;
  return a.node < b.node ? -1 : a.node > b.node ? 1 : 0;
}

/** Text form for the wire: fixed-width, so that string order is clock order. */
export function formatStamp({ hlc, node }: Stamp): string {
  return `${String(hlc).padStart(16, '0')}:${node}`;
}

export function parseStamp(text: string): Stamp {
  const match = /^(\d{16}):([0-9a-z]+)$/.exec(text);
  if (!match) throw new Error(`Not a clock stamp: ${text}`);
  return { hlc: Number(match[1]), node: match[2] as string };
}

export class HybridClock {
  private last: Hlc;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    last: Hlc = 0,
  ) {
    this.last = last;
  }

  /** A new clock value for a local event, later than every one seen so far. */
  tick(): Hlc {
    this.last = Math.max(hlcAt(this.now()), this.last + 1);
    return this.last;
  }

  /** Whether a remote clock is too far ahead of this one's wall time to be taken. */
  tooFarAhead(remote: Hlc): boolean {
    return aheadOf(remote, this.now(), MAX_DRIFT_MS);
  }

  /** Merge a value received from another node, so later local events sort after it. */
  receive(remote: Hlc, from = 'another device'): void {
    if (this.tooFarAhead(remote)) {
      throw new Error(
        `The clock of ${from} is more than three days ahead; its change waits until that clock is set right`,
      );
    }
    this.last = Math.max(this.last, remote);
  }

  current(): Hlc {
    return this.last;
  }
}
