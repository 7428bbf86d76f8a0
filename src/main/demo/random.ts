/**
 * Seeded randomness for the demo data: the same seed always gives the same database.
 * Nothing here reads the clock or Math.random.
 */

/** mulberry32: small, fast, and good enough for made-up sales data. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** A uniform number in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** A uniform integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A uniform amount in [min, max], rounded to `step`. */
  amount(min: number, max: number, step: number): number {
    return Math.round((min + this.next() * (max - min)) / step) * step;
  }
}

/** Derives an independent stream from a seed, so ids do not shift when content does. */
export function deriveSeed(seed: number, salt: number): number {
  let h = Math.imul((seed ^ salt) >>> 0, 0x9e3779b1);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Picks from fixed weights in O(log n) using a cumulative table. */
export class Weighted<T> {
  private readonly items: T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, weight], i) => {
      sum += weight;
      this.cumulative[i] = sum;
    });
    this.total = sum;
  }

  pick(rng: Rng): T {
    const target = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex16(value: number): string {
  return (HEX[(value >>> 8) & 0xff] as string) + (HEX[value & 0xff] as string);
}

/**
 * UUIDv7-shaped ids from a seeded stream: a 48-bit millisecond timestamp counted up
 * from a fixed base, a 12-bit sequence in rand_a, and 62 seeded random bits. Ids come
 * out in strictly increasing order, which also keeps the primary-key B-trees appending.
 */
export class IdFactory {
  private seq = 0;
  private readonly rng: Rng;

  constructor(
    seed: number,
    private readonly baseMillis: number,
  ) {
    this.rng = new Rng(deriveSeed(seed, 0x1d5));
  }

  next(): string {
    const millis = this.baseMillis + Math.floor(this.seq / 4096);
    const sequence = this.seq % 4096;
    this.seq++;
    const high = Math.floor(millis / 0x10000); // top 32 bits of the 48
    const low = millis % 0x10000;
    const r1 = this.rng.u32();
    const r2 = this.rng.u32();
    return (
      hex16(high >>> 16) +
      hex16(high & 0xffff) +
      '-' +
      hex16(low) +
      '-' +
      hex16(0x7000 | sequence) +
      '-' +
      hex16(0x8000 | (r1 & 0x3fff)) +
      '-' +
      hex16(r1 >>> 16) +
      hex16(r2 >>> 16) +
      hex16(r2 & 0xffff)
    );
  }
}
