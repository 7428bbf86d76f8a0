/**
 * Hybrid logical clock: physical milliseconds + a counter + the node id, encoded so
 * that string order is causal order. Pure: no I/O, no global state.
 */
export interface HlcTimestamp {
  readonly millis: number;
  readonly counter: number;
  readonly node: string;
}

const MILLIS_WIDTH = 15;
const COUNTER_WIDTH = 5; // base 36: up to 60 million events in one millisecond
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;
/** A remote clock this far ahead of ours is refused rather than dragging us into the future. */
export const MAX_DRIFT_MS = 24 * 60 * 60 * 1000;

export function formatHlc(ts: HlcTimestamp): string {
  return [
    String(ts.millis).padStart(MILLIS_WIDTH, '0'),
    ts.counter.toString(36).padStart(COUNTER_WIDTH, '0'),
    ts.node,
  ].join(':');
}

export function parseHlc(text: string): HlcTimestamp {
  const [millis, counter, node] = text.split(':');
  if (!millis || !counter || !node || !/^\d+$/.test(millis) || !/^[0-9a-z]+$/.test(counter)) {
    throw new Error(`Not a clock timestamp: ${text}`);
  }
  return { millis: Number(millis), counter: parseInt(counter, 36), node };
}

export class HybridClock {
  private last: HlcTimestamp;

  constructor(
    readonly node: string,
    private readonly now: () => number = Date.now,
    last?: string,
  ) {
    this.last = last ? parseHlc(last) : { millis: 0, counter: 0, node };
  }

  /** A new timestamp for a local event, later than every one seen so far. */
  tick(): string {
    const wall = this.now();
    this.last =
      wall > this.last.millis
        ? { millis: wall, counter: 0, node: this.node }
        : this.bump(this.last.millis, this.last.counter + 1);
    return formatHlc(this.last);
  }

  /** Merge a timestamp received from another node, so later local events sort after it. */
  receive(remote: string): void {
    const other = parseHlc(remote);
    const wall = this.now();
    if (other.millis - wall > MAX_DRIFT_MS) {
      throw new Error(`Clock of node ${other.node} is more than a day ahead; change refused`);
    }
    const millis = Math.max(wall, this.last.millis, other.millis);
    let counter = 0;
    if (millis === this.last.millis && millis === other.millis) {
      counter = Math.max(this.last.counter, other.counter) + 1;
    } else if (millis === this.last.millis) {
      counter = this.last.counter + 1;
    } else if (millis === other.millis) {
      counter = other.counter + 1;
    }
    this.last = this.bump(millis, counter);
  }

  current(): string {
    return formatHlc(this.last);
  }

  private bump(millis: number, counter: number): HlcTimestamp {
    if (counter > MAX_COUNTER) throw new Error('Clock counter overflow');
    return { millis, counter, node: this.node };
  }
}
